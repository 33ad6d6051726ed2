// The planner re-runs the engine hundreds of times to choose one question; the interview asks it
// about the same few thousand profiles over and over (every interview starts from the empty one and
// most follow a handful of paths). So each turn's plan and progress hint are computed once per
// distinct input and kept in a bounded LRU: a repeated turn costs a key and a lookup, microseconds.
// Generic over the function, so a planner that takes more inputs (details) is cached the same way.
import { LRUCache } from 'lru-cache';

/**
 * A key equal for equal inputs, different for different ones: JSON with object keys sorted, so
 * `{a, b}` and `{b, a}` share an entry and no answer text can collide with a separator.
 */
export function stableKey(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(stableKey).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableKey(v)}`).join(',')}}`;
}

export interface Memoized<Args extends unknown[], R> {
  (...args: Args): R;
  /** Entries held now (for benchmarks and tests). */
  readonly size: number;
  /** Store a result computed elsewhere (a seed written at build time by this same function). */
  prime(args: Args, result: R): void;
}

/**
 * `fn` memoized on `stableKey(args)`, holding at most `max` results (least recently used evicted).
 * Results are frozen and shared between callers, so `fn` must be pure and its result read-only.
 */
export function memoize<Args extends unknown[], R extends NonNullable<unknown>>(
  fn: (...args: Args) => R,
  max = 20_000,
): Memoized<Args, R> {
  // A count bound written as a size bound (one unit each): lru-cache preallocates its slot arrays
  // for `max` at construction, resident from start-up; this way they grow with use.
  const cache = new LRUCache<string, R>({ maxSize: max, sizeCalculation: () => 1 });
  const memo = (...args: Args): R => {
    const key = stableKey(args);
    let result = cache.get(key);
    if (result === undefined) {
      result = Object.freeze(fn(...args));
      cache.set(key, result);
    }
    return result;
  };
  memo.prime = (args: Args, result: R) => {
    cache.set(stableKey(args), Object.freeze(result));
  };
  return Object.defineProperty(memo, 'size', { get: () => cache.size }) as Memoized<Args, R>;
}
