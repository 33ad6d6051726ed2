// Mentions answer in their thread and DMs work like a personal chat; only the starter can answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarios } from '../../support/card-samples.js';
import { FAKE_BOT_ID, FAKE_BOT_USER } from '../../support/fake-slack.js';
import { type SlackHarness, startSlackHarness } from '../../support/slack-app.js';
import { type BotMessage, buttonsOf, firstBlockId, isQuestion } from '../../support/slack-client.js';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => h?.close());

const lastSeq = () => h.fake.outbound.at(-1)?.seq ?? 0;
const settle = () => new Promise((r) => setTimeout(r, 300));

describe('app_mention in a channel', () => {
  it('answers a question in the thread of the mention', async () => {
    const since = lastSeq();
    const posted = await h.slack.event('app-mention', {
      user: 'U0ASKER',
      channel: 'C0TEAM',
      ts: '1700000100.000100',
      text: `<@${FAKE_BOT_USER}> How long can a Lambda function run?`,
    });
    expect(posted.status).toBe(200);
    const answer = await h.fake.waitFor(() =>
      h.slack.messages(since).find((m) => m.method === 'chat.postMessage'),
    );
    expect(answer.channel).toBe('C0TEAM');
    expect(answer.threadTs).toBe('1700000100.000100');
    expect(firstBlockId(answer)).toMatch(/^answer:/);
  });

  it('runs a whole interview in the thread, from a description, to an accepted recommendation', async () => {
    const scenario = scenarios().find((s) => s.accept.includes('container')) ?? scenarios()[0];
    if (!scenario) throw new Error('no scenarios');
    const thread = '1700000200.000200';
    const user = { id: 'U0STARTER' };
    const since = lastSeq();
    await h.slack.event('app-mention', {
      user: user.id,
      channel: 'C0TEAM',
      ts: thread,
      text: `<@${FAKE_BOT_USER}> ${scenario.text}`,
    });
    const inThread = (m: BotMessage) => m.channel === 'C0TEAM' && m.threadTs === thread;
    const { recommendation } = await h.slack.interview(
      user,
      scenario.answers as Record<string, string>,
      since,
      inThread,
    );
    expect(scenario.accept).toContain(firstBlockId(recommendation).split(':')[1]);
    expect(recommendation.method).toBe('chat.postMessage');
    // Everyone in the thread already sees it: no Share button to repeat it.
    expect(buttonsOf(recommendation).some((b) => b.parsed.action === 'share')).toBe(false);
    // Answers were recorded in place with chat.update on the question messages.
    const updates = h.slack
      .messages(since)
      .filter((m) => m.method === 'chat.update' && m.channel === 'C0TEAM');
    expect(updates.length).toBeGreaterThan(0);
    for (const u of updates) expect(firstBlockId(u)).toMatch(/^(answered|understood)/);
  });

  it('takes a typed answer when the starter mentions the bot in the thread', async () => {
    const thread = '1700000250.000100';
    const since = lastSeq();
    await h.slack.event('app-mention', {
      user: 'U0TYPIST',
      channel: 'C0TEAM',
      ts: thread,
      text: `<@${FAKE_BOT_USER}>`,
    });
    const first = await h.fake.waitFor(() =>
      h.slack.messages(since).find((m) => m.threadTs === thread && isQuestion(m)),
    );
    const replySince = lastSeq();
    await h.slack.event('app-mention', {
      user: 'U0TYPIST',
      channel: 'C0TEAM',
      ts: '1700000250.000200',
      thread_ts: thread,
      text: `<@${FAKE_BOT_USER}> not sure`,
    });
    const second = await h.fake.waitFor(() =>
      h.slack.messages(replySince).find((m) => m.threadTs === thread && isQuestion(m)),
    );
    expect(firstBlockId(second)).not.toBe(firstBlockId(first));
  });

  it('tells anyone else who clicks, privately, to start their own', async () => {
    const thread = '1700000300.000300';
    const since = lastSeq();
    await h.slack.event('app-mention', {
      user: 'U0OWNER',
      channel: 'C0TEAM',
      ts: thread,
      text: `<@${FAKE_BOT_USER}>`,
    });
    const question = await h.fake.waitFor(() =>
      h.slack.messages(since).find((m) => m.threadTs === thread && isQuestion(m)),
    );
    const button = buttonsOf(question).find((b) => typeof b.parsed.q === 'string');
    if (!button) throw new Error('no answer button');
    const clickSince = lastSeq();
    await h.slack.click({ id: 'U0INTRUDER' }, question, button);
    const notice = await h.fake.waitFor(() =>
      h.slack.messages(clickSince).find((m) => m.method === 'chat.postEphemeral'),
    );
    expect(notice.args().user).toBe('U0INTRUDER');
    expect(notice.threadTs).toBe(thread);
    expect(notice.text).toMatch(/only the person who started/i);
    await settle();
    expect(h.slack.messages(clickSince).filter((m) => m.method !== 'chat.postEphemeral')).toEqual([]);
  });
});

