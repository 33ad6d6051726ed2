// A DM interview survives what else arrives in the DM: a file shared without a comment (Slack's
// file_share message with empty text) or a bare @mention must not restart it; the next click still
// answers the question that was asked.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type SlackHarness, startSlackHarness } from '../../support/slack-app.js';
import { type BotMessage, buttonsOf, isQuestion } from '../../support/slack-client.js';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => h?.close());

const lastSeq = () => h.fake.outbound.at(-1)?.seq ?? 0;
const settle = (ms = 500) => new Promise((r) => setTimeout(r, ms));
const USER = { id: 'U2147483697' }; // the fixture's DM author
const questionAfter = (since: number) =>
  h.fake.waitFor(() => h.slack.messages(since).find((m) => !m.replaces && isQuestion(m)));
/** The question a message asks: its answer buttons' q (a Change button of the lead has no a). */
const questionId = (m: BotMessage) => String(buttonsOf(m).find((b) => 'a' in b.parsed)?.parsed.q);

it.each([
  ['a file shared without a comment', { text: '', subtype: 'file_share', files: [{ id: 'F0X' }] }],
  ['a bare @mention', { text: '<@U0BOT>' }],
])('%s mid-interview neither restarts nor repeats anything', async (_name, noise) => {
  const channel = `D0STATE${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
  let since = lastSeq();
  await h.slack.event('message-im', { text: 'our nightly batch job runs for 2 hours', channel });
  const first = await questionAfter(since);
  since = lastSeq();
  const button = buttonsOf(first).find((b) => b.parsed.q === questionId(first));
  if (!button) throw new Error('no answer button');
  await h.slack.click(USER, first, button);
  const second = await questionAfter(since);
  expect(questionId(second)).not.toBe(questionId(first));

  since = lastSeq();
  expect((await h.slack.event('message-im', { ...noise, channel })).status).toBe(200);
  await settle();
  expect(h.slack.messages(since)).toEqual([]);

  // The question on screen still answers, and the interview moves on from it.
  const next = buttonsOf(second).find((b) => b.parsed.q === questionId(second));
  if (!next) throw new Error('no answer button');
  await h.slack.click(USER, second, next);
  const after = await h.fake.waitFor(() =>
    h.slack
      .messages(since)
      .find((m) => !m.replaces && (isQuestion(m) || m.blocks[0]?.block_id !== undefined)),
  );
  expect(after.text).not.toMatch(/^Virt Advisor: I help you/);
});
