// The shared conversation store (REDIS_URL set): several replicas see one conversation, and a
// restarted process continues where the last one stopped.
//
// Failure policy: a chat turn must be answered well inside Slack's 3 s, so nothing waits long for
// Redis. Commands are never queued while disconnected (a command we reported as failed must not
// run later behind the user's back), every command has a short timeout, and every failure
// surfaces as AdvisorError `store_unavailable`, which the core turns into a polite "try again" notice.
import { Redis } from 'ioredis';
import { AdvisorError, errorMessage } from '../../src/errors.js';
import type { ConversationStore, Logger, StoredRecord } from '../../src/ports.js';

export interface RedisStoreOptions {
  url: string;
  logger: Logger;
  /** Prepended to every key so several deployments (or test runs) can share one Redis. */
  keyPrefix?: string;
  /** Per-command timeout; a paused or overloaded Redis fails the turn after this long. */
  commandTimeoutMs?: number;
  /** How long a command waits for a connection that is being (re)established. */
  connectWaitMs?: number;
  /** Upper bound of the reconnect backoff. */
  maxReconnectDelayMs?: number;
  /** While Redis stays unreachable, the warning is repeated this often (default 60 s). */
  warnIntervalMs?: number;
}

// One hash per conversation: `v` (version, grows by one per write) and `d` (the JSON value).
// The compare and the write happen inside one script, so no other client can slip in between.
const CAS_SCRIPT = `
local raw = redis.call('HGET', KEYS[1], 'v')
local current = 0
if raw then current = tonumber(raw) end
if current ~= tonumber(ARGV[1]) then return 0 end
local nextVersion = current + 1
redis.call('HSET', KEYS[1], 'v', nextVersion, 'd', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return nextVersion
`;

type CasClient = Redis & {
  casConversation(key: string, expected: number, json: string, ttlMs: number): Promise<number>;
};

/** Reconnect delay for the n-th attempt: exponential from 50 ms, capped, with jitter so replicas spread out. */
export function reconnectDelay(attempt: number, capMs: number): number {
  const base = Math.min(capMs, 50 * 2 ** Math.min(attempt, 16));
  return Math.round(base / 2 + Math.random() * (base / 2));
}

export function createRedisStore(options: RedisStoreOptions): ConversationStore {
  const { logger } = options;
  const prefix = options.keyPrefix ?? 'virt:';
  const commandTimeout = options.commandTimeoutMs ?? 1000;
  const connectWait = options.connectWaitMs ?? 500;
  const capMs = options.maxReconnectDelayMs ?? 2000;
  const warnIntervalMs = options.warnIntervalMs ?? 60_000;

  const client = new Redis(options.url, {
    lazyConnect: false,
    enableOfflineQueue: false,
    // Reject in-flight commands when the connection drops instead of replaying them on reconnect.
    maxRetriesPerRequest: 0,
    autoResendUnfulfilledCommands: false,
    commandTimeout,
    connectTimeout: Math.max(commandTimeout, 1000),
    retryStrategy: (attempt: number) => reconnectDelay(attempt, capMs),
  }) as CasClient;
  client.defineCommand('casConversation', { numberOfKeys: 1, lua: CAS_SCRIPT });

  // Log a connection problem when an outage begins, not once per reconnect attempt, and repeat it
  // while the outage lasts: a Redis that was down at start-up must not be forgotten after one line.
  let healthy = true;
  let downSince = 0;
  let reminder: NodeJS.Timeout | undefined;
  let lastError = '';
  client.on('error', (error: Error) => {
    lastError = error.message;
    if (!healthy) return;
    healthy = false;
    downSince = Date.now();
    logger.warn(
      { err: error.message },
      'redis unreachable; conversations fail until it answers (reconnecting)',
    );
    reminder = setInterval(() => {
      const downSeconds = Math.round((Date.now() - downSince) / 1000);
      logger.warn(
        { err: lastError, downSeconds },
        'redis still unreachable; conversations fail until it answers',
      );
    }, warnIntervalMs);
    reminder.unref();
  });

  // One 'ready' listener for every command waiting for a connection (one each would pass Node's
  // limit of ten listeners as soon as ten users wait during a reconnect).
  let wakeWaiters: (() => void) | undefined;
  let nextReady: Promise<void> | undefined;
  client.on('ready', () => {
    if (!healthy) logger.info('redis connection restored');
    healthy = true;
    clearInterval(reminder);
    wakeWaiters?.();
    wakeWaiters = undefined;
    nextReady = undefined;
  });

  let closed = false;

  /** Waits briefly for a connection being established; never queues the command itself. */
  async function connected(): Promise<void> {
    if (closed) throw new AdvisorError('store_unavailable', 'conversation store is closed');
    if (client.status === 'ready') return;
    if (client.status === 'end') throw new AdvisorError('store_unavailable', 'redis connection ended');
    nextReady ??= new Promise<void>((resolve) => {
      wakeWaiters = resolve;
    });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), connectWait);
    });
    const outcome = await Promise.race([nextReady, timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout')
      throw new AdvisorError('store_unavailable', `redis not reachable (status ${client.status})`);
  }

  async function run<T>(what: string, command: () => Promise<T>): Promise<T> {
    await connected();
    try {
      return await command();
    } catch (error) {
      throw new AdvisorError('store_unavailable', `redis ${what} failed: ${errorMessage(error)}`, {
        cause: error,
      });
    }
  }

  const conversationKey = (key: string) => `${prefix}conv:${key}`;
  const deliveryKey = (id: string) => `${prefix}delivery:${id}`;

  return {
    async get(key) {
      const [version, json] = await run('get', () => client.hmget(conversationKey(key), 'v', 'd'));
      if (version === null || version === undefined) return undefined;
      let value: unknown = null;
      try {
        value = json === null || json === undefined ? null : JSON.parse(json);
      } catch {
        // A corrupt value still has a version, so the next write replaces it with compare-and-set.
        logger.warn({ key }, 'stored conversation is not JSON');
      }
      return { value, version: Number(version) } satisfies StoredRecord;
    },
    async compareAndSet(key, expectedVersion, value, ttlMs) {
      const json = JSON.stringify(value);
      const ttl = Math.max(1, Math.ceil(ttlMs));
      const written = await run('compare-and-set', () =>
        client.casConversation(conversationKey(key), expectedVersion, json, ttl),
      );
      return written > 0 ? written : undefined;
    },
    async delete(key) {
      await run('delete', () => client.del(conversationKey(key)));
    },
    async claimDelivery(id, ttlMs) {
      const ttl = Math.max(1, Math.ceil(ttlMs));
      const result = await run('claim', () => client.set(deliveryKey(id), '1', 'PX', ttl, 'NX'));
      return result === 'OK';
    },
    async releaseDelivery(id) {
      await run('release', () => client.del(deliveryKey(id)));
    },
    async ping() {
      await run('ping', () => client.ping());
    },
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(reminder);
      if (client.status !== 'ready') {
        client.disconnect();
        return;
      }
      try {
        await client.quit();
      } catch {
        client.disconnect();
      }
    },
  };
}
