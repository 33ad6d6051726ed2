// Slack installations in Redis (REDIS_URL set): every replica authorises a workspace's requests
// with the same installation, and a restart forgets none. Plain strings without expiry; the
// failure policy is the conversation store's (no offline queue, short timeouts, a typed error).
import { Redis } from 'ioredis';
import { AdvisorError, errorMessage } from '../../src/errors.js';
import type { Logger } from '../../src/ports.js';
import type { InstallationRecords } from './installations.js';
import { reconnectDelay } from './redis.js';

export interface RedisInstallationOptions {
  url: string;
  logger: Logger;
  keyPrefix?: string;
  commandTimeoutMs?: number;
}

export function createRedisInstallationRecords(options: RedisInstallationOptions): InstallationRecords {
  const prefix = `${options.keyPrefix ?? 'virt:'}slack-installation:`;
  const commandTimeout = options.commandTimeoutMs ?? 1000;
  const client = new Redis(options.url, {
    enableOfflineQueue: true,
    maxRetriesPerRequest: 1,
    commandTimeout,
    connectTimeout: Math.max(commandTimeout, 1000),
    retryStrategy: (attempt: number) => reconnectDelay(attempt, 2000),
  });
  let healthy = true;
  client.on('error', (error: Error) => {
    if (healthy) options.logger.warn({ err: error.message }, 'redis (installations) connection problem');
    healthy = false;
  });
  client.on('ready', () => {
    healthy = true;
  });

  async function run<T>(what: string, command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (error) {
      throw new AdvisorError(
        'store_unavailable',
        `redis installation ${what} failed: ${errorMessage(error)}`,
        {
          cause: error,
        },
      );
    }
  }

  return {
    async get(key) {
      return (await run('get', () => client.get(prefix + key))) ?? undefined;
    },
    async set(key, value) {
      await run('set', () => client.set(prefix + key, value));
    },
    async delete(key) {
      await run('delete', () => client.del(prefix + key));
    },
    async close() {
      try {
        await client.quit();
      } catch {
        client.disconnect();
      }
    },
  };
}
