// The held-out sets in tests/fixtures/holdout/: workload descriptions and questions written apart
// from the public eval and before reading the vocabulary (scenarios.json, questions.json), plus later
// fresh batches written after a round of fixes (scenarios-fresh.json, questions-fresh.json) to check
// that the fixes generalise. Same shapes as the public sets; `answers` holds only the fields the text
// makes clear. Used by `npm run eval` (its "held-out" lines) and tests/unit/holdout/.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ask } from '../src/ask.js';
import type { QuestionId } from '../src/domain.js';
import { recommend } from '../src/engine.js';
import { extract, looksLikeQuestion } from '../src/extract.js';
import { meetsExpectation, Question, Scenario } from './eval-sets.js';

const DIR = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'tests', 'fixtures', 'holdout');

function load<T>(file: string, schema: z.ZodType<T>): T[] {
  return z.array(schema).parse(JSON.parse(readFileSync(join(DIR, file), 'utf8')));
}

export const loadHoldoutScenarios = (): Scenario[] => [
  ...load('scenarios.json', Scenario),
  ...load('scenarios-fresh.json', Scenario),
];
export const loadHoldoutQuestions = (): Question[] => [
  ...load('questions.json', Question),
  ...load('questions-fresh.json', Question),
];

export interface Tally {
  correct: number;
  total: number;
  misses: string[];
}

export interface HoldoutReport {
  primaries: Tally;
  fields: { given: number; answered: number; correct: number; misses: string[] };
  questions: Tally;
  routing: Tally;
}

export function measureHoldout(): HoldoutReport {
  const scenarios = loadHoldoutScenarios();
  const questions = loadHoldoutQuestions();
  const primaries: Tally = { correct: 0, total: scenarios.length, misses: [] };
  const fields = { given: 0, answered: 0, correct: 0, misses: [] as string[] };
  const routing: Tally = { correct: 0, total: scenarios.length + questions.length, misses: [] };
  for (const s of scenarios) {
    const x = extract(s.text);
    const primary = recommend(x.answers).primary;
    if (s.accept.includes(primary)) primaries.correct++;
    else primaries.misses.push(`${s.id} (${primary})`);
    if (looksLikeQuestion(s.text)) routing.misses.push(s.id);
    else routing.correct++;
    for (const [q, truth] of Object.entries(s.answers)) {
      const got = x.answers[q as QuestionId];
      fields.given++;
      if (got !== undefined) fields.answered++;
      if (got === truth) fields.correct++;
      else fields.misses.push(`${s.id}.${q}=${got ?? '-'} (want ${truth})`);
    }
  }
  const asked: Tally = { correct: 0, total: questions.length, misses: [] };
  for (const q of questions) {
    if (meetsExpectation(ask(q.question).answer, q.expect)) asked.correct++;
    else asked.misses.push(q.id);
    if (looksLikeQuestion(q.question)) routing.correct++;
    else routing.misses.push(q.id);
  }
  return { primaries, fields, questions: asked, routing };
}
