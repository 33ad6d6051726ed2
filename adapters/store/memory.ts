// The embedded conversation store (REDIS_URL unset): lru-cache bounded by entries and bytes, with expiry.
import { LRUCache } from 'lru-cache';
import type { ConversationStore, StoredRecord } from '../../src/ports.js';

export interface MemoryStoreOptions {
  maxEntries?: number;
  /** Upper bound on the JSON size of all stored conversations, in bytes. */
  maxBytes?: number;
}

type Entry = { json: string; version: number };

export function createMemoryStore(options: MemoryStoreOptions = {}): ConversationStore {
  const conversations = new LRUCache<string, Entry>({
    max: options.maxEntries ?? 100_000,
    maxSize: options.maxBytes ?? 200 * 1024 * 1024,
    sizeCalculation: (entry, key) => entry.json.length * 2 + key.length * 2 + 64,
    ttlAutopurge: false,
  });
  const deliveries = new LRUCache<string, true>({ max: 100_000, ttlAutopurge: false });

  return {
    async get(key) {
      const entry = conversations.get(key);
      if (!entry) return undefined;
      return { value: JSON.parse(entry.json), version: entry.version } satisfies StoredRecord;
    },
    async compareAndSet(key, expectedVersion, value, ttlMs) {
      const current = conversations.get(key)?.version ?? 0;
      if (current !== expectedVersion) return undefined;
      const version = current + 1;
      conversations.set(key, { json: JSON.stringify(value), version }, { ttl: ttlMs });
      return version;
    },
    async delete(key) {
      conversations.delete(key);
    },
    async claimDelivery(id, ttlMs) {
      if (deliveries.has(id)) return false;
      deliveries.set(id, true, { ttl: ttlMs });
      return true;
    },
    async ping() {},
    async close() {
      conversations.clear();
      deliveries.clear();
    },
  };
}
