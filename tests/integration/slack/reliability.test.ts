// Slack needs a 2xx within 3 s whatever the Web API does: with a fake Slack that answers nothing
// until the test lets it, every kind of request is still acknowledged. Failed posts are apologised for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APOLOGY } from '../../../adapters/slack/deliver.js';
import { FAKE_BOT_USER } from '../../support/fake-slack.js';
import { type SlackHarness, startSlackHarness } from '../../support/slack-app.js';
import { buttonsOf, isQuestion } from '../../support/slack-client.js';

let h: SlackHarness;
/** Lets the held Web API answer again (a no-op while it is not held). */
let release = () => {};
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => {
  release();
  await h?.close();
}, 60_000);

const lastSeq = () => h.fake.outbound.at(-1)?.seq ?? 0;

describe('acknowledgement while the Slack API does not answer', () => {
  it('acks slash commands, button clicks, mentions and DMs without waiting for the Web API', async () => {
    // A real question to click, fetched while the fake is still fast.
    const since = lastSeq();
    const started = await h.slack.slash({ id: 'U0SLOW' }, 'C0SLOW', '');
    const question = await h.fake.waitFor(() =>
      h.slack.messages(since).find((m) => m.responseUrlId === started.responseUrlId && isQuestion(m)),
    );
    const button = buttonsOf(question).find((b) => typeof b.parsed.q === 'string');
    if (!button) throw new Error('no answer button');

    // The fake records a post only once it answers it, and it answers nothing until released:
    // four acks back while nothing is recorded means none of them waited for the Web API.
    release = h.fake.hold();
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
    console.info(`Slack ack latency with a Web API that does not answer (ms): ${JSON.stringify(ms)}`);
    const answered = h.fake.outbound.slice(answeredBefore);
    release(); // before any assertion, so a failure here does not hold the tests after it
    for (const [kind, posted] of Object.entries(timings)) expect(posted.status, kind).toBe(200);
    // (A reply carried in the slash command's own ack body is recorded at once; it waited for nothing.)
    expect(answered.filter((o) => o.responseUrlId !== timings.slash.responseUrlId)).toEqual([]);
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
    // The same user is served on, and the help reply is all that reached Slack since.
    const ok = await h.slack.slash({ id: 'U0EXPIRED' }, 'C0EXP', 'help');
    await h.fake.waitFor(() => h.slack.messages(since).find((m) => m.responseUrlId === ok.responseUrlId));
    expect(h.slack.messages(since).map((m) => m.responseUrlId)).toEqual([ok.responseUrlId]);
  });
});
