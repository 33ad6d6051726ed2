// The in-process store's bounds: it never grows past its entry or byte limit, evicts the least
// recently used conversation, and refuses (rather than silently drops) an oversized one.
import { describe, expect, it } from 'vitest';
import { createMemoryStore, estimateEntryBytes } from '../../../adapters/store/memory.js';

const DAY = 24 * 60 * 60 * 1000;

describe('in-process store bounds', () => {
  it('evicts the least recently used conversations beyond its entry bound', async () => {
    const store = createMemoryStore({ maxEntries: 10 });
    for (let i = 0; i < 15; i++) await store.compareAndSet(`c${i}`, 0, { i }, DAY);
    expect(store.stats()).toMatchObject({ entries: 10, evicted: 5 });
    for (let i = 0; i < 5; i++) expect(await store.get(`c${i}`)).toBeUndefined();
    for (let i = 5; i < 15; i++) expect((await store.get(`c${i}`))?.value).toEqual({ i });
    await store.close();
  });

  it('keeps a recently used conversation when it has to evict', async () => {
    const store = createMemoryStore({ maxEntries: 3 });
    for (const k of ['a', 'b', 'c']) await store.compareAndSet(k, 0, { k }, DAY);
    await store.get('a'); // a is now the most recently used
    await store.compareAndSet('d', 0, { k: 'd' }, DAY);
    expect(await store.get('a')).toBeDefined();
    expect(await store.get('b')).toBeUndefined();
    await store.close();
  });

  it('stays under its byte bound, counting two-byte text at two bytes a character', async () => {
    const value = { text: 'x'.repeat(900) };
    const perEntry = estimateEntryBytes('k00', JSON.stringify(value));
    const store = createMemoryStore({ maxBytes: perEntry * 20 + 10, maxEntries: 1000 });
    for (let i = 0; i < 50; i++) await store.compareAndSet(`k${String(i).padStart(2, '0')}`, 0, value, DAY);
    const { entries, bytes, evicted } = store.stats();
    expect(entries).toBe(20);
    expect(bytes).toBeLessThanOrEqual(perEntry * 20 + 10);
    expect(evicted).toBe(30);
    expect(estimateEntryBytes('k', '"ü"')).toBeLessThan(estimateEntryBytes('k', '"東"'));
    await store.close();
  });

  it('refuses a conversation larger than one entry may be, keeping the previous version', async () => {
    const store = createMemoryStore({ maxEntryBytes: 2048 });
    expect(await store.compareAndSet('big', 0, { small: true }, DAY)).toBe(1);
    await expect(store.compareAndSet('big', 1, { text: 'y'.repeat(5000) }, DAY)).rejects.toMatchObject({
      code: 'conversation_too_large',
    });
    expect(await store.get('big')).toEqual({ value: { small: true }, version: 1 });
    await store.close();
  });

  it('remembers a bounded number of delivery ids', async () => {
    const store = createMemoryStore({ maxDeliveries: 5 });
    for (let i = 0; i < 8; i++) expect(await store.claimDelivery(`d${i}`, DAY)).toBe(true);
    expect(store.stats().deliveries).toBe(5);
    expect(await store.claimDelivery('d7', DAY)).toBe(false);
    await store.close();
  });

  it('sweeps expired conversations out of memory without a read', async () => {
    const store = createMemoryStore({ sweepIntervalMs: 50 });
    for (let i = 0; i < 20; i++) await store.compareAndSet(`e${i}`, 0, { i }, 30);
    expect(store.stats().entries).toBe(20);
    // The sweep is the store's own timer: wait for it to have emptied the store, however late it runs.
    while (store.stats().entries > 0) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(store.stats()).toMatchObject({ entries: 0, bytes: 0 });
    await store.close();
  });
});
