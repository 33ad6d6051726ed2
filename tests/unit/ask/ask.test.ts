// `ask` against questions.json (≥ 14 of 15 with every expectation group matched), our paraphrase,
// abbreviation and typo table, and off-topic questions (a plain "I don't know" with suggestions).
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../knowledge/limits.js';
import { loadQuestions, meetsExpectation } from '../../../scripts/eval-sets.js';
import { ask } from '../../../src/ask.js';
import { Source } from '../../../src/domain.js';
import { adversarialInputs } from '../extract/adversarial.js';
import { PARAPHRASES, UNKNOWN_QUESTIONS } from './paraphrases.js';

const questions = loadQuestions();

describe('ask: the public questions', () => {
  it('answers at least 14 of 15 with every expectation group matched', () => {
    const misses = questions.filter((q) => !meetsExpectation(ask(q.question).answer, q.expect));
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.length - misses.length, `misses: ${misses.map((q) => q.id)}`).toBeGreaterThanOrEqual(
      Math.ceil((questions.length * 14) / 15),
    );
  });

  it.each(questions.map((q) => [q.question]))('cites sources and stays short: %s', (question) => {
    const r = ask(question);
    expect(r.matched).toBe(true);
    expect(r.topics.length).toBeGreaterThan(0);
    expect(r.sources.length).toBeGreaterThan(0);
    for (const s of r.sources) expect(Source.safeParse(s).success).toBe(true);
    // two or three sentences (a sentence ends in ". " or at the end)
    expect(r.answer.split(/[.!?](?:\s|$)/).filter((x) => x.trim()).length).toBeLessThanOrEqual(4);
  });
});

describe('ask: paraphrases, abbreviations and typos', () => {
  it.each(PARAPHRASES.map((p) => [p.question, p] as const))('%s', (_q, p) => {
    const r = ask(p.question);
    expect(r.matched).toBe(true);
    expect(meetsExpectation(r.answer, p.expect), r.answer).toBe(true);
  });
});

describe('ask: when it does not know', () => {
  it.each(UNKNOWN_QUESTIONS.map((q) => [q]))('%s', (question) => {
    const r = ask(question);
    expect(r.matched).toBe(false);
    expect(r.answer).toMatch(/don't know/i);
    expect(r.suggestions.length).toBeGreaterThan(0);
    expect(r.sources).toEqual([]);
  });

  it('suggests related topics for a vague question about a known subject', () => {
    const r = ask('fargate?');
    expect(r.suggestions.length + (r.matched ? 1 : 0)).toBeGreaterThan(0);
    if (!r.matched) expect(r.suggestions.join(' ')).toMatch(/Fargate/);
  });
});

describe('ask: answers come from the knowledge data', () => {
  it('quotes the current LIMITS figures', () => {
    expect(ask('lambda timeout').answer).toContain(String(LIMITS.lambda.maxDurationSeconds.value));
    expect(ask('max memory for lambda').answer).toContain(
      LIMITS.lambda.maxMemoryMb.value.toLocaleString('en-US'),
    );
    expect(ask('largest fargate task').answer).toContain(`${LIMITS.fargate.maxMemoryGb.value} GB`);
  });

  it('says what AWS documents where it contradicts the common belief', () => {
    const r = ask('Is serverless the least isolated kind?');
    expect(r.answer).toMatch(/microVM|Firecracker/);
    expect(r.answer).toMatch(/not the least isolated/);
  });
});

describe('ask: odd input', () => {
  it('answers every adversarial string without throwing', () => {
    for (const input of adversarialInputs()) {
      const r = ask(input);
      expect(typeof r.answer).toBe('string');
      expect(Array.isArray(r.suggestions)).toBe(true);
    }
  });

  it('tolerates a non-string at runtime', () => {
    expect(ask(undefined as unknown as string).matched).toBe(false);
  });
});
