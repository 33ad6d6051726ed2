// Ranking must not hinge on one sample phrasing: adding a plausible phrasing to any single entry (its
// own topic asked as a question) keeps every public question answered as before.
import { describe, expect, it } from 'vitest';
import { QA } from '../../../knowledge/qa.js';
import { loadQuestions, meetsExpectation } from '../../../scripts/eval-sets.js';
import { createAsker } from '../../../src/ask.js';

const questions = loadQuestions();

describe('ask: robust to one added sample phrasing', () => {
  it.each(QA.map((e) => [e.id]))('adding a phrasing to %s keeps the public questions answered', (id) => {
    const entries = QA.map((e) =>
      e.id === id ? { ...e, questions: [...e.questions, `what about ${e.topic.toLowerCase()}?`] } : e,
    );
    const ask = createAsker(entries);
    const misses = questions.filter((q) => !meetsExpectation(ask(q.question).answer, q.expect));
    expect(misses.map((q) => q.id)).toEqual([]);
  });

  it('adding run-time phrasings to the Lambda run-time entry keeps it the answer to q01', () => {
    const entries = QA.map((e) =>
      e.id === 'lambda-duration'
        ? { ...e, questions: [...e.questions, 'how long can lambda run?', 'can a lambda run for an hour'] }
        : e,
    );
    const ask = createAsker(entries);
    expect(ask('How long can a Lambda function run?').topics).toEqual(['Lambda maximum run time']);
    expect(ask('how long can lambda run?').topics).toEqual(['Lambda maximum run time']);
  });
});
