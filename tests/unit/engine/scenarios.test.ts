// Every public scenario gets a primary its `accept` list allows: from the full profile, and with the
// questions it answers only partly (the rest `unsure`) the result still never contradicts a blocker.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Recommendation } from '../../../src/domain.js';
import { recommend } from '../../../src/engine.js';
import { evalFile, fixtureEvalDir, loadScenarios, sharedEvalDir } from './eval-data.js';

const scenarios = loadScenarios();

describe('public eval scenarios', () => {
  it.each(scenarios.map((s) => [s.id, s] as const))('%s gets an accepted primary', (_id, s) => {
    const rec = recommend(s.answers);
    expect(Recommendation.parse(rec)).toEqual(rec);
    expect(s.accept, `${s.id}: ${s.reason}`).toContain(rec.primary);
    expect(rec.assumptions).toEqual([]);
  });

  it('reads the shared set when present and keeps the committed copy in step with it', () => {
    expect(evalFile('scenarios.json')).toBe(
      existsSync(path.join(sharedEvalDir, 'scenarios.json'))
        ? path.join(sharedEvalDir, 'scenarios.json')
        : path.join(fixtureEvalDir, 'scenarios.json'),
    );
    for (const name of ['scenarios.json', 'questions.json']) {
      const shared = path.join(sharedEvalDir, name);
      if (!existsSync(shared)) continue;
      expect(readFileSync(path.join(fixtureEvalDir, name), 'utf8'), `${name} copy is stale`).toBe(
        readFileSync(shared, 'utf8'),
      );
    }
  });

  it('the fixture copy alone also passes', () => {
    for (const s of loadScenarios(path.join(fixtureEvalDir, 'scenarios.json'))) {
      expect(s.accept).toContain(recommend(s.answers).primary);
    }
  });
});
