// Answers people type instead of pressing a button: yes and no, an option's distinctive words,
// typos — echoed back as what they were taken as — and a question asked in the middle of the
// interview, answered before the pending question is shown again. Worded apart from every eval set.
import { describe, expect, it } from 'vitest';
import type { Card } from '../../../src/card.js';
import { ConversationState, step } from '../../../src/conversation.js';
import { looseAnswer } from '../../../src/conversation-loose.js';
import type { QuestionId } from '../../../src/domain.js';
import type { CoreEvent } from '../../../src/events.js';

const U = 'U-typist';
const at = 70_000;
const text = (words: string): CoreEvent => ({ type: 'text', userId: U, at: at + 1, text: words });
const all = (card: Card | undefined): string =>
  (card?.elements ?? []).map((e) => ('text' in e ? e.text : '')).join('\n');

function asking(q: QuestionId) {
  return ConversationState.parse({
    v: 1,
    ownerId: U,
    phase: 'interview',
    answers: {},
    pending: q,
    history: [],
    startedAt: at,
    updatedAt: at,
  });
}

describe('yes and no to a yes-or-no question', () => {
  it.each([
    ['no', 'aws_only'],
    ['nope', 'aws_only'],
    ['Nah.', 'aws_only'],
    ['just AWS', 'aws_only'],
    ['only on aws', 'aws_only'],
    ['yes', 'portable'],
    ['yeah, also on premises', 'portable'],
  ] as const)('portability: %j → %s', (words, expected) => {
    expect(looseAnswer('portability', words)).toBe(expected);
  });

  it('yes or no to a question that is not yes-or-no stays unread', () => {
    expect(looseAnswer('latency', 'no')).toBeUndefined();
    expect(looseAnswer('traffic', 'yes')).toBeUndefined();
  });
});

describe("an option's distinctive words", () => {
  it.each([
    ['os_control', 'only our own code', 'none'],
    ['os_control', 'we need root', 'full'],
    ['ops', 'as little as we can', 'minimal'],
    ['ops', 'fully managed please', 'minimal'],
    ['latency', 'people notice when pages are slow', 'sensitive'],
    ['latency', 'an occasional delay is ok', 'tolerant'],
    ['isolation', 'the normal kind', 'standard'],
    ['starting_point', 'greenfield', 'new'],
    ['state', 'sticky sessions', 'local'],
  ] as const)('%s: %j → %s', (q, words, expected) => {
    expect(looseAnswer(q, words)).toBe(expected);
  });

  it('words shared by two options decide nothing', () => {
    expect(looseAnswer('ops', 'images')).not.toBe('full');
    expect(looseAnswer('runtime', 'run')).toBeUndefined();
  });
});

describe('a loosely typed answer is echoed like a button', () => {
  it('says what it was taken as, then moves on', () => {
    const [next, effects] = step(asking('isolation'), text('standrd'));
    expect(next?.answers.isolation).toBe('standard');
    const echoed = effects.map((e) => ('card' in e ? all(e.card) : '')).join('\n');
    expect(echoed).toContain('✓');
    expect(echoed).toContain('Standard cloud isolation');
  });

  it('a "no" to portability is echoed as AWS only', () => {
    const [next, effects] = step(asking('portability'), text('nope'));
    expect(next?.answers.portability).toBe('aws_only');
    const echoed = effects.map((e) => ('card' in e ? all(e.card) : '')).join('\n');
    expect(echoed).toContain('AWS only');
  });
});

describe('a question asked mid-interview', () => {
  it('is answered, and the pending question is shown again', () => {
    const [next, effects] = step(asking('compute'), text('can Fargate go to 48 vCPU?'));
    expect(next?.pending).toBe('compute');
    expect(next?.answers.compute).toBeUndefined();
    const said = effects.map((e) => ('card' in e ? all(e.card) : '')).join('\n');
    expect(said).toMatch(/32 ?vCPU/);
    expect(said).toContain('peak compute');
  });
});

describe('details a description names are kept for the platform', () => {
  it('a description starting the interview stores its hardware and OS family', () => {
    const [next] = step(undefined, {
      type: 'start',
      userId: U,
      at,
      text: 'Weather forecasts on twelve nodes over MPI and EFA, on Rocky-style Linux servers.',
    });
    expect(next?.details?.hardware).toContain('hpc');
    expect(next?.details?.os_family).toBe('linux');
  });

  it('a later sentence adds to them', () => {
    const [next] = step(asking('runtime'), text('each job runs about 6 hours on A100 GPUs'));
    expect(next?.details?.hardware).toEqual(['gpu']);
  });
});
