// The embedded conversation store (REDIS_URL unset): one process, bounded by entries and by bytes,
// with expiry. When full it evicts the least recently used conversation (its user gets the
// "expired — start again" message), so a flood of new conversations can never exhaust the heap.
import { LRUCache } from 'lru-cache';
import { AdvisorError } from '../../src/errors.js';
import type { ConversationStore, StoredRecord } from '../../src/ports.js';

export interface MemoryStoreOptions {
  /** Most conversations kept at once (default 100,000). */
  maxEntries?: number;
  /** Upper bound on the estimated heap size of all stored conversations (default 160 MiB). */
  maxBytes?: number;
  /** Largest single conversation accepted (default 256 KiB); bigger writes are refused, never dropped. */
  maxEntryBytes?: number;
  /** Most delivery ids remembered for deduplication (default 100,000). */
  maxDeliveries?: number;
  /** How often expired entries are swept out (default 60 s); expiry itself is exact on read. */
  sweepIntervalMs?: number;
}

interface MemoryStoreStats {
  entries: number;
  bytes: number;
  deliveries: number;
  evicted: number;
}

export type MemoryStore = ConversationStore & { stats(): MemoryStoreStats };

// A JSON string is kept as a V8 string: one byte a character when it is all Latin-1, two otherwise.
// The fixed part covers the cache's per-entry slots, the Map entry and the record object (measured
// with bench/store-memory.ts: about 480 bytes of heap a conversation for ~210 bytes of JSON).
const ENTRY_OVERHEAD_BYTES = 224;
const TWO_BYTE = /[\u0100-\uffff]/;

function stringBytes(text: string): number {
  return TWO_BYTE.test(text) ? text.length * 2 : text.length;
}

export function estimateEntryBytes(key: string, json: string): number {
  return stringBytes(key) + stringBytes(json) + ENTRY_OVERHEAD_BYTES;
}

type Entry = { json: string; version: number; bytes: number };

export function createMemoryStore(options: MemoryStoreOptions = {}): MemoryStore {
  const maxBytes = options.maxBytes ?? 160 * 1024 * 1024;
  const maxEntryBytes = Math.min(options.maxEntryBytes ?? 256 * 1024, maxBytes);
  let evicted = 0;
  const maxEntries = options.maxEntries ?? 100_000;
  // lru-cache preallocates its slot arrays for `max` entries at construction (megabytes at 100,000,
  // resident from the start); bounded by size it grows them as conversations arrive, and the entry
  // bound is kept by evicting the least recently used conversation on a new key (below).
  const conversations = new LRUCache<string, Entry>({
    maxSize: maxBytes,
    maxEntrySize: maxEntryBytes,
    sizeCalculation: (entry) => entry.bytes,
    dispose: (_entry, _key, reason) => {
      if (reason === 'evict') evicted++;
    },
  });
  // A count bound written as a size bound (one unit each), for the same reason.
  const deliveries = new LRUCache<string, true>({
    maxSize: options.maxDeliveries ?? 100_000,
    sizeCalculation: () => 1,
  });

  // Expired entries are invisible at once; the sweep only gives their memory back without a read.
  const sweep = setInterval(() => {
    conversations.purgeStale();
    deliveries.purgeStale();
  }, options.sweepIntervalMs ?? 60_000);
  sweep.unref();

  let closed = false;
  const open = () => {
    if (closed) throw new AdvisorError('store_unavailable', 'conversation store is closed');
  };

  return {
    async get(key) {
      open();
      const entry = conversations.get(key);
      if (!entry) return undefined;
      // A fresh parse each time: callers can never mutate what is stored.
      return { value: JSON.parse(entry.json), version: entry.version } satisfies StoredRecord;
    },
    async compareAndSet(key, expectedVersion, value, ttlMs) {
      open();
      const current = conversations.get(key)?.version ?? 0;
      if (current !== expectedVersion) return undefined;
      const json = JSON.stringify(value);
      const bytes = estimateEntryBytes(key, json);
      // lru-cache silently drops an entry larger than maxEntrySize; refuse instead of losing it.
      if (bytes > maxEntryBytes)
        throw new AdvisorError('conversation_too_large', `conversation of ${bytes} bytes refused`);
      const version = current + 1;
      // pop() disposes with reason 'evict', which the counter above records.
      if (current === 0 && conversations.size >= maxEntries) conversations.pop();
      conversations.set(key, { json, version, bytes }, { ttl: Math.max(1, Math.ceil(ttlMs)) });
      return version;
    },
    async delete(key) {
      open();
      conversations.delete(key);
    },
    async claimDelivery(id, ttlMs) {
      open();
      if (deliveries.has(id)) return false;
      deliveries.set(id, true, { ttl: Math.max(1, Math.ceil(ttlMs)) });
      return true;
    },
    async releaseDelivery(id) {
      open();
      deliveries.delete(id);
    },
    async ping() {
      open();
    },
    async close() {
      closed = true;
      clearInterval(sweep);
      conversations.clear();
      deliveries.clear();
    },
    stats() {
      return {
        entries: conversations.size,
        bytes: conversations.calculatedSize,
        deliveries: deliveries.size,
        evicted,
      };
    },
  };
}
