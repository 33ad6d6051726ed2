// Generalisation guard: the held-out descriptions and questions (tests/fixtures/holdout/, written
// apart from the public eval and the vocabulary) must stay above thresholds a little below what the
// advisor reaches today, so a regression in extraction, the engine or retrieval fails here.
import { describe, expect, it } from 'vitest';
import { type HoldoutReport, measureHoldout } from '../../../scripts/eval-holdout.js';

const report: HoldoutReport = measureHoldout();
const pct = (c: number, t: number): string => `${c}/${t} (${((100 * c) / t).toFixed(1)}%)`;

describe('held-out sets', () => {
  it('prints the figures', () => {
    const { primaries, fields, questions, routing } = report;
    console.log(
      `held-out: primaries ${pct(primaries.correct, primaries.total)}, fields ${pct(fields.correct, fields.given)} ` +
        `(answered ${fields.answered}), questions ${pct(questions.correct, questions.total)}, ` +
        `routing ${pct(routing.correct, routing.total)}`,
    );
    expect(primaries.total).toBeGreaterThanOrEqual(60);
    expect(questions.total).toBeGreaterThanOrEqual(50);
  });

  it('recommends an accepted primary from the text alone for at least 94% of descriptions', () => {
    const { correct, total, misses } = report.primaries;
    expect(correct / total, `misses: ${misses.join(', ')}`).toBeGreaterThanOrEqual(0.94);
  });

  it('reads at least 90% of the fields the descriptions make clear', () => {
    const { correct, given, misses } = report.fields;
    expect(correct / given, `misses: ${misses.join('; ')}`).toBeGreaterThanOrEqual(0.9);
  });

  it('is right on at least 96% of the fields it answers (a wrong answer costs more than a question)', () => {
    const { correct, answered, misses } = report.fields;
    expect(correct / answered, `misses: ${misses.join('; ')}`).toBeGreaterThanOrEqual(0.96);
  });

  it('answers at least 92% of the questions with every expected fact', () => {
    const { correct, total, misses } = report.questions;
    expect(correct / total, `misses: ${misses.join(', ')}`).toBeGreaterThanOrEqual(0.92);
  });

  it('tells every question from every description', () => {
    const { correct, total, misses } = report.routing;
    expect(correct / total, `misses: ${misses.join(', ')}`).toBeGreaterThanOrEqual(0.98);
  });
});
