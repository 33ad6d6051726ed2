// The public evaluation set: the committed copy in tests/fixtures/eval, checked against an upstream
// shared/eval folder beside the clone when one is there.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { Kind, ProfileSchema } from '../../../src/domain.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const sharedEvalDir = path.resolve(repoRoot, '../shared/eval');
export const fixtureEvalDir = path.resolve(repoRoot, 'tests/fixtures/eval');

const Scenario = z.object({
  id: z.string(),
  answers: ProfileSchema,
  accept: z.array(Kind).min(1),
  reason: z.string(),
  text: z.string(),
});
export type Scenario = z.infer<typeof Scenario>;

export function evalFile(name: string): string {
  const shared = path.join(sharedEvalDir, name);
  return existsSync(shared) ? shared : path.join(fixtureEvalDir, name);
}

export function loadScenarios(file = evalFile('scenarios.json')): Scenario[] {
  return z
    .array(Scenario)
    .min(1)
    .parse(JSON.parse(readFileSync(file, 'utf8')));
}
