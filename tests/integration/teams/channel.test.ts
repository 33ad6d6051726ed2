// Channels and group chats: the bot acts only when @mentioned, answers in the reply chain, starts an
// interview from a workload description, and lets only the starter answer it.
import { describe, expect, it } from 'vitest';
import { scenarios } from '../../support/card-samples.js';
import {
  cardId,
  cardOf,
  cardText,
  channelThread,
  mention,
  message,
  submit,
  submitActions,
  user,
} from '../../support/teams-activities.js';
import { useTeamsHarness } from '../../support/teams-hooks.js';
import { answerUntilRecommendation, findQuestion } from '../../support/teams-interview.js';

const h = useTeamsHarness();

describe('Teams channel', () => {
  it('a mention with a workload description starts an interview in that reply chain; only its starter answers', async () => {
    const thread = channelThread();
    const url = h.connector.serviceUrl;
    const scenario = scenarios()[1] ?? scenarios()[0];
    if (!scenario) throw new Error('no scenarios');
    const opening = mention(thread, url, scenario.text);
    expect(opening.text).toMatch(/^<at>Virt Advisor<\/at> /);
    const res = await h.send(opening);
    expect(res.status).toBe(200);
    expect(res.calls.length).toBeGreaterThan(0);
    // Replies go to the thread's conversation (with ;messageid=) as replies to the mention.
    for (const call of res.calls) {
      expect(call.conversationId).toBe(thread.conversationId);
      expect(call.targetId).toBe(opening.id);
    }
    const ids = res.calls.map(cardId);
    expect(res.calls.map((c) => cardText(cardOf(c))).join('\n')).toMatch(/I read: /);
    const question = findQuestion(res.calls);
    if (!question) throw new Error(`expected a question, got ${ids.join(', ')}`);

    // Someone else presses a button: a polite refusal, the card stays, the interview does not move.
    const answer = submitActions(cardOf(question)).find((a) => (a.data as { q?: string }).q) as {
      data: unknown;
    };
    const bob = await h.send(submit(thread, url, question.id, answer.data, user('bob')));
    expect(bob.status).toBe(200);
    expect(bob.calls.some((c) => c.method === 'PUT')).toBe(false);
    expect(bob.calls.map((c) => cardText(cardOf(c))).join(' ')).toMatch(/only the person who started/i);

    // The starter finishes it with buttons, all inside the thread.
    const { recommendation } = await answerUntilRecommendation(h, thread, res.calls, scenario.answers);
    expect(recommendation.conversationId).toBe(thread.conversationId);
    expect(cardId(recommendation)).toMatch(/^recommendation:(vm|container|serverless)$/);
  });

  it('answers a question asked with a mention, in its thread', async () => {
    const thread = channelThread();
    const ask = mention(thread, h.connector.serviceUrl, 'How long can a Lambda function run?');
    const res = await h.send(ask);
    expect(res.status).toBe(200);
    expect(res.calls).toHaveLength(1);
    expect(cardId(res.calls[0] as never)).toMatch(/^answer:/);
    expect(res.calls[0]?.targetId).toBe(ask.id);
    expect(cardText(cardOf(res.calls[0] as never))).toMatch(/15 minutes|900 seconds/i);
  });

  it('a bare mention starts an interview; messages without a mention are ignored', async () => {
    const thread = channelThread();
    const url = h.connector.serviceUrl;
    const bare = await h.send(mention(thread, url, ''));
    expect(bare.calls.map((c) => cardText(cardOf(c))).join('\n')).toMatch(/"Virt Advisor"/);
    expect(findQuestion(bare.calls)).toBeDefined();
    const chatter = await h.send(message(thread, url, 'unrelated chatter'));
    expect(chatter.status).toBe(200);
    expect(chatter.calls).toEqual([]);
  });

  it('group chat: the same rules as a channel', async () => {
    const group = {
      conversationId: `19:group-${Date.now()}@thread.v2`,
      conversationType: 'groupChat' as const,
    };
    const url = h.connector.serviceUrl;
    expect((await h.send(message(group, url, 'hello team'))).calls).toEqual([]);
    const res = await h.send(mention(group, url, 'help'));
    expect(res.calls.map(cardId)).toEqual(['help']);
  });
});
