// Two servers sharing one Redis, as two replicas behind a load balancer (two apps in this process,
// each with its own Redis client: nothing here is about the process itself): an interview whose
// requests alternate between them ends where it would on one server; one delivery sent to both is
// answered once; simultaneous answers to one conversation are applied one after the other or
// refused politely, never both applied to the same old state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { optionLabel } from '../../../knowledge/questions.js';
import type { QuestionId } from '../../../src/domain.js';
import { type InProcessServer, startInProcess } from '../../support/server-process.js';
import { type FakeConnector, startFakeConnector } from '../../support/store-connector.js';
import { PROFILES } from '../../support/store-profiles.js';
import { deleteKeys, REDIS_URL, rawRedis, requireRedis, uniqueKeyPrefix } from '../../support/store-redis.js';
import {
  activity,
  answerChoices,
  interview,
  newChat,
  pickFrom,
  post,
  readTurn,
  textOf,
  turn,
} from '../../support/store-teams.js';

const up = await requireRedis('two-replica tests');
const keyPrefix = uniqueKeyPrefix('replicas');

describe.skipIf(!up)('two replicas sharing one Redis', () => {
  let connector: FakeConnector;
  let a: InProcessServer;
  let b: InProcessServer;
  const redis = rawRedis();

  beforeAll(async () => {
    connector = await startFakeConnector();
    const env = { REDIS_URL, REDIS_KEY_PREFIX: keyPrefix };
    [a, b] = await Promise.all([startInProcess(env), startInProcess(env)]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await connector?.close();
    redis.disconnect();
    await deleteKeys(keyPrefix);
  });

  /** The stored record of the conversation a user owns (found by content: the key format is the adapter's). */
  async function stored(
    userId: string,
  ): Promise<{ version: number; state: Record<string, unknown> } | undefined> {
    for (const key of await redis.keys(`${keyPrefix}conv:*`)) {
      const [v, d] = await redis.hmget(key, 'v', 'd');
      if (v && d?.includes(userId)) return { version: Number(v), state: JSON.parse(d) };
    }
    return undefined;
  }

  it.each(Object.keys(PROFILES))(
    'alternating replicas reach the one-process recommendation (%s)',
    async (name) => {
      const pick = pickFrom(PROFILES[name] ?? {});
      const single = await interview({
        connector,
        chat: newChat(connector, `one-${name}`),
        servers: [a.url],
        pick,
      });
      const alternating = await interview({
        connector,
        chat: newChat(connector, `alt-${name}`),
        servers: [a.url, b.url],
        pick,
      });
      expect(['vm', 'container', 'serverless']).toContain(single.primary);
      expect(alternating).toEqual(single);
    },
  );

  it('answers one delivery sent to both replicas once', async () => {
    // A typed message, not a click: the core would quietly ignore a repeated identical click on
    // its own, so only delivery deduplication can keep a repeated message from being answered twice.
    const chat = newChat(connector, 'dup');
    await turn(connector, chat, a.url, activity(chat, { text: 'hi' }));
    const before = connector.callsFor(chat.conversationId).length;
    const message = activity(chat, { text: 'what does this mean?', id: 'same-activity-id' });
    const acks = await Promise.all([post(a.url, message), post(b.url, message), post(a.url, message)]);
    // A Teams turn is answered only after its replies went out, so every reply is in by now.
    for (const ack of acks) expect(ack.status).toBeLessThan(300);
    const after = connector.callsFor(chat.conversationId).slice(before);
    expect(after.length).toBeGreaterThan(0);
    const single = newChat(connector, 'dup-baseline');
    await turn(connector, single, a.url, activity(single, { text: 'hi' }));
    const baselineBefore = connector.callsFor(single.conversationId).length;
    await post(a.url, activity(single, { text: 'what does this mean?' }));
    expect(after).toHaveLength(connector.callsFor(single.conversationId).length - baselineBefore);
    expect(after.map(textOf).join('\n')).not.toMatch(/trouble|went wrong/i);
  });

  it('applies one of several simultaneous answers, refuses the rest politely, and loses no turn', async () => {
    const chat = newChat(connector, 'race');
    const first = await turn(connector, chat, a.url, activity(chat, { text: 'hi' }));
    const question = first.question;
    expect(question).toBeDefined();
    const before = await stored(chat.userId);
    expect(before?.state.pending).toBe(question?.q);

    // Every option of the pending question, clicked at once, spread over both replicas.
    const clicks = (question?.choices ?? []).map((c) => activity(chat, { value: c.data }));
    const callsBefore = connector.callsFor(chat.conversationId).length;
    const acks = await Promise.all(clicks.map((click, i) => post(i % 2 === 0 ? a.url : b.url, click)));
    for (const ack of acks) expect(ack.status).toBeLessThan(300);

    const options = new Set(question?.choices.map((c) => c.a));
    const after = await stored(chat.userId);
    const answers = after?.state.answers as Record<string, string>;
    // Exactly one write: two answers applied to the same old state would have written twice.
    expect(after?.version).toBe((before?.version ?? 0) + 1);
    expect(options.has(answers[question?.q ?? ''] ?? '')).toBe(true);

    // Everyone hears back: one next question, and a polite refusal for each click that lost.
    const replies = await connector.waitFor(
      chat.conversationId,
      (calls) => calls.slice(callsBefore).filter((c) => c.method === 'POST').length >= clicks.length,
    );
    const posted = replies.slice(callsBefore).filter((c) => c.method === 'POST');
    // A refusal is one short line naming the answer taken; only the winner carries the next question.
    const taken = optionLabel(question?.q as QuestionId, answers[question?.q ?? ''] ?? '');
    const refusals = posted.filter((c) => /already answered/i.test(textOf(c)));
    for (const refusal of refusals) {
      expect(textOf(refusal)).toContain(`✓ ${taken}`);
      expect(answerChoices(refusal)).toEqual([]);
    }
    const next = posted.filter(
      (c) => !refusals.includes(c) && answerChoices(c).some((choice) => choice.q !== question?.q),
    );
    expect(next).toHaveLength(1);
    expect(refusals).toHaveLength(clicks.length - 1);
    expect(posted.map(textOf).join('\n')).not.toMatch(/trouble|went wrong|while I was still recording/i);

    // And the interview carries on from the answer that won.
    const nextTurn = { posted: acks[0] ?? { status: 200, ms: 0 }, calls: next, ...readTurn(next) };
    const done = await interview({
      connector,
      chat,
      servers: [b.url, a.url],
      pick: pickFrom({}),
      from: nextTurn,
    });
    expect(['vm', 'container', 'serverless']).toContain(done.primary);
  });
});
