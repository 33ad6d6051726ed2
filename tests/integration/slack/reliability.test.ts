// Slack needs a 2xx within 3 s whatever the Web API does: with a fake Slack that takes 5 s to
// answer, every kind of request is still acknowledged at once. Failed posts are apologised for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APOLOGY } from '../../../adapters/slack/deliver.js';
import { FAKE_BOT_USER } from '../../support/fake-slack.js';
import { type SlackHarness, startSlackHarness } from '../../support/slack-app.js';
import { buttonsOf, isQuestion } from '../../support/slack-client.js';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => {
  if (h) h.fake.delayMs = 0;
  await h?.close();
}, 60_000);

const lastSeq = () => h.fake.outbound.at(-1)?.seq ?? 0;

describe('acknowledgement while the Slack API is slow (5 s)', () => {
  it('acks slash commands, button clicks, mentions and DMs well under 3 s', async () => {
    // A real question to click, fetched while the fake is still fast.
    const since = lastSeq();
    const started = await h.slack.slash({ id: 'U0SLOW' }, 'C0SLOW', '');
    const question = await h.fake.waitFor(() =>
      h.slack.messages(since).find((m) => m.responseUrlId === started.responseUrlId && isQuestion(m)),
    );
    const button = buttonsOf(question).find((b) => typeof b.parsed.q === 'string');
    if (!button) throw new Error('no answer button');

    // The fake records a post only once it answers it, 5 s later: nothing recorded by the time all
    // four acks are back means none of them waited for the Web API.
    h.fake.delayMs = 5000;
    const answeredBefore = h.fake.outbound.length;
    const timings = {
      slash: await h.slack.slash({ id: 'U0SLOW2' }, 'C0SLOW', ''),
      click: await h.slack.click({ id: 'U0SLOW' }, question, button),
      mention: await h.slack.event('app-mention', {
        user: 'U0SLOW3',
        channel: 'C0SLOW',
        ts: '1700001000.000100',
        text: `<@${FAKE_BOT_USER}> What is Lambda?`,
      }),
      dm: await h.slack.event('message-im', {
        user: 'U0SLOW4',
        channel: 'D0SLOW',
        ts: '1700001000.000200',
        text: 'hello',
      }),
    };
    const ms = Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v.ms)]));
    console.info(`Slack ack latency with a 5 s-slow Web API (ms): ${JSON.stringify(ms)}`);
    h.fake.delayMs = 0; // before any assertion, so a failure here does not slow the tests after it
    for (const [kind, posted] of Object.entries(timings)) expect(posted.status, kind).toBe(200);
    // (A reply carried in the slash command's own ack body is recorded at once; it waited for nothing.)
    const answered = h.fake.outbound
      .slice(answeredBefore)
      .filter((o) => o.responseUrlId !== timings.slash.responseUrlId);
    expect(answered).toEqual([]);
    // The server stays healthy while the posts time out behind it.
    expect((await fetch(`${h.app.url}/healthz`)).status).toBe(200);
  });
});

describe('failed posts', () => {
  it('apologises privately when posting the answer fails, and keeps serving', async () => {
    const since = lastSeq();
    h.fake.failNext('chat.postMessage', 'channel_not_found');
    await h.slack.event('app-mention', {
      user: 'U0UNLUCKY',
      channel: 'C0FAIL',
      ts: '1700002000.000100',
      text: `<@${FAKE_BOT_USER}> What is Fargate?`,
    });
    const apology = await h.fake.waitFor(() =>
      // Posts of the slow test above may still be apologised for now; wait for this user's apology.
      h.slack.messages(since).find((m) => m.method === 'chat.postEphemeral' && m.args().user === 'U0UNLUCKY'),
    );
    expect(apology.threadTs).toBe('1700002000.000100');
    expect(apology.text).toBe(APOLOGY);
    expect(JSON.stringify(apology.blocks)).not.toMatch(/at .*\.ts:|Error:/);
  });

  it('does not wait out a 429: the rate-limited call fails at once and the user hears about it', async () => {
    const since = lastSeq();
    h.fake.failNext('chat.postMessage', 'ratelimited');
    await h.slack.event('app-mention', {
      user: 'U0LIMITED',
      channel: 'C0LIMIT',
      ts: '1700003000.000100',
      text: `<@${FAKE_BOT_USER}> What is EKS?`,
    });
    const apology = await h.fake.waitFor(() =>
      h.slack.messages(since).find((m) => m.method === 'chat.postEphemeral' && m.args().user === 'U0LIMITED'),
    );
    expect(apology.text).toBe(APOLOGY);
  });

  it('survives an expired response_url', async () => {
    const since = lastSeq();
    const body = h.slack.slashBody({ id: 'U0EXPIRED' }, 'C0EXP', '', `${h.fake.url}/nowhere/expired`);
    expect((await h.slack.send(body, 'application/x-www-form-urlencoded')).status).toBe(200);
    await new Promise((r) => setTimeout(r, 500));
    expect(h.slack.messages(since)).toEqual([]);
    const ok = await h.slack.slash({ id: 'U0EXPIRED' }, 'C0EXP', 'help');
    await h.fake.waitFor(() => h.slack.messages(since).find((m) => m.responseUrlId === ok.responseUrlId));
  });
});
