// From text alone (extract, then the engine with defaults for the rest) the recommendation must be
// one the scenario accepts: public scenarios (≥ 90%) and our own descriptions, written separately.
import { describe, expect, it } from 'vitest';
import { loadScenarios } from '../../../scripts/eval-sets.js';
import { recommend } from '../../../src/engine.js';
import { extract } from '../../../src/extract.js';
import { DESCRIPTIONS } from './descriptions.js';

const scenarios = loadScenarios();

describe('extract → recommend on the public scenarios', () => {
  it('gives a primary in accept for at least 90% of scenario texts', () => {
    const misses = scenarios.filter((s) => !s.accept.includes(recommend(extract(s.text).answers).primary));
    expect(scenarios.length).toBeGreaterThan(0);
    expect(
      (scenarios.length - misses.length) / scenarios.length,
      `misses: ${misses.map((s) => s.id)}`,
    ).toBeGreaterThanOrEqual(0.9);
  });

  it('is right on at least 95% of the fields it answers', () => {
    let answered = 0;
    let correct = 0;
    for (const s of scenarios) {
      const { answers } = extract(s.text);
      for (const [q, a] of Object.entries(answers)) {
        const truth = s.answers[q as keyof typeof s.answers];
        if (truth === undefined) continue;
        answered++;
        if (truth === a) correct++;
      }
    }
    expect(correct / answered).toBeGreaterThanOrEqual(0.95);
  });
});

describe('extract → recommend on our own descriptions', () => {
  it.each(DESCRIPTIONS.map((d) => [d.text, d] as const))('%s', (_text, d) => {
    const { answers } = extract(d.text);
    for (const [q, a] of Object.entries(d.fields)) expect(answers[q as keyof typeof answers], q).toBe(a);
    expect(d.accept).toContain(recommend(answers).primary);
  });
});
