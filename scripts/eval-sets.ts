// Loads the public evaluation sets: the committed copy in tests/fixtures/eval/, or an upstream
// shared/eval/ folder beside the clone when one is there (the live copy). Parsed once with zod so a malformed file fails loudly.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { Kind, ProfileSchema } from '../src/domain.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const Scenario = z.object({
  id: z.string(),
  answers: ProfileSchema,
  accept: z.array(Kind).min(1),
  reason: z.string().optional(),
  text: z.string(),
});
export type Scenario = z.infer<typeof Scenario>;

export const Question = z.object({
  id: z.string(),
  question: z.string(),
  expect: z.array(z.array(z.string()).min(1)),
});
export type Question = z.infer<typeof Question>;

export function evalDir(): string {
  const shared = resolve(ROOT, '..', 'shared', 'eval');
  return existsSync(join(shared, 'scenarios.json')) ? shared : join(ROOT, 'tests', 'fixtures', 'eval');
}

function load<T>(file: string, schema: z.ZodType<T>): T[] {
  const path = join(evalDir(), file);
  return z.array(schema).parse(JSON.parse(readFileSync(path, 'utf8')));
}

export const loadScenarios = (): Scenario[] => load('scenarios.json', Scenario);
export const loadQuestions = (): Question[] => load('questions.json', Question);

/** Does an answer meet a question's expectation: at least one pattern of every group (case-insensitive)? */
export function meetsExpectation(answer: string, expect: readonly (readonly string[])[]): boolean {
  return expect.every((group) => group.some((pattern) => new RegExp(pattern, 'i').test(answer)));
}
