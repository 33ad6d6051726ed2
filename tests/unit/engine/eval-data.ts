// The shared evaluation set (../shared/eval relative to the repository root), with the committed copy in
// tests/fixtures/eval as the fallback for clones that lack the shared folder.
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
