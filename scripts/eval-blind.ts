// The blind sets in tests/fixtures/blind/: workload descriptions and questions written from public
// posts before the extractor was changed for them, frozen, and never used to tune a rule. Measured
// apart from every tuned set so the accuracy table keeps one honest row: per primary kind, per
// platform where the set names one, per field (precision and recall) and per question.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ask } from '../src/ask.js';
import { DetailsSchema, Kind, QUESTION_IDS, type QuestionId } from '../src/domain.js';
import { recommend } from '../src/engine.js';
import { extract, looksLikeQuestion } from '../src/extract.js';
import { meetsExpectation, Question, Scenario } from './eval-sets.js';

const DIR = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'tests', 'fixtures', 'blind');

export const BlindScenario = Scenario.extend({
  source: z.string().url(),
  platforms: z.array(z.string()).optional(),
  details: DetailsSchema.optional(),
});
export type BlindScenario = z.infer<typeof BlindScenario>;
export const BlindQuestion = Question.extend({ source: z.string().url() });
const Refused = z.object({ id: z.string(), source: z.string().url(), question: z.string() });

function load<T>(file: string, schema: z.ZodType<T>): T[] {
  return z.array(schema).parse(JSON.parse(readFileSync(join(DIR, file), 'utf8')));
}

export const loadBlindScenarios = (): BlindScenario[] => load('scenarios.json', BlindScenario);
export const loadBlindQuestions = (): z.infer<typeof BlindQuestion>[] =>
  load('questions.json', BlindQuestion);
export const loadBlindRefused = (): z.infer<typeof Refused>[] => load('refused.json', Refused);

export interface FieldTally {
  /** Scenarios whose text settles this field. */
  given: number;
  /** Of those, how many the extractor answered at all. */
  answered: number;
  /** Of those, how many it answered right. */
  correct: number;
}

export interface BlindReport {
  primaries: {
    correct: number;
    total: number;
    misses: string[];
    byKind: Record<string, { correct: number; total: number }>;
  };
  platforms: { correct: number; total: number; misses: string[] } | null;
  fields: Record<QuestionId | 'all', FieldTally>;
  details: FieldTally;
  questions: { correct: number; total: number; misses: string[] };
  refused: { correct: number; total: number; misses: string[] };
  routing: { correct: number; total: number; misses: string[] };
}

const emptyTally = (): FieldTally => ({ given: 0, answered: 0, correct: 0 });

/** Details the extractor reports, when it reports any (older builds return none). */
function extractedDetails(text: string): { hardware: string[]; os_family?: string } {
  const x = extract(text) as { details?: { hardware?: string[]; os_family?: string } };
  const d = x.details ?? {};
  return { hardware: d.hardware ?? [], ...(d.os_family ? { os_family: d.os_family } : {}) };
}

export function measureBlind(): BlindReport {
  const scenarios = loadBlindScenarios();
  const byKind: Record<string, { correct: number; total: number }> = {};
  for (const k of Kind.options) byKind[k] = { correct: 0, total: 0 };
  const primaries = { correct: 0, total: scenarios.length, misses: [] as string[], byKind };
  let platforms: BlindReport['platforms'] = null;
  const fields = Object.fromEntries(
    [...QUESTION_IDS, 'all'].map((q) => [q, emptyTally()]),
  ) as BlindReport['fields'];
  const details = emptyTally();
  const routing = { correct: 0, total: 0, misses: [] as string[] };

  for (const s of scenarios) {
    const x = extract(s.text);
    const rec = recommend(x.answers) as { primary: string; platform?: string };
    const first = s.accept[0] as string;
    const kindTally = byKind[first] as { correct: number; total: number };
    kindTally.total++;
    if (s.accept.includes(rec.primary as Kind)) {
      primaries.correct++;
      kindTally.correct++;
    } else primaries.misses.push(`${s.id} (${rec.primary})`);
    if (s.platforms && rec.platform !== undefined) {
      platforms ??= { correct: 0, total: 0, misses: [] };
      platforms.total++;
      if (s.platforms.includes(rec.platform)) platforms.correct++;
      else platforms.misses.push(`${s.id} (${rec.platform})`);
    }
    for (const [q, truth] of Object.entries(s.answers)) {
      const got = x.answers[q as QuestionId];
      for (const t of [fields[q as QuestionId], fields.all]) {
        t.given++;
        if (got !== undefined) t.answered++;
        if (got === truth) t.correct++;
      }
    }
    if (s.details) {
      const got = extractedDetails(s.text);
      for (const h of s.details.hardware ?? []) {
        details.given++;
        if (got.hardware.length) details.answered++;
        if (got.hardware.includes(h)) details.correct++;
      }
      if (s.details.os_family) {
        details.given++;
        if (got.os_family) details.answered++;
        if (got.os_family === s.details.os_family) details.correct++;
      }
    }
    routing.total++;
    if (looksLikeQuestion(s.text)) routing.misses.push(s.id);
    else routing.correct++;
  }

  const qs = loadBlindQuestions();
  const questions = { correct: 0, total: qs.length, misses: [] as string[] };
  for (const q of qs) {
    if (meetsExpectation(ask(q.question).answer, q.expect)) questions.correct++;
    else questions.misses.push(q.id);
    routing.total++;
    if (looksLikeQuestion(q.question)) routing.correct++;
    else routing.misses.push(q.id);
  }
  const rs = loadBlindRefused();
  const refused = { correct: 0, total: rs.length, misses: [] as string[] };
  for (const r of rs) {
    if (!ask(r.question).matched) refused.correct++;
    else refused.misses.push(r.id);
  }
  return { primaries, platforms, fields, details, questions, refused, routing };
}
