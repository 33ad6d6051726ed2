// Several different answers to one Teams question, clicked at once (three people on one shared
// screen, or one impatient user): through the real server and botbuilder to a fake Bot Connector.
// One answer is taken and the interview moves on once; each losing click hears, in one short line,
// which answer was taken — never another copy of a question card. Over Redis the three turns
// interleave their reads and compare-and-sets; the in-process store applies each turn whole.
import { afterAll, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../../support/fake-connector.js';
import { deleteKeys, REDIS_URL, requireRedis, uniqueKeyPrefix } from '../../support/store-redis.js';
import {
  cardId,
  cardOf,
  cardText,
  message,
  personalChat,
  postActivity,
  submit,
  submitActions,
} from '../../support/teams-activities.js';
import { useTeamsHarness } from '../../support/teams-hooks.js';

const redisUp = await requireRedis('Teams simultaneous answers over Redis');
const keyPrefix = uniqueKeyPrefix('teams-race');
afterAll(() => deleteKeys(keyPrefix));

const isQuestion = (c: RecordedCall) => c.method === 'POST' && cardId(c).startsWith('question:');
const isNextStep = (c: RecordedCall) => c.method === 'POST' && /^(question|recommendation):/.test(cardId(c));

describe.each([
  { store: 'the in-process store', env: {}, skip: false },
  { store: 'Redis', env: { REDIS_URL, REDIS_KEY_PREFIX: keyPrefix }, skip: !redisUp },
])('Teams: simultaneous different answers to one question ($store)', ({ env, skip }) => {
  if (skip) return;
  const h = useTeamsHarness(env);
  it('takes one, asks the next question once, and gives each losing click a short note', async () => {
    const place = personalChat();
    const url = h.connector.serviceUrl;
    const start = await h.send(message(place, url, 'start'));
    const question = [...start.calls].reverse().find(isQuestion);
    if (!question) throw new Error('no question card after start');
    const q = cardId(question).slice('question:'.length);
    const answers = submitActions(cardOf(question))
      .filter((a) => (a.data as { q?: string }).q === q)
      .slice(0, 3);
    expect(answers).toHaveLength(3);

    const before = h.connector.calls.length;
    const clicks = answers.map((a) => submit(place, url, question.id, a.data));
    // A Teams turn is answered only after its replies went out, so every reply is in once all three are.
    const acks = await Promise.all(clicks.map((click) => postActivity(h.app.url, click)));
    for (const ack of acks) expect(ack.status).toBe(200);
    const calls = h.connector.calls.slice(before);

    // One answer recorded: the clicked card is replaced once, and one next step is posted.
    const updates = calls.filter((c) => c.method === 'PUT');
    expect(updates.map((c) => [c.targetId, cardId(c)])).toEqual([[question.id, `answered:${q}`]]);
    const next = calls.filter(isNextStep);
    expect(next).toHaveLength(1);
    expect(cardId(next[0] as RecordedCall)).not.toBe(`question:${q}`);

    // The two others: a short note naming the answer taken, with no buttons — not a card copy.
    const taken = cardText(cardOf(updates[0] as RecordedCall)).match(/✓ [^"]*? — ([^"]+)"/)?.[1];
    expect(taken).toBeDefined();
    const notes = calls.filter((c) => c.method === 'POST' && !next.includes(c));
    expect(notes).toHaveLength(2);
    for (const note of notes) {
      const text = cardText(cardOf(note));
      expect(text).toMatch(/already answered/);
      expect(text).toContain(`✓ ${taken}`);
      expect(submitActions(cardOf(note))).toEqual([]);
    }
  });
});
