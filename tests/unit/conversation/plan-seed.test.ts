// The seed the build writes (every profile of the first turn), read back from JSON as the server
// reads it, holds exactly the reference planner's plans and hints, and primes the same answers.
import { describe, expect, it } from 'vitest';
import { planFor, remainingFor } from '../../../src/conversation-flow.js';
import { buildPlanSeed, primePlans, type SeedEntry } from '../../../src/plan-seed.js';
import { referencePlan, referenceRemaining } from '../../support/plan-reference.js';

describe('plan seed', () => {
  it('round-trips through JSON with the reference plans and hints, and primes them', () => {
    const entries = JSON.parse(JSON.stringify(buildPlanSeed(1))) as SeedEntry[];
    expect(entries.length).toBeGreaterThan(1);
    expect(entries[0]?.answers).toEqual({});
    expect(primePlans(entries)).toBe(entries.length);
    for (const { answers, plan, remaining } of entries) {
      const expected = referencePlan(answers);
      expect({ ...plan, next: plan.next }).toEqual(expected);
      expect(planFor(answers)).toEqual(expected);
      if (expected.next !== undefined) {
        expect(remaining).toBe(referenceRemaining(answers, expected.next));
        expect(remainingFor(answers, expected.next)).toBe(remaining);
      }
    }
  });
});
