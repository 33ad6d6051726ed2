// How busy people actually type: loose answers, typos, questions and new descriptions mid-interview,
// emoji, empty messages, overlong descriptions, the progress hint. Tables over the pure state machine.
import { describe, expect, it } from 'vitest';
import type { Card } from '../../../src/card.js';
import { ConversationState, step } from '../../../src/conversation.js';
import { looseAnswer } from '../../../src/conversation-loose.js';
import type { QuestionId } from '../../../src/domain.js';
import type { CoreEvent } from '../../../src/events.js';
import { EXTRACT_MAX_CHARS } from '../../../src/extract.js';
import { askedBy } from './scripted.js';

const U = 'U-owner';
const at = 50_000;
const text = (words: string): CoreEvent => ({ type: 'text', userId: U, at: at + 1, text: words });
const all = (card: Card | undefined): string =>
  (card?.elements ?? []).map((e) => ('text' in e ? e.text : '')).join('\n');

/** A state asking `q`, with some answers already given (as plain JSON, like a stored record). */
function asking(q: QuestionId, answers: Record<string, string> = {}, history: QuestionId[] = []) {
  return ConversationState.parse({
    v: 1,
    ownerId: U,
    phase: 'interview',
    answers,
    pending: q,
    history,
    startedAt: at,
    updatedAt: at,
  });
}

describe('typed answers in other words', () => {
  it.each([
    ['traffic', "it's bursty I think", 'bursty'],
    ['traffic', 'steddy', 'steady'],
    ['traffic', 'STEADY mostly', 'steady'],
    ['traffic', 'the second one', 'steady'],
    ['runtime', 'pretty long', 'long'],
    ['ops', 'moderate i guess', 'moderate'],
    ['latency', 'sensitve', 'sensitive'],
    ['starting_point', 'containerised', 'containerized'],
    ['state', 'stateles', 'stateless'],
    ['portability', 'aws only please', 'aws_only'],
    ['traffic', 'hmm, not sure', 'unsure'],
    ['os_control', 'node', 'none'], // the option's description names Node.js: just a managed runtime
  ] as const)('%s: "%s" answers %s', (q, words, expected) => {
    expect(looseAnswer(q, words)).toBe(expected);
    const [next] = step(asking(q), text(words));
    expect(next?.answers[q]).toBe(expected);
  });

  it.each([
    ['traffic', 'not bursty'], // a denial names the option only to rule it out
    ['traffic', 'steady or bursty'], // two options: ambiguous, so ask again
    ['runtime', 'how long can lambda run'], // a question, not the answer "long"
    ['os_control', 'nine'], // short words need an exact match: not a typo of "none"
    ['traffic', 'it is bursty in the morning and steady in the evening'], // a description: the extractor reads it
  ] as const)('%s: "%s" is not a loose answer', (q, words) => {
    expect(looseAnswer(q, words)).toBeUndefined();
  });
});

