// The Q&A data behind `ask`: valid, cited, filled from LIMITS, and findable by its own sample questions.
import { describe, expect, it } from 'vitest';
import { fillLimits, QA } from '../../../knowledge/qa.js';
import { QaEntry } from '../../../knowledge/qa-schema.js';
import { SOURCES } from '../../../knowledge/sources.js';
import { ask } from '../../../src/ask.js';

describe('knowledge/qa', () => {
  it('has unique ids, known sources, a review date and no unfilled placeholder', () => {
    const keys = new Set(SOURCES.map((s) => s.key));
    expect(new Set(QA.map((e) => e.id)).size).toBe(QA.length);
    for (const e of QA) {
      expect(
        e.sources.every((k) => keys.has(k)),
        e.id,
      ).toBe(true);
      expect(e.reviewedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.answer, e.id).not.toMatch(/[{}]/);
    }
  });

  it('fails fast naming the entry when a placeholder names no limit', () => {
    expect(() => fillLimits('up to {lambda.noSuchLimit} MB', 'my-entry')).toThrow(
      /my-entry.*lambda\.noSuchLimit/,
    );
    expect(fillLimits('{lambda.maxDurationSeconds/60} minutes', 'x')).toBe('15 minutes');
  });

  it('refuses an entry with an unknown source key', () => {
    const bad = {
      id: 'x',
      topic: 'xyz',
      questions: ['q?'],
      keywords: ['k'],
      answer: 'a'.repeat(30),
      sources: ['NOPE'],
      reviewedOn: '2026-01-01',
    };
    expect(QaEntry.safeParse(bad).success).toBe(false);
  });

  it('finds the entry for at least 95% of its own sample questions', () => {
    const all = QA.flatMap((e) => e.questions.map((q) => [e, q] as const));
    const found = all.filter(([e, q]) => ask(q).topics[0] === e.topic).length;
    expect(found / all.length).toBeGreaterThanOrEqual(0.95);
  });
});
