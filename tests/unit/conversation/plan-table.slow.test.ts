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
    let seed = 20261130;
    const rnd = () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return seed >>> 0;
    };
    for (let i = 0; i < 250; i++) expectReference(table, walk(table, Array.from({ length: 10 }, rnd)));
  });
});

describe('the shipped platform table', () => {
  ensureBuilt();
  const built = decodePlatformTable(
    readFileSync(new URL('../../../dist/adapters/server/platform-table.bin', import.meta.url)),
  );

  it('holds the engine’s platform for every profile without special details', () => {
    if (!built) throw new Error('the build wrote no readable platform table');
    const fromTable = tablePlatforms(built);
    let checked = 0;
    const visit = (i: number, profile: Profile): void => {
      if (i === QUESTION_IDS.length) {
        expect(fromTable(profile), JSON.stringify(profile)).toBe(platformOf(profile));
        checked++;
        return;
      }
      const q = QUESTION_IDS[i] as keyof typeof QUESTION_OPTIONS;
      visit(i + 1, profile);
      for (const a of QUESTION_OPTIONS[q]) visit(i + 1, { ...profile, [q]: a } as Profile);
    };
    visit(0, {});
    expect(checked).toBe(built.length);
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
