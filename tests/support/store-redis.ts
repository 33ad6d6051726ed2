// Helpers for tests that use the real Redis on 127.0.0.1:6379: is it there, a key prefix of
// their own (so runs and parallel files never see each other's keys), and clean-up afterwards.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** True when a Redis answers PING at `url` within a second. */
export async function redisAvailable(url = REDIS_URL): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 1000,
    retryStrategy: () => null,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/** Decides once per test file; warns visibly so a skipped Redis suite is never silent. */
export async function requireRedis(suite: string, url = REDIS_URL): Promise<boolean> {
  const up = await redisAvailable(url);
  if (!up) console.warn(`[skipped] ${suite}: no Redis reachable at ${url} — start one to run these tests.`);
  return up;
}

export function uniqueKeyPrefix(label: string): string {
  return `virt-test:${label}:${randomUUID().slice(0, 8)}:`;
}

/** Deletes every key under `prefix` (SCAN, never KEYS, so a shared Redis is not blocked). */
export async function deleteKeys(prefix: string, url = REDIS_URL): Promise<void> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => {});
  try {
    await client.connect();
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length > 0) await client.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } catch {
    // Nothing to clean when Redis is gone; the keys expire on their own.
  } finally {
    client.disconnect();
  }
}

/** A raw client for tests that inspect what the store wrote (TTLs, key names). */
export function rawRedis(url = REDIS_URL): Redis {
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  client.on('error', () => {});
  return client;
}
