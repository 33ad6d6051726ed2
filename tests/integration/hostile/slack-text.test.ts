// What people really type at the bot in Slack: very long pastes (Slack escapes & < > so a message of
// 40,000 characters can arrive longer), a bare mention, a 5,000-character slash command, hostile
// markup. Each gets an answer in the right place, and nothing of theirs becomes a live mention.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type SlackHarness, startSlackHarness } from '../../support/slack-app.js';
import { type BotMessage, isQuestion } from '../../support/slack-client.js';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => h?.close());

const lastSeq = () => h.fake.outbound.at(-1)?.seq ?? 0;
const inThread = (ts: string) => (m: BotMessage) => m.threadTs === ts;

it('answers a mention whose escaped text is longer than 40,000 characters', async () => {
  const since = lastSeq();
  // 9,000 `&` are 9,000 characters in Slack and 45,000 once Slack escapes them.
  const text = `<@U0BOT> our nightly batch job runs for 2 hours ${'&amp;'.repeat(9000)}`;
  expect(text.length).toBeGreaterThan(40_000);
  const res = await h.slack.event('app-mention', { text, ts: '1700000000.000101' });
  expect(res.status).toBe(200);
  const reply = await h.fake.waitFor(() =>
    h.slack.messages(since).find((m) => inThread('1700000000.000101')(m) && isQuestion(m)),
  );
  expect(reply.channel).toBe('C2147483705');
});

it('answers a 5,000-character slash command on its response_url', async () => {
  const since = lastSeq();
  const posted = await h.slack.slash({ id: 'U0LONG' }, 'C0LONG', 'web api with steady traffic '.repeat(180));
  expect(posted.status).toBe(200);
  await h.fake.waitFor(() => h.slack.messages(since).find((m) => m.responseUrlId === posted.responseUrlId));
});

it('a bare mention, an empty mention and hostile markup all get answers, none with live mentions', async () => {
  const cases = [
    ['1700000000.000201', '<@U0BOT>'],
    ['1700000000.000202', ''],
    [
      '1700000000.000203',
      '<@U0BOT> <!channel> <@U1> <http://evil.example|click> &lt;!here&gt; \u202e\u200b\u0007 😀 nightly job for 2 hours',
    ],
  ] as const;
  const since = lastSeq();
  for (const [ts, text] of cases) expect((await h.slack.event('app-mention', { text, ts })).status).toBe(200);
  for (const [ts] of cases) await h.fake.waitFor(() => h.slack.messages(since).find(inThread(ts)));
  const said = JSON.stringify(h.slack.messages(since).map((m) => m.args()));
  expect(said).not.toMatch(/<!(channel|here)|<@U1>|<http:\/\/evil/);
});
