// looksLikeQuestion: a question about the kinds gets an answer; a workload of the writer's own
// starts an interview, even when it ends with "should this be Lambda?".
import { describe, expect, it } from 'vitest';
import { loadQuestions, loadScenarios } from '../../../scripts/eval-sets.js';
import { looksLikeQuestion } from '../../../src/extract.js';
import { PARAPHRASES } from '../ask/paraphrases.js';
import { DESCRIPTIONS } from './descriptions.js';

describe('looksLikeQuestion', () => {
  it.each([
    'How long can a Lambda function run?',
    'can I use GPUs on fargate',
    'k8s vs ecs',
    'lamda timeout',
    'What is the max memory for Lambda',
    'is serverless less secure than VMs?',
    'Compare the three kinds on isolation',
  ])('question: %s', (text) => expect(looksLikeQuestion(text)).toBe(true));

  it.each([
    'we have a nightly ETL that runs about 3 hours on 64 GB, should this be Lambda?',
    'Our API serves 500 requests per second with a p99 of 40 ms; what should we use?',
    'A webhook that receives a few dozen GitHub events a day and posts a summary to chat.',
    'We train models on 8 GPUs for days.',
    'GPU training job',
    'start',
    'Also elsewhere',
    'Container images',
    'steady',
    '1',
    'hello there',
    '',
  ])('not a question: %s', (text) => expect(looksLikeQuestion(text)).toBe(false));

  it('reads every public question and paraphrase as a question', () => {
    const texts = [...loadQuestions().map((q) => q.question), ...PARAPHRASES.map((p) => p.question)];
    expect(texts.filter((t) => !looksLikeQuestion(t))).toEqual([]);
  });

  it('reads every public scenario and own description as a description', () => {
    const texts = [...loadScenarios().map((s) => s.text), ...DESCRIPTIONS.map((d) => d.text)];
    expect(texts.filter((t) => looksLikeQuestion(t))).toEqual([]);
  });
});
