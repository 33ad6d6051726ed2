// Redis-specific behaviour beyond the shared contract: what lands in Redis (prefix, expiry),
// and failing fast when Redis cannot be reached.
import { afterAll, describe, expect, it } from 'vitest';
import { createRedisStore, reconnectDelay } from '../../../adapters/store/redis.js';
import { silentLogger } from '../../../src/ports.js';
import { deleteKeys, REDIS_URL, rawRedis, requireRedis, uniqueKeyPrefix } from '../../support/store-redis.js';

const UNAVAILABLE = { code: 'store_unavailable' };

describe('Redis store without a reachable Redis', () => {
  // Port 1 on loopback refuses connections: no Redis needed for this case.
  const store = createRedisStore({ url: 'redis://127.0.0.1:1', logger: silentLogger, connectWaitMs: 200 });
  afterAll(() => store.close());

  it('fails every operation as store_unavailable instead of queueing it', async () => {
    await expect(store.get('k')).rejects.toMatchObject(UNAVAILABLE);
    await expect(store.compareAndSet('k', 0, { q: 1 }, 1000)).rejects.toMatchObject(UNAVAILABLE);
    await expect(store.claimDelivery('d', 1000)).rejects.toMatchObject(UNAVAILABLE);
    await expect(store.ping()).rejects.toMatchObject(UNAVAILABLE);
  });

  it('lets many commands wait for a reconnect without a MaxListenersExceededWarning', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      const waiting = Array.from({ length: 30 }, (_, i) => store.get(`k${i}`));
      for (const result of await Promise.allSettled(waiting)) expect(result.status).toBe('rejected');
      // Node emits the warning on a later tick.
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).not.toContain('MaxListenersExceededWarning');
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('says Redis is unreachable when it starts without it, and says it again while it stays down', async () => {
    const lines: string[] = [];
    let wake: (() => void) | undefined;
    const logger = {
      ...silentLogger,
      warn(fields: unknown, msg?: string) {
        lines.push(typeof fields === 'string' ? fields : (msg ?? ''));
        if (lines.filter((l) => /still unreachable/.test(l)).length >= 2) wake?.();
      },
    };
    const repeated = new Promise<void>((resolve) => {
      wake = resolve;
    });
    const down = createRedisStore({ url: 'redis://127.0.0.1:1', logger, warnIntervalMs: 50 });
    try {
      await repeated;
      expect(lines[0]).toMatch(/redis unreachable/);
      expect(lines.filter((l) => /redis unreachable/.test(l))).toHaveLength(1);
    } finally {
      await down.close();
    }
  });

  it('backs off exponentially with a cap between reconnect attempts', () => {
    const delays = [1, 2, 3, 4, 5, 6, 20, 100].map((n) => reconnectDelay(n, 2000));
    for (const d of delays) expect(d).toBeLessThanOrEqual(2000);
    expect(reconnectDelay(1, 2000)).toBeLessThanOrEqual(100);
    expect(reconnectDelay(100, 2000)).toBeGreaterThanOrEqual(1000);
  });
});

const up = await requireRedis('Redis store behaviour');
const keyPrefix = uniqueKeyPrefix('behaviour');

describe.skipIf(!up)('Redis store on the real Redis', () => {
  const store = createRedisStore({ url: REDIS_URL, logger: silentLogger, keyPrefix });
  const raw = rawRedis();
  afterAll(async () => {
    await store.close();
    raw.disconnect();
    await deleteKeys(keyPrefix);
  });

  it('writes under its key prefix with the requested expiry', async () => {
    await store.compareAndSet('team:chan:user', 0, { q: 1 }, 60_000);
    await store.claimDelivery('Ev123', 600_000);
    const keys = (await raw.keys(`${keyPrefix}*`)).sort();
    expect(keys).toEqual([`${keyPrefix}conv:team:chan:user`, `${keyPrefix}delivery:Ev123`]);
    const convTtl = await raw.pttl(`${keyPrefix}conv:team:chan:user`);
    const deliveryTtl = await raw.pttl(`${keyPrefix}delivery:Ev123`);
    expect(convTtl).toBeGreaterThan(55_000);
    expect(convTtl).toBeLessThanOrEqual(60_000);
    expect(deliveryTtl).toBeGreaterThan(595_000);
  });

  it('two clients (two replicas) see one conversation and refuse each other’s stale writes', async () => {
    const other = createRedisStore({ url: REDIS_URL, logger: silentLogger, keyPrefix });
    try {
      expect(await store.compareAndSet('shared', 0, { by: 'one' }, 60_000)).toBe(1);
      const seen = await other.get('shared');
      expect(seen).toEqual({ value: { by: 'one' }, version: 1 });
      expect(await other.compareAndSet('shared', 1, { by: 'two' }, 60_000)).toBe(2);
      expect(await store.compareAndSet('shared', 1, { by: 'one, stale' }, 60_000)).toBeUndefined();
      expect(await other.claimDelivery('dup', 60_000)).toBe(true);
      expect(await store.claimDelivery('dup', 60_000)).toBe(false);
    } finally {
      await other.close();
    }
  });

  it('treats a value that is not JSON as a replaceable record instead of crashing', async () => {
    await raw.hset(`${keyPrefix}conv:corrupt`, 'v', '4', 'd', '{not json');
    expect(await store.get('corrupt')).toEqual({ value: null, version: 4 });
    expect(await store.compareAndSet('corrupt', 4, { fresh: true }, 60_000)).toBe(5);
  });

  it('does not see keys of another prefix', async () => {
    const other = createRedisStore({ url: REDIS_URL, logger: silentLogger, keyPrefix: `${keyPrefix}other:` });
    try {
      await store.compareAndSet('mine', 0, { q: 1 }, 60_000);
      expect(await other.get('mine')).toBeUndefined();
    } finally {
      await other.close();
    }
  });
});
