// The wide sweep behind plan-cache.test.ts (minutes, so `npm test` leaves it out; run it with
// `npm run test:slow`): every profile an interview can reach from the empty one in its first
// turns, whatever the answers, and a large random sample — the cached plan and hint equal the
// reference planner's on each.
import { describe, expect, it } from 'vitest';
import { planFor, remainingFor } from '../../../src/conversation-flow.js';
import { type Profile, QUESTION_OPTIONS, UNSURE } from '../../../src/domain.js';
import { randomProfiles, referencePlan, referenceRemaining } from '../../support/plan-reference.js';

/** Every profile reachable by answering (any option or unsure) the first `depth` questions asked. */
function reachable(depth: number): Profile[] {
  const out: Profile[] = [];
  let frontier: Profile[] = [{}];
  for (let level = 0; level <= depth && frontier.length > 0; level++) {
    out.push(...frontier);
    if (level === depth) break;
    frontier = frontier.flatMap((answers) => {
      const { next } = referencePlan(answers);
      return next === undefined
        ? []
        : [...QUESTION_OPTIONS[next], UNSURE].map((a) => ({ ...answers, [next]: a }) as Profile);
    });
  }
  return out;
}

/** Minutes of synchronous planning would starve the test runner's own messages to its worker. */
const breathe = () => new Promise((resolve) => setImmediate(resolve));

describe('cached interview plans equal the reference planner (wide sweep)', () => {
  it('on every profile reachable in the first three turns, hint included', async () => {
    for (const answers of reachable(3)) {
      await breathe();
      const expected = referencePlan(answers);
      expect(planFor(answers)).toEqual(expected);
      if (expected.next !== undefined)
        expect(remainingFor(answers, expected.next)).toBe(referenceRemaining(answers, expected.next));
    }
  }, 1_800_000);

  it('on 1,000 random partial profiles', async () => {
    for (const answers of randomProfiles(1000, 99)) {
      await breathe();
      expect(planFor(answers)).toEqual(referencePlan(answers));
    }
  }, 1_800_000);
});
