// A whole interview in a Teams personal chat, through the real server and botbuilder, with the
// replies landing on a fake Bot Connector: card buttons, typed answers, in-place card updates.
import { describe, expect, it } from 'vitest';
import type { RecordedCall } from '../../support/fake-connector.js';
import {
  botAdded,
  cardId,
  cardOf,
  cardText,
  message,
  personalChat,
  submit,
  submitActions,
} from '../../support/teams-activities.js';
import { useTeamsHarness } from '../../support/teams-hooks.js';

const h = useTeamsHarness();

const lastQuestion = (calls: RecordedCall[]) =>
  [...calls].reverse().find((c) => c.method === 'POST' && cardId(c).startsWith('question:'));

describe('Teams personal chat', () => {
  it('welcomes the user when the bot is installed, once', async () => {
    const place = personalChat();
    const added = botAdded(place, h.connector.serviceUrl);
    const first = await h.send(added);
    expect(first.status).toBe(200);
    expect(first.calls.map(cardId)).toEqual(['welcome']);
    const again = await h.send(added);
    expect(again.status).toBe(200);
    expect(again.calls).toEqual([]);
  });

  it('runs an interview with card buttons to a recommendation, replacing each answered card in place', async () => {
    const place = personalChat();
    const url = h.connector.serviceUrl;
    const start = await h.send(message(place, url, 'hi'));
    expect(start.status).toBe(200);
    let question = lastQuestion(start.calls);
    expect(question).toBeDefined();
    expect(start.calls.every((c) => c.conversationId === place.conversationId)).toBe(true);
    for (let turn = 0; turn < 12 && question; turn++) {
      const card = cardOf(question);
      expect(card.version).toBe('1.5');
      const q = cardId(question).slice('question:'.length);
      const answers = submitActions(card).filter((a) => (a.data as { q?: string }).q === q);
      expect(answers.length).toBeGreaterThanOrEqual(3);
      const pick = answers[0] as { data: unknown };
      const res = await h.send(submit(place, url, question.id, pick.data));
      expect(res.status).toBe(200);
      // Chat lists and notifications preview each card by its summary, never a bare "Card".
      for (const c of res.calls) expect(c.activity.summary, cardId(c)).toMatch(/\w{3}/);
      // The answered card is replaced in place (PUT on the card's own id) with the compact version.
      const update = res.calls.find((c) => c.method === 'PUT');
      expect(update?.targetId).toBe(question.id);
      expect(update && cardId(update)).toBe(`answered:${q}`);
      const rec = res.calls.find((c) => c.method === 'POST' && cardId(c).startsWith('recommendation:'));
      if (rec) {
        expect(cardId(rec)).toMatch(/^recommendation:(vm|container|serverless)$/);
        const text = cardText(cardOf(rec));
        expect(text).toContain('Action.OpenUrl');
        expect(rec.activity.summary).toMatch(/^Recommendation: /);
        return;
      }
      question = lastQuestion(res.calls);
    }
    throw new Error('no recommendation after 12 answers');
  });

  it('accepts typed answers by number and by name', async () => {
    const place = personalChat();
    const url = h.connector.serviceUrl;
    const start = await h.send(message(place, url, 'start'));
    const first = lastQuestion(start.calls);
    expect(first).toBeDefined();
    const byNumber = await h.send(message(place, url, '1'));
    const second = lastQuestion(byNumber.calls);
    expect(second && cardId(second)).not.toBe(first && cardId(first));
    expect(byNumber.calls.some((c) => c.method === 'PUT')).toBe(false);
    if (!second) return; // one answer was enough
    const option = submitActions(cardOf(second)).find((a) => (a.data as { q?: string }).q)?.title ?? '';
    const byName = await h.send(message(place, url, option.toLowerCase()));
    expect(byName.status).toBe(200);
    const next = byName.calls
      .map(cardId)
      .find((id) => id.startsWith('question:') || id.startsWith('recommendation:'));
    expect(next).toBeDefined();
    expect(next).not.toBe(cardId(second));
  });

  it('answers a redelivered activity once', async () => {
    const place = personalChat();
    const activity = message(place, h.connector.serviceUrl, 'hello');
    const first = await h.send(activity);
    expect(first.calls.length).toBeGreaterThan(0);
    const again = await h.send(activity);
    expect(again.status).toBe(200);
    expect(again.calls).toEqual([]);
  });

  it('a redelivered card submit is applied once: no second update, no skipped question', async () => {
    const place = personalChat();
    const url = h.connector.serviceUrl;
    const start = await h.send(message(place, url, 'start'));
    const question = lastQuestion(start.calls);
    if (!question) throw new Error('no question');
    const pick = submitActions(cardOf(question)).find((a) => (a.data as { q?: string }).q) as {
      data: unknown;
    };
    const press = submit(place, url, question.id, pick.data);
    const first = await h.send(press);
    expect(first.calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
    const again = await h.send(press);
    expect(again.status).toBe(200);
    expect(again.calls).toEqual([]);
  });

  it('works with the Bot Framework Emulator’s activity shape (channel "emulator", no conversationType)', async () => {
    const conversation = { id: `emulator-${Date.now()}|livechat` };
    const base = {
      channelId: 'emulator',
      serviceUrl: h.connector.serviceUrl,
      from: { id: 'emulator-user-1', name: 'User', role: 'user' },
      recipient: { id: 'bot-1', name: 'Bot', role: 'bot' },
      conversation,
      localTimestamp: new Date().toISOString(),
      locale: 'en-US',
    };
    const joined = await h.send({
      ...base,
      id: 'u1',
      type: 'conversationUpdate',
      membersAdded: [base.from, base.recipient],
    });
    expect(joined.calls.map(cardId)).toEqual(['welcome']);
    const hello = await h.send({
      ...base,
      id: 'u2',
      type: 'message',
      text: 'a nightly batch job that runs for 3 hours',
    });
    expect(hello.status).toBe(200);
    expect(hello.calls.map((c) => cardText(cardOf(c))).join('\n')).toMatch(/I read: /);
  });

  it('refuses bodies that are not activities with a short 400, and never a stack trace', async () => {
    for (const body of ['{not json', '[]', '{}', JSON.stringify({ type: 'message' })]) {
      const res = await h.send(body);
      expect(res.status).toBe(400);
      expect(res.body).not.toMatch(/\bat \w+ \(|node_modules/);
      expect(JSON.parse(res.body)).toHaveProperty('error');
    }
    const big = await h.send(JSON.stringify({ type: 'message', text: 'x'.repeat(1_200_000) }));
    expect(big.status).toBe(413);
  });
});

describe('Teams turn errors', () => {
  it('logs a failed turn, tries to tell the user briefly, and never leaks a stack trace', async () => {
    const place = personalChat();
    h.connector.failWith(400);
    try {
      const res = await h.send(message(place, h.connector.serviceUrl, 'hi'));
      expect(res.status).toBe(200);
      expect(res.body).toBe('');
      // The reply was attempted, failed, and the apology was attempted too.
      const apology = res.calls.at(-1);
      expect(apology && cardText(cardOf(apology))).toMatch(/something went wrong/i);
      expect(JSON.stringify(res.calls.map((c) => c.activity))).not.toMatch(/\bat \w+ \(|node_modules/);
      expect(h.logs.some((l) => l.level === 'error' && l.msg === 'Teams turn failed')).toBe(true);
    } finally {
      h.connector.failWith(undefined);
    }
  });
});
