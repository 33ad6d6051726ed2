// The plan table the build writes holds exactly the reference planner's next question and progress
// hint for every profile on it, reads back from its bytes, refuses damaged or foreign bytes, and
// leaves every profile off the tree to the planner — so an interview reads the same with it or without.
import { afterEach, describe, expect, it } from 'vitest';
import { step } from '../../../src/conversation.js';
import { installPlanTable, planFor, remainingFor } from '../../../src/conversation-flow.js';
import { type Profile, QUESTION_OPTIONS, UNSURE } from '../../../src/domain.js';
import type { Effect } from '../../../src/events.js';
import {
  buildPlanTable,
  decodePlanTable,
  encodePlanTable,
  lookup,
  type PlanTable,
} from '../../../src/plan-table.js';
import { referencePlan, referenceRemaining } from '../../support/plan-reference.js';

/**
 * A small tree (its first levels); nodes past the bound are left to the planner. Each node costs a
 * reference plan (tens of ms) below: the shipped table's sweep is plan-table.slow.test.ts.
 */
const NODES = 40;
const small = (): PlanTable => buildPlanTable((answers) => planFor(answers).next, remainingFor, NODES);

/** The profile of every node, in the table's own (breadth-first) order. */
function profilesOf(table: PlanTable): Profile[] {
  const profiles: Profile[] = [{}];
  for (let i = 0; i < profiles.length; i++) {
    const q = table.next[i] as number;
    const first = table.children[i] as number;
    if (first < 0) continue;
    const asked = lookup(table, profiles[i] as Profile);
    if (!asked?.next) continue;
    const options = [...QUESTION_OPTIONS[asked.next], UNSURE];
    options.forEach((a, k) => {
      profiles[first + k] = { ...profiles[i], [asked.next as string]: a } as Profile;
    });
    expect(q).toBeLessThan(255);
  }
  return profiles;
}

afterEach(() => installPlanTable(undefined));

describe('plan table', () => {
  it('gives the reference planner’s question and hint for every profile on it', () => {
    const table = small();
    const profiles = profilesOf(table);
    expect(profiles.length).toBe(table.next.length);
    for (const answers of profiles) {
      const hit = lookup(table, answers);
      const expected = referencePlan(answers);
      expect(hit?.next, JSON.stringify(answers)).toBe(expected.next);
      if (hit?.next) expect(hit.remaining).toBe(referenceRemaining(answers, hit.next));
    }
  });

  it('leaves profiles off the tree to the planner', () => {
    const table = small();
    const first = lookup(table, {});
    if (!first?.next) throw new Error('the empty profile asks a question');
    // The first question unasked but another one answered (a description said it): not on the tree.
    const other = Object.keys(QUESTION_OPTIONS).find(
      (q) => q !== first.next,
    ) as keyof typeof QUESTION_OPTIONS;
    expect(lookup(table, { [other]: UNSURE } as Profile)).toBeUndefined();
    // An answer no button gives.
    expect(lookup(table, { [first.next]: 'not-an-option' } as unknown as Profile)).toBeUndefined();
    // Past the bound the table stops; deeper profiles are planned on demand.
    const deepest = profilesOf(table).at(-1) as Profile;
    const hit = lookup(table, deepest);
    if (hit?.next) {
      const deeper = { ...deepest, [hit.next]: UNSURE } as Profile;
      expect(lookup(table, deeper)).toBeUndefined();
    }
  });

  it('reads back from its bytes, and refuses bytes that are damaged or built for other questions', () => {
    const table = small();
    const bytes = encodePlanTable(table);
    expect(decodePlanTable(bytes)).toEqual(table);
    expect(decodePlanTable(bytes.subarray(0, bytes.length - 1))).toBeUndefined();
    const foreign = new TextEncoder().encode(
      new TextDecoder().decode(bytes).replace(/^v1 [0-9a-f]+ /, 'v1 deadbeef '),
    );
    expect(decodePlanTable(foreign)).toBeUndefined();
    // A child index pointing outside the table.
    const header = bytes.indexOf(10) + 1;
    const n = table.next.length;
    const broken = bytes.slice();
    new DataView(broken.buffer).setInt32(header + n * 2, n + 5, true);
    expect(decodePlanTable(broken)).toBeUndefined();
    expect(decodePlanTable(new Uint8Array([1, 2, 3]))).toBeUndefined();
  });

  it('an interview answered with buttons reads the same with the table and without it', () => {
    const table = small();
    const run = (): Effect[][] => {
      const turns: Effect[][] = [];
      let seed = 11;
      const rnd = () => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed / 0x80000000;
      };
      for (let n = 0; n < 40; n++) {
        let at = 1_800_000_000_000 + n * 1000;
        let [state, effects] = step(undefined, { type: 'start', userId: 'U1', at });
        turns.push(effects);
        for (let guard = 0; guard < 12 && state?.pending; guard++) {
          const q = state.pending;
          const options = [...QUESTION_OPTIONS[q], UNSURE];
          const a = options[Math.floor(rnd() * options.length)] as string;
          [state, effects] = step(state, { type: 'button', userId: 'U1', at: ++at, value: { q, a } });
          turns.push(effects);
        }
      }
      return turns;
    };
    const without = run();
    installPlanTable(table);
    expect(run()).toEqual(without);
  });
});
