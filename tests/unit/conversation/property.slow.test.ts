// Property tests: any sequence of events — valid, stale, forged, from two users — never throws,
// always leaves a state that validates, and never lets a second user change the first user's interview.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConversationState, step, TAKEOVER_AFTER_MS } from '../../../src/conversation.js';
import { typedCommand } from '../../../src/conversation-input.js';
import { KIND_IDS, QUESTION_IDS, QUESTION_OPTIONS } from '../../../src/domain.js';
import type { CoreEvent } from '../../../src/events.js';

const users = fc.constantFrom('U1', 'U2');
const answer = fc
  .constantFrom(...QUESTION_IDS)
  .chain((q) => fc.record({ q: fc.constant(q), a: fc.constantFrom(...QUESTION_OPTIONS[q], 'unsure') }));
const buttonValue = fc.oneof(
  { weight: 6, arbitrary: answer },
  { weight: 2, arbitrary: answer.map((v) => JSON.stringify(v)) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom('back', 'restart', 'compare', 'start', 'help', 'share')
      .map((action) => ({ action })),
  },
  { weight: 1, arbitrary: fc.constantFrom(...QUESTION_IDS, 'nope').map((q) => ({ action: 'change', q })) },
  { weight: 1, arbitrary: fc.anything() },
);
const words = fc.oneof(
  fc.constantFrom(
    '1',
    '2',
    '3',
    '9',
    'not sure',
    'back',
    'restart',
    'help',
    'compare',
    'share',
    'change runtime',
    '',
  ),
  fc.constantFrom(
    'How long can a Lambda run?',
    'We run a nightly 3 hour ETL on 64 GB',
    'GPUs!',
    '<!channel> `rm -rf`',
  ),
  fc.string({ maxLength: 40 }),
);
const event = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('start' as const),
      userId: users,
      text: fc.option(words, { nil: undefined }),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({ type: fc.constant('button' as const), userId: users, value: buttonValue }),
  },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('text' as const), userId: users, text: words }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('ask' as const), userId: users, text: words }) },
);

const isStartButton = (value: unknown): boolean => {
  const v = typeof value === 'string' ? value : JSON.stringify(value ?? null);
  return /"action":"(start|restart)"/.test(v ?? '');
};

describe('conversation properties', () => {
  it('never throws, always validates, and only the owner moves the interview', () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 14 }), fc.nat(40 * 60 * 1000), (raw, gap) => {
        let state: ConversationState | undefined;
        let at = 1_000;
        for (const partial of raw) {
          at += gap;
          const e = { ...partial, at } as CoreEvent;
          if (e.type === 'start' && e.text === undefined) delete e.text;
          const before = state;
          const [next, effects] = step(state, e);
          if (next !== undefined) expect(ConversationState.parse(next)).toEqual(next);
          for (const effect of effects) {
            expect(effect.card.elements.length).toBeGreaterThan(0);
            const first = effect.card.elements[0];
            const id = first && 'id' in first ? (first.id ?? '') : '';
            if (effect.card.kind === 'recommendation') {
              expect(KIND_IDS).toContain(id.replace(/^recommendation:/, ''));
            }
          }
          const foreign = before !== undefined && e.userId !== before.ownerId;
          // Only a start after the takeover delay may replace someone else's interview.
          const starts =
            e.type === 'start' ||
            (e.type === 'button' && isStartButton(e.value)) ||
            (e.type === 'text' && ['start', 'restart'].includes(typedCommand(e.text) ?? ''));
          if (foreign && !starts) expect(next).toBe(before);
          if (foreign && starts && next !== before) {
            expect(next?.ownerId).toBe(e.userId);
            expect(before.phase === 'done' || at - before.updatedAt >= TAKEOVER_AFTER_MS).toBe(true);
          }
          state = next;
        }
      }),
      { numRuns: 150 },
    );
  });
});
