// The interview's cached plans (plan-cache.ts) must give exactly what the reference planner gives:
// on every profile the public scenarios' interviews pass through, and on a random sample. A wider
// sweep (every profile reachable from the empty one, down to several answers) is in
// plan-cache.slow.test.ts (`npm run test:slow`).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planFor, remainingFor } from '../../../src/conversation-flow.js';
import { memoize, stableKey } from '../../../src/plan-cache.js';
import {
  randomProfiles,
  referencePlan,
  referenceRemaining,
  scenarioProfiles,
} from '../../support/plan-reference.js';

describe('cached interview plans equal the reference planner', () => {
  it('on every profile of the public scenarios’ interviews, hint included', () => {
    const profiles = scenarioProfiles(referencePlan);
    expect(profiles.length).toBeGreaterThan(10);
    for (const answers of profiles) {
      const expected = referencePlan(answers);
      expect(planFor(answers)).toEqual(expected);
      // Twice: the second answer comes from the cache.
      expect(planFor(answers)).toEqual(expected);
      if (expected.next !== undefined)
        expect(remainingFor(answers, expected.next)).toBe(referenceRemaining(answers, expected.next));
    }
  });

  it('on a random sample of partial profiles', () => {
    for (const answers of randomProfiles(40)) expect(planFor(answers)).toEqual(referencePlan(answers));
  });
});

describe('stableKey and memoize', () => {
  const json = fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.string(), fc.integer(), fc.boolean()));

  it('gives equal keys for equal objects whatever their key order, different keys otherwise', () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        const reversed = Object.fromEntries(Object.entries(a).reverse());
        expect(stableKey(reversed)).toBe(stableKey(a));
        const same = JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
        expect(stableKey(a) === stableKey(b)).toBe(same);
      }),
    );
  });

  it('keeps at most `max` results and recomputes an evicted one', () => {
    let calls = 0;
    const square = memoize((n: number) => {
      calls++;
      return n * n;
    }, 2);
    expect([square(2), square(3), square(2)]).toEqual([4, 9, 4]);
    expect(calls).toBe(2);
    square(4); // evicts 3, the least recently used
    expect(square.size).toBe(2);
    expect(square(3)).toBe(9);
    expect(calls).toBe(4);
  });
});
