// Words that are also the names every JavaScript object inherits ("constructor", "toString",
// "__proto__"…) are only words: "runs for a constructor hours" once read as a duration, because the
// unit and number tables were plain objects.
import { describe, expect, it } from 'vitest';
import { ask } from '../../../src/ask.js';
import { step } from '../../../src/conversation.js';
import { extract, looksLikeQuestion } from '../../../src/extract.js';

const INHERITED = Object.getOwnPropertyNames(Object.prototype);
const CONTEXTS = [
  (w: string) => `the job runs for a ${w} hours`,
  (w: string) => `runs for 5 ${w}`,
  (w: string) => `it needs a ${w} GB of memory`,
  (w: string) => `about ${w} requests per second`,
  (w: string) => `20 ${w} req/s at peak`,
];

describe('inherited property names typed as words', () => {
  it('are not read as numbers or units', () => {
    for (const name of INHERITED)
      for (const context of CONTEXTS) {
        const text = context(name.toLowerCase());
        expect(extract(text).answers, text).toEqual(extract(context('banana')).answers);
      }
  });

  it('go through every reader and a conversation without an error', () => {
    for (const name of INHERITED) {
      const at = 1_700_000_000_000;
      expect(() => looksLikeQuestion(name)).not.toThrow();
      expect(() => ask(name)).not.toThrow();
      // A figure's unit in a question ("400 GB": what limit is that?) and retrieval's synonyms.
      expect(() => ask(`what is the max 400 ${name} for lambda`)).not.toThrow();
      expect(() => ask(`${name.toLowerCase()} limits for fargate`)).not.toThrow();
      const [state] = step(undefined, { type: 'start', userId: 'U1', at });
      // Not taken for a typed command: the interview asks its question again.
      const [after, effects] = step(state, { type: 'text', userId: 'U1', at, text: name.toLowerCase() });
      expect(after?.pending).toBe(state?.pending);
      expect(effects.length).toBeGreaterThan(0);
    }
  });
});
