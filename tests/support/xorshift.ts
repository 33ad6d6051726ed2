// The seeded generator the tests and benchmarks share (xorshift32): a fixed seed gives the same
// sample on every run and machine, so a failure can be replayed and two runs' figures compared.

/** Unsigned 32-bit numbers from `seed` (non-zero), one per call. */
export function xorshift(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
}

/** Numbers in [0, 1) from `seed`. */
export function xorshiftUnit(seed: number): () => number {
  const next = xorshift(seed);
  return () => next() / 4_294_967_296;
}
