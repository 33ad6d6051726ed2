// The tables the build ships against what they stand for: the plan table (dist/adapters/server/
// plan-table.bin) against the reference planner on every profile of the public scenarios' interviews
// and a fixed random sample of its tree, and the platform table against the engine on every profile.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlanTable } from '../../../adapters/server/plan-table.js';
import { step } from '../../../src/conversation.js';
import { installPlanTable, installPlatformTable } from '../../../src/conversation-flow.js';
import { type Profile, QUESTION_IDS, QUESTION_OPTIONS, UNSURE } from '../../../src/domain.js';
import { platformOf } from '../../../src/engine.js';
import type { Effect } from '../../../src/events.js';
import { decodePlanTable, lookup, type PlanTable } from '../../../src/plan-table.js';
import { decodePlatformTable, tablePlatforms } from '../../../src/platform-table.js';
import { ensureBuilt } from '../../support/build.js';
import { referencePlan, referenceRemaining, scenarioProfiles } from '../../support/plan-reference.js';
import { xorshift } from '../../support/xorshift.js';

function shipped(): PlanTable {
  ensureBuilt();
  const table = decodePlanTable(
    readFileSync(new URL('../../../dist/adapters/server/plan-table.bin', import.meta.url)),
  );
  if (!table) throw new Error('the build wrote no readable plan table');
  return table;
}

/** A profile on the tree, reached by `picks` (one choice of answer per level, taken modulo). */
function walk(table: PlanTable, picks: number[]): Profile {
  let answers: Profile = {};
  for (const pick of picks) {
    const hit = lookup(table, answers);
    if (!hit?.next) break;
    const options = [...QUESTION_OPTIONS[hit.next], UNSURE];
    const next = { ...answers, [hit.next]: options[pick % options.length] } as Profile;
    if (!lookup(table, next)) break; // past the table's bound
    answers = next;
  }
  return answers;
}

function expectReference(table: PlanTable, answers: Profile): void {
  const hit = lookup(table, answers);
  const expected = referencePlan(answers);
  expect(hit?.next, JSON.stringify(answers)).toBe(expected.next);
  if (hit?.next) expect(hit.remaining, JSON.stringify(answers)).toBe(referenceRemaining(answers, hit.next));
}

describe('the shipped plan table', () => {
  const table = shipped();

  it('holds the reference plan for every profile of the public scenarios’ interviews', () => {
    for (const answers of scenarioProfiles(referencePlan)) expectReference(table, answers);
  });

  it('holds the reference plan for a fixed random sample of its profiles', () => {
    const rnd = xorshift(20261130);
    for (let i = 0; i < 250; i++) expectReference(table, walk(table, Array.from({ length: 10 }, rnd)));
  });
});

describe('the shipped platform table', () => {
  ensureBuilt();
  const built = decodePlatformTable(
    readFileSync(new URL('../../../dist/adapters/server/platform-table.bin', import.meta.url)),
  );

  it('holds the engine’s platform for every profile without special details', async () => {
    if (!built) throw new Error('the build wrote no readable platform table');
    const fromTable = tablePlatforms(built);
    // Every profile: each question unanswered or given one of its options. Counted through like the
    // digits of a number (question k's digit picks "unanswered" or an option), so that the sweep can
    // stop every YIELD_EVERY profiles and let the event loop run: on a busy machine it takes most of a
    // minute, and a test fork whose loop is held that long misses vitest's own calls to it.
    const YIELD_EVERY = 20_000;
    const radix = QUESTION_IDS.map((q) => QUESTION_OPTIONS[q].length + 1);
    const total = radix.reduce((a, b) => a * b, 1);
    const wrong: string[] = [];
    for (let n = 0; n < total; n++) {
      if (n % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
      const profile: Record<string, string> = {};
      let rest = n;
      QUESTION_IDS.forEach((q, k) => {
        const digit = rest % (radix[k] as number);
        rest = Math.floor(rest / (radix[k] as number));
        if (digit > 0) profile[q] = QUESTION_OPTIONS[q][digit - 1] as string;
      });
      // A plain comparison per profile, and one expect at the end: an expect per profile cost most of the time.
      if (fromTable(profile as Profile) !== platformOf(profile as Profile) && wrong.length < 5)
        wrong.push(JSON.stringify(profile));
    }
    expect(wrong).toEqual([]);
    expect(total).toBe(built.length);
  });

  it('installed with the plan table, interviews from descriptions read as they do without them', () => {
    const run = (): Effect[][] => {
      const turns: Effect[][] = [];
      for (const [n, text] of [
        'A nightly ETL job that runs for three hours on 64 GB of memory.',
        'An API for our mobile app with spiky traffic, written in Node.js.',
        'We run Windows services with a COM component registered on the box.',
        'Untrusted customer code runs in our SaaS; each tenant must be isolated.',
      ].entries()) {
        let [state, effects] = step(undefined, { type: 'start', userId: 'U1', at: 1_000 + n, text });
        turns.push(effects);
        for (let guard = 0; guard < 12 && state?.pending; guard++) {
          const q = state.pending;
          const a = guard % 2 === 0 ? UNSURE : (QUESTION_OPTIONS[q][0] as string);
          [state, effects] = step(state, {
            type: 'button',
            userId: 'U1',
            at: 2_000 + guard,
            value: { q, a },
          });
          turns.push(effects);
        }
      }
      return turns;
    };
    const without = run();
    try {
      expect(loadPlanTable(new URL('../../../dist/adapters/server/', import.meta.url))).toBeGreaterThan(0);
      expect(run()).toEqual(without);
    } finally {
      installPlanTable(undefined);
      installPlatformTable(undefined);
    }
  });
});