describe('simultaneous different answers to one question in a thread', () => {
  it('takes one, posts the next question once, and tells each losing click privately which answer was taken', async () => {
    const thread = '1700000350.000100';
    const user = { id: 'U0CLICKER' };
    const since = lastSeq();
    await h.slack.event('app-mention', {
      user: user.id,
      channel: 'C0TEAM',
      ts: thread,
      text: `<@${FAKE_BOT_USER}>`,
    });
    const question = await h.fake.waitFor(() =>
      h.slack.messages(since).find((m) => m.threadTs === thread && isQuestion(m)),
    );
    const q = buttonsOf(question).find((b) => typeof b.parsed.q === 'string')?.parsed.q;
    const answers = buttonsOf(question)
      .filter((b) => b.parsed.q === q)
      .slice(0, 3);
    expect(answers).toHaveLength(3);
    const clickSince = lastSeq();
    await Promise.all(answers.map((button) => h.slack.click(user, question, button)));
    // Every click is answered: one recorded in place and the next question, two private notes. The
    // three turns finish in any order, so wait for all four posts before reading them.
    const said = await h.fake.waitFor(() => {
      const found = h.slack.messages(clickSince);
      const count = (method: string) => found.filter((m) => m.method === method).length;
      return count('chat.postEphemeral') >= 2 && count('chat.update') >= 1 && count('chat.postMessage') >= 1
        ? found
        : undefined;
    });
    const notes = said.filter((m) => m.method === 'chat.postEphemeral');
    const updated = said.filter((m) => m.method === 'chat.update');
    expect(updated.map(firstBlockId)).toEqual([`answered:${q}`]);
    const next = said.filter((m) => m.method === 'chat.postMessage');
    expect(next).toHaveLength(1);
    expect(
      isQuestion(next[0] as BotMessage) || firstBlockId(next[0] as BotMessage).startsWith('recommendation:'),
    ).toBe(true);
    const taken = /— ([^"]+)"/.exec(JSON.stringify(updated[0]?.blocks))?.[1];
    expect(taken).toBeDefined();
    expect(notes).toHaveLength(2);
    for (const note of notes) {
      expect(note.args().user).toBe(user.id);
      expect(note.threadTs).toBe(thread);
      expect(note.text).toContain(`already answered — ✓ ${taken}`);
      expect(buttonsOf(note)).toEqual([]);
    }
  });
});

describe('direct messages', () => {
  it('holds a whole conversation in the DM channel', async () => {
    const scenario = scenarios()[2];
    if (!scenario) throw new Error('no scenarios');
    const user = { id: 'U0DMUSER' };
    const since = lastSeq();
    await h.slack.event('message-im', {
      user: user.id,
      channel: 'D0DM',
      ts: '1700000400.000100',
      text: 'hi',
    });
    const inDm = (m: BotMessage) => m.channel === 'D0DM';
    const { recommendation } = await h.slack.interview(
      user,
      scenario.answers as Record<string, string>,
      since,
      inDm,
    );
    expect(scenario.accept).toContain(firstBlockId(recommendation).split(':')[1]);
    expect(recommendation.threadTs).toBeUndefined();
  });

  it('ignores bot messages, message subtypes and its own messages', async () => {
    const since = lastSeq();
    await h.slack.event('message-im', {
      user: 'U0DMUSER',
      channel: 'D0DM',
      ts: '1700000500.1',
      text: 'edited',
      subtype: 'message_changed',
    });
    await h.slack.event('message-im', {
      user: 'U0OTHERBOT',
      channel: 'D0DM',
      ts: '1700000500.2',
      text: 'beep',
      bot_id: 'B0OTHER',
    });
    await h.slack.event('message-im', {
      user: FAKE_BOT_USER,
      channel: 'D0DM',
      ts: '1700000500.3',
      text: 'my own words',
      bot_id: FAKE_BOT_ID,
    });
    await settle();
    expect(h.slack.messages(since)).toEqual([]);
  });
});
