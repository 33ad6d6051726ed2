// The ConversationStore contract (src/ports.ts), run against every store implementation.
// Each case uses its own keys, so the suite also runs against a Redis shared with other tests.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { ConversationStore } from '../../../src/ports.js';

export interface StoreFactory {
  /** A fresh store; `close()` is called by the suite. */
  create(): ConversationStore;
  /** Called once after the suite (delete the test's keys). */
  cleanup?(): Promise<void>;
}

const DAY = 24 * 60 * 60 * 1000;
/**
 * Waits until `check` holds, polling: expiry is the store's event, and a busy machine only makes
 * it arrive later. A store that never expires fails on the test's time-out.
 */
async function eventually(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 50));
}
const key = (label: string) => `${label}:${randomUUID()}`;

/** The per-conversation update every caller makes: read, change, compare-and-set, re-read on conflict. */
async function increment(store: ConversationStore, k: string): Promise<number> {
  for (;;) {
    const record = await store.get(k);
    const count = (record?.value as { count: number } | undefined)?.count ?? 0;
    const written = await store.compareAndSet(k, record?.version ?? 0, { count: count + 1 }, DAY);
    if (written !== undefined) return written;
  }
}

export function storeContract(name: string, factory: StoreFactory): void {
  describe(`ConversationStore contract: ${name}`, () => {
    const store = factory.create();
    afterAll(async () => {
      await store.close();
      await factory.cleanup?.();
    });

    it('answers undefined for a conversation it never saw', async () => {
      expect(await store.get(key('absent'))).toBeUndefined();
    });

    it('creates with expected version 0 and round-trips the JSON value', async () => {
      const k = key('create');
      const value = {
        step: 'q3',
        answers: { runtime: 'long', traffic: 'unsure' },
        note: 'café ☕ 東京',
        n: [1, 2.5],
      };
      expect(await store.compareAndSet(k, 0, value, DAY)).toBe(1);
      expect(await store.get(k)).toEqual({ value, version: 1 });
    });

    it('grows the version by one on every successful write', async () => {
      const k = key('chain');
      expect(await store.compareAndSet(k, 0, { i: 1 }, DAY)).toBe(1);
      expect(await store.compareAndSet(k, 1, { i: 2 }, DAY)).toBe(2);
      expect(await store.compareAndSet(k, 2, { i: 3 }, DAY)).toBe(3);
      expect(await store.get(k)).toEqual({ value: { i: 3 }, version: 3 });
    });

    it('refuses a stale or wrong version and never overwrites silently', async () => {
      const k = key('conflict');
      await store.compareAndSet(k, 0, { owner: 'first' }, DAY);
      expect(await store.compareAndSet(k, 0, { owner: 'creator-again' }, DAY)).toBeUndefined();
      expect(await store.compareAndSet(k, 2, { owner: 'from-the-future' }, DAY)).toBeUndefined();
      await store.compareAndSet(k, 1, { owner: 'second' }, DAY);
      expect(await store.compareAndSet(k, 1, { owner: 'stale' }, DAY)).toBeUndefined();
      expect(await store.get(k)).toEqual({ value: { owner: 'second' }, version: 2 });
    });

    it('refuses a non-zero version for a conversation that does not exist', async () => {
      const k = key('phantom');
      expect(await store.compareAndSet(k, 1, { x: 1 }, DAY)).toBeUndefined();
      expect(await store.get(k)).toBeUndefined();
    });

    it('hands out copies: changing a read value does not change the stored one', async () => {
      const k = key('copy');
      await store.compareAndSet(k, 0, { list: [1] }, DAY);
      const first = await store.get(k);
      expect(first).toBeDefined();
      (first?.value as { list: number[] } | undefined)?.list.push(2);
      expect((await store.get(k))?.value).toEqual({ list: [1] });
    });

    it('keeps conversations apart by key', async () => {
      const a = key('a');
      const b = key('b');
      await store.compareAndSet(a, 0, { who: 'a' }, DAY);
      expect(await store.get(b)).toBeUndefined();
      expect(await store.compareAndSet(b, 0, { who: 'b' }, DAY)).toBe(1);
      expect((await store.get(a))?.value).toEqual({ who: 'a' });
    });

    it('expires a conversation after its ttl, after which it can start again at version 1', async () => {
      const k = key('expiry');
      await store.compareAndSet(k, 0, { q: 1 }, 150);
      await eventually(async () => (await store.get(k)) === undefined);
      expect(await store.compareAndSet(k, 1, { q: 'stale writer' }, DAY)).toBeUndefined();
      expect(await store.compareAndSet(k, 0, { q: 'fresh' }, DAY)).toBe(1);
    });

    it('sets the idle timer anew on every write', async () => {
      const k = key('refresh');
      const kept = key('kept');
      await store.compareAndSet(k, 0, { q: 1 }, DAY);
      await store.compareAndSet(kept, 0, { q: 1 }, 150);
      await store.compareAndSet(kept, 1, { q: 2 }, DAY);
      // The first record's day-long timer is replaced by the second write's short one.
      expect(await store.compareAndSet(k, 1, { q: 2 }, 150)).toBe(2);
      await eventually(async () => (await store.get(k)) === undefined);
      // ...and the second record's short timer by a day-long one: it outlives its first expiry.
      expect(await store.get(kept)).toEqual({ value: { q: 2 }, version: 2 });
    });

    it('deletes a conversation (and deleting nothing is fine)', async () => {
      const k = key('delete');
      await store.compareAndSet(k, 0, { q: 1 }, DAY);
      await store.delete(k);
      expect(await store.get(k)).toBeUndefined();
      await store.delete(k);
      expect(await store.compareAndSet(k, 0, { q: 'again' }, DAY)).toBe(1);
    });

    it('claims a delivery id once, independently per id, until it expires', async () => {
      const id = key('delivery');
      expect(await store.claimDelivery(id, DAY)).toBe(true);
      expect(await store.claimDelivery(id, DAY)).toBe(false);
      expect(await store.claimDelivery(`${id}-other`, DAY)).toBe(true);
      const brief = key('brief');
      expect(await store.claimDelivery(brief, 150)).toBe(true);
      await eventually(() => store.claimDelivery(brief, DAY));
    });

    it('releases a claim so that a retry of a failed delivery is handled', async () => {
      const id = key('release');
      expect(await store.claimDelivery(id, DAY)).toBe(true);
      await store.releaseDelivery(id);
      expect(await store.claimDelivery(id, DAY)).toBe(true);
      expect(await store.claimDelivery(id, DAY)).toBe(false);
      await store.releaseDelivery(`${id}-never-claimed`);
    });

    it('keeps delivery ids and conversations in separate namespaces', async () => {
      const id = key('shared-name');
      expect(await store.claimDelivery(id, DAY)).toBe(true);
      expect(await store.get(id)).toBeUndefined();
      expect(await store.compareAndSet(id, 0, { ok: true }, DAY)).toBe(1);
      expect(await store.claimDelivery(id, DAY)).toBe(false);
    });

    it('lets exactly one of many simultaneous claims of one delivery win', async () => {
      const id = key('claim-race');
      const results = await Promise.all(Array.from({ length: 40 }, () => store.claimDelivery(id, DAY)));
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('lets exactly one of many simultaneous writers win each version', async () => {
      const k = key('cas-race');
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) => store.compareAndSet(k, 0, { writer: i }, DAY)),
      );
      const winners = results.flatMap((version, i) => (version === undefined ? [] : [i]));
      expect(winners).toHaveLength(1);
      expect(results[winners[0] ?? -1]).toBe(1);
      expect(await store.get(k)).toEqual({ value: { writer: winners[0] }, version: 1 });
    });

    it('loses no update when every concurrent writer retries on conflict', async () => {
      const k = key('no-lost-update');
      const writers = 30;
      const versions = await Promise.all(Array.from({ length: writers }, () => increment(store, k)));
      // Each version was won by exactly one writer, and every increment is in the final value.
      expect([...versions].sort((x, y) => x - y)).toEqual(Array.from({ length: writers }, (_, i) => i + 1));
      expect(await store.get(k)).toEqual({ value: { count: writers }, version: writers });
    });

    it('answers ping while it is reachable', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it('refuses work after close as store_unavailable', async () => {
      const other = factory.create();
      const k = key('closed');
      await other.compareAndSet(k, 0, { q: 1 }, DAY);
      await other.close();
      await expect(other.get(k)).rejects.toMatchObject({ code: 'store_unavailable' });
      await expect(other.ping()).rejects.toMatchObject({ code: 'store_unavailable' });
      await other.close(); // closing twice is harmless
    });
  });
}
