// The table the build ships (dist/adapters/server/plan-table.bin) against the reference planner: every
// profile of the public scenarios' interviews, and a fixed random sample of the tree's profiles.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Profile, QUESTION_OPTIONS, UNSURE } from '../../../src/domain.js';
import { decodePlanTable, lookup, type PlanTable } from '../../../src/plan-table.js';
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