describe('messages that are not answers', () => {
  it('an option number out of range says which numbers there are', () => {
    const [same, effects] = step(asking('traffic'), text('7'));
    expect(same?.answers.traffic).toBeUndefined();
    expect(all(effects[0]?.card)).toMatch(/no option 7\. Pick a number from 1 to 4/);
  });

  it('an empty message changes nothing and says nothing', () => {
    const s = asking('traffic');
    expect(step(s, text('   '))).toEqual([s, []]);
  });

  it('an emoji-only message gets one short hint, not the whole question again', () => {
    const s = asking('traffic');
    const [same, effects] = step(s, text('👍🚀'));
    expect(same).toBe(s);
    expect(effects).toHaveLength(1);
    expect(effects[0]?.card.kind).toBe('notice');
    expect(all(effects[0]?.card)).toMatch(/number or name/);
  });

  it.each(['👋', 'hi', 'hello there', 'good morning!'])(
    'a first message "%s" greets without claiming it read nothing',
    (words) => {
      const [, effects] = step(undefined, text(words));
      // One message: the welcome opens the first question's card.
      expect(effects.map((e) => e.card.kind)).toEqual(['question']);
      expect(effects[0]?.card.elements[0]).toMatchObject({ type: 'header', text: 'Virt Advisor' });
    },
  );

  it('a real sentence that says nothing usable is told so', () => {
    const [, effects] = step(
      undefined,
      text('we are building something for the marketing folks next quarter'),
    );
    expect(effects.map((e) => all(e.card)).join('\n')).toMatch(/couldn't pick out any details/);
  });

  it('a question with an interjection is answered without it ("wait, how long …?")', () => {
    const s = asking('isolation');
    const [same, effects] = step(s, text('wait, how long can a Lambda function run?'));
    expect(same).toBe(s);
    expect(effects.map((e) => e.card.kind)).toEqual(['answer', 'question']);
    const header = effects[0]?.card.elements[0];
    expect(header && 'text' in header ? header.text : '').toBe('how long can a Lambda function run?');
  });

  it('"ask <question>" typed mid-interview answers and resumes, on any platform', () => {
    const s = asking('traffic');
    const [same, effects] = step(s, text('ask what is the max memory of a Lambda function'));
    expect(same).toBe(s);
    expect(effects.map((e) => e.card.kind)).toEqual(['answer', 'question']);
    expect(askedBy(effects[1]?.card as Card)).toBe('traffic');
  });

  it('an option of an already answered question says which answer it would change', () => {
    const s = asking('isolation', { traffic: 'scheduled' }, ['traffic']);
    const [same, effects] = step(s, text('Steady'));
    expect(same).toBe(s);
    expect(all(effects[0]?.card)).toMatch(/change load/);
  });
});

describe('descriptions', () => {
  it('"start <description>" typed mid-interview begins again from what it says', () => {
    const s = asking('os_control', { traffic: 'bursty' }, ['traffic']);
    const [next, effects] = step(s, text('start a nightly ETL that runs 3 hours on 64 GB'));
    expect(next?.answers.runtime).toBe('long');
    expect(next?.answers.traffic).toBe('scheduled');
    expect(next?.history).toEqual([]);
    expect(effects[0]?.card.elements[0]).toMatchObject({ text: expect.stringMatching(/^I read: /) });
  });

  it('a description mid-interview does not count as questions asked in the progress hint', () => {
    const s = asking('portability', { isolation: 'standard' }, ['isolation']);
    const [next, effects] = step(s, text('each job runs for about three hours every night'));
    expect(next?.answers.portability).toBeUndefined();
    expect(next?.described?.length).toBeGreaterThan(0);
    const question = effects.find((e) => e.card.kind === 'question')?.card;
    expect(question?.fallbackText).toMatch(/^Question 2 of about \d+/);
  });

  it(`a description longer than ${EXTRACT_MAX_CHARS} characters says only its start was read`, () => {
    const long = `A nightly batch job that runs for 3 hours on 64 GB. ${'Lorem ipsum dolor sit amet. '.repeat(1000)}`;
    expect(long.length).toBeGreaterThan(EXTRACT_MAX_CHARS);
    const [, effects] = step(undefined, { type: 'start', userId: U, at, text: long });
    // The notice opens the message that carries the next question.
    expect(all(effects[0]?.card)).toMatch(/^.*first 20,000 characters/);
    const [, short] = step(undefined, {
      type: 'start',
      userId: U,
      at,
      text: 'A nightly batch job for 3 hours',
    });
    expect(short.map((e) => all(e.card)).join('\n')).not.toMatch(/characters/);
  });
});

describe('changing an answer', () => {
  it('re-asking a question shows what the answer was', () => {
    const s = asking('isolation', { traffic: 'scheduled' }, ['traffic']);
    const [next, effects] = step(s, text('change load'));
    expect(next?.pending).toBe('traffic');
    expect(all(effects[0]?.card)).toMatch(/Your answer was: Runs at set times/);
    const [, back] = step(s, text('back'));
    expect(all(back[0]?.card)).toMatch(/Your answer was: Runs at set times/);
  });
});

describe('corrections and stale buttons', () => {
  it('a later sentence corrects what an earlier sentence said, and does not nag about it', () => {
    const s = ConversationState.parse({
      ...asking('ops', { traffic: 'bursty' }, ['traffic']),
      described: ['traffic'],
    });
    const [next, effects] = step(s, text('it is a nightly job now, runs 3 hours'));
    expect(next?.answers.traffic).toBe('scheduled');
    expect(next?.answers.runtime).toBe('long');
    expect(effects.map((e) => all(e.card)).join('\n')).not.toMatch(/your answer there was/);
  });

  it('a sentence does not silently overwrite an answer given to a question: it says how to change it', () => {
    const s = asking('ops', { traffic: 'bursty' }, ['traffic']);
    const [next, effects] = step(s, text('it is a nightly job, runs 3 hours'));
    expect(next?.answers.traffic).toBe('bursty');
    expect(next?.answers.runtime).toBe('long');
    expect(effects.map((e) => all(e.card)).join('\n')).toMatch(/your answer there was Bursty.*change load/);
  });

  // A click that lost to a simultaneous one lands here too: the next question is already in the
  // chat, so another copy of it would only repeat it once per losing click.
  it('another answer to an answered question gets one short private note, not the question again', () => {
    const s = asking('ops', { traffic: 'bursty' }, ['traffic']);
    const [same, effects] = step(s, {
      type: 'button',
      userId: U,
      at: at + 1,
      value: { q: 'traffic', a: 'steady' },
    });
    expect(same).toBe(s);
    expect(effects.map((e) => [e.type, e.card.kind])).toEqual([['private_notice', 'notice']]);
    expect(all(effects[0]?.card)).toMatch(/^That question was already answered — ✓ Bursty.*Type change load/);
    expect(effects[0]?.card.elements.some((e) => e.type === 'choices')).toBe(false);
  });

  it('a button of a question neither asked nor answered re-asks the pending one', () => {
    const s = asking('ops', { traffic: 'bursty' }, ['traffic']);
    const [same, effects] = step(s, {
      type: 'button',
      userId: U,
      at: at + 1,
      value: { q: 'runtime', a: 'long' },
    });
    expect(same).toBe(s);
    expect(all(effects[0]?.card)).toMatch(/not asking right now.*type change run time/);
    expect(askedBy(effects[0]?.card as Card)).toBe('ops');
  });
});

describe('recommend now', () => {
  it('after two "not sure" answers the question card offers it, and it ends the interview', () => {
    const one = asking('isolation', { os_control: 'unsure' }, ['os_control']);
    const [two, e1] = step(one, text('not sure'));
    const context = (card: Card | undefined) =>
      card?.elements.find((e) => e.type === 'context')?.type === 'context'
        ? JSON.stringify(card.elements.filter((e) => e.type === 'context'))
        : '';
    expect(context(e1.at(-1)?.card)).toMatch(/recommend now/);
    expect(context(step(asking('isolation'), text('1'))[1].at(-1)?.card)).not.toMatch(/recommend now/);
    if (!two?.pending) return; // the engine needed nothing more: nothing to finish early
    const [done, effects] = step(two, text('recommend now'));
    expect(done?.phase).toBe('done');
    expect(done?.pending).toBeUndefined();
    expect(effects[0]?.card.elements[0]).toMatchObject({ id: expect.stringMatching(/^recommendation:/) });
    expect(step(done, text('recommend now'))[0]).toBe(done);
  });
});

describe('after the recommendation', () => {
  const done = () =>
    ConversationState.parse({
      v: 1,
      ownerId: U,
      phase: 'done',
      answers: { runtime: 'long', traffic: 'scheduled', compute: 'large', isolation: 'standard' },
      history: ['runtime', 'traffic', 'compute', 'isolation'],
      startedAt: at,
      updatedAt: at,
    });

  it('a few words adjust this interview instead of starting a new one from them alone', () => {
    const [next, effects] = step(done(), text('it needs a GPU'));
    expect(next?.answers.compute).toBe('special');
    expect(next?.answers.runtime).toBe('long');
    expect(effects[0]?.card.elements[0]).toMatchObject({ text: expect.stringMatching(/^I read: /) });
  });

  it('a whole new description starts a new interview', () => {
    const [next] = step(
      done(),
      text('We have a webhook receiver that handles bursty events in about 200 ms each'),
    );
    expect(next?.answers.runtime).toBe('short');
    expect(next?.answers.compute).not.toBe('large');
    expect(next?.history).toEqual([]);
  });

  it('restart by its owner says so in one line instead of the whole introduction', () => {
    const [, effects] = step(done(), text('restart'));
    expect(all(effects[0]?.card)).toMatch(/^Starting over/);
  });

  it('a sentence replaces a "not sure" answer', () => {
    const s = asking('ops', { compute: 'unsure' }, ['compute']);
    const [next] = step(s, text('we train on eight GPUs'));
    expect(next?.answers.compute).toBe('special');
  });
});

describe('help mid-interview', () => {
  it('shows the help, then the pending question again', () => {
    const s = asking('traffic');
    const [same, effects] = step(s, text('help'));
    expect(same).toBe(s);
    expect(effects.map((e) => e.card.kind)).toEqual(['help', 'question']);
    expect(askedBy(effects[1]?.card as Card)).toBe('traffic');
  });
});

describe('chat manners', () => {
  it.each(['hi', 'Hello there!', 'hey bot', 'good morning'])(
    '"%s" mid-interview re-shows the question kindly',
    (words) => {
      const [same, effects] = step(asking('traffic'), text(words));
      expect(same?.pending).toBe('traffic');
      expect(all(effects[0]?.card)).toMatch(/^Hi! Here is where we were:/m);
    },
  );

  it.each(['thanks', 'Thank you so much!', 'ok', 'cool 👍'])(
    '"%s" gets a short line, not an error',
    (words) => {
      const [, mid] = step(asking('traffic'), text(words));
      expect(mid).toHaveLength(1);
      expect(all(mid[0]?.card)).not.toMatch(/didn't catch/);
      const done = ConversationState.parse({ ...asking('traffic'), phase: 'done', pending: undefined });
      const [, after] = step(done, text(words));
      expect(all(after[0]?.card)).toMatch(/restart/);
      expect(all(after[0]?.card)).not.toMatch(/finished/);
    },
  );

  it.each(['hiring spike on Mondays', 'okta login service', 'thanksgiving traffic peak'])(
    '"%s" is not small talk',
    (words) => {
      const [, effects] = step(asking('traffic'), text(words));
      expect(all(effects[0]?.card)).not.toMatch(/^Hi!|Whenever you are ready/);
    },
  );
});

it('"thanks" with no interview does not start one', () => {
  const [state, effects] = step(undefined, text('thanks!'));
  expect(state).toBeUndefined();
  expect(all(effects[0]?.card)).toMatch(/welcome/);
});

describe('change <topic> to <answer>', () => {
  it.each([
    ['change load to steady', 'traffic', 'steady'],
    ['set run time to always running', 'runtime', 'always_on'],
    ['change the starting point to container images', 'starting_point', 'containerized'],
    ['change ops capacity to 2', 'ops', 'moderate'],
  ] as const)('"%s" sets %s to %s in one step', (words, q, a) => {
    const s = asking('isolation', { traffic: 'bursty', runtime: 'short', ops: 'minimal' }, [
      'traffic',
      'runtime',
      'ops',
    ]);
    const [next, effects] = step(s, text(words));
    expect(next?.answers[q]).toBe(a);
    expect(all(effects[0]?.card)).toMatch(/^Changed /);
  });

  it('an answer it cannot match re-asks that question', () => {
    const s = asking('isolation', { traffic: 'bursty' }, ['traffic']);
    const [next, effects] = step(s, text('change load to purple'));
    expect(next?.pending).toBe('traffic');
    expect(all(effects[0]?.card)).toMatch(/couldn't match "purple"/);
  });
});

it('"change load to bursty" when it already is says so and changes nothing', () => {
  const s = asking('isolation', { traffic: 'bursty' }, ['traffic']);
  const [same, effects] = step(s, text('change load to bursty'));
  expect(same).toBe(s);
  expect(all(effects[0]?.card)).toMatch(/load is already Bursty/);
});

describe('loose answers never beat what the extractor reads for the pending question', () => {
  it('"a small GPU box" at the compute question is special hardware, not small', () => {
    const [next] = step(asking('compute'), text('a small GPU box'));
    expect(next?.answers.compute).toBe('special');
  });

  it('a sentence answering the pending question counts as that question asked', () => {
    const s = asking('runtime', { isolation: 'standard' }, ['isolation']);
    const [next] = step(s, text('each job runs for about three hours'));
    expect(next?.answers.runtime).toBe('long');
    expect(next?.described ?? []).not.toContain('runtime');
  });
});
