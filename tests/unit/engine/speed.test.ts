// The planner calls the engine hundreds of times per turn: recommend() should stay in the tens of
// microseconds. The bound here is loose (machines are shared and busy) so it only catches regressions
// such as re-validating knowledge or re-compiling rules on every call; the measured figure is printed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { primaryOf, recommend } from '../../../src/engine.js';
import { partialProfile } from './arbitraries.js';

/** The best of several rounds: other processes on a shared machine only ever make a round slower. */
function microsPerCall(fn: (p: never) => unknown, profiles: readonly unknown[]): number {
  for (const p of profiles) fn(p as never); // warm up the JIT
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 5; round++) {
    const start = process.hrtime.bigint();
    for (const p of profiles) fn(p as never);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1000 / profiles.length);
  }
  return best;
}

describe('engine speed', () => {
  it('recommend and primaryOf stay fast', () => {
    const profiles = fc.sample(partialProfile, { numRuns: 2000, seed: 7 });
    const rec = microsPerCall(recommend, profiles);
    const fast = microsPerCall(primaryOf, profiles);
    console.log(`engine: recommend ${rec.toFixed(1)} µs/call, primaryOf ${fast.toFixed(1)} µs/call`);
    expect(rec).toBeLessThan(300);
    expect(fast).toBeLessThan(100);
  });
});
