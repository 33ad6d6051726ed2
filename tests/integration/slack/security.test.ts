// Every request is signed and fresh (|now − ts| ≤ 300 s, including the future case Bolt lets
// through); a retried event is answered once; user text never becomes a live mention or link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../../adapters/slack/http-route.js';
import { STALE_BUTTON } from '../../../adapters/slack/listeners.js';
import { FAKE_BOT_USER } from '../../support/fake-slack.js';
import { type SlackHarness, startSlackHarness } from '../../support/slack-app.js';
import { buttonsOf } from '../../support/slack-client.js';
import { slackSignature, TEST_SIGNING_SECRET } from '../../support/slack-sign.js';
import { type LogEntry, recordingLogger } from '../../support/teams-logger.js';

let h: SlackHarness;
const logs: LogEntry[] = [];
beforeAll(async () => {
  h = await startSlackHarness({}, recordingLogger(logs));
});
afterAll(async () => h?.close());

const lastSeq = () => h.fake.outbound.at(-1)?.seq ?? 0;
const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));
const refusals = () => logs.filter((e) => e.msg === 'refused an unsigned or stale Slack request').length;
const now = () => Math.floor(Date.now() / 1000);
const FORM = 'application/x-www-form-urlencoded';

describe('request authenticity', () => {
  const body = () => h.slack.slashBody({ id: 'U0EVE' }, 'C0SEC', '', h.fake.responseUrl());

  it.each([
    [
      'a forged signature',
      (raw: string) => ({
        'x-slack-request-timestamp': String(now()),
        'x-slack-signature': slackSignature('not-the-secret', now(), raw),
      }),
    ],
    [
      'a signature over another body',
      (raw: string) => ({
        'x-slack-request-timestamp': String(now()),
        'x-slack-signature': slackSignature(TEST_SIGNING_SECRET, now(), `${raw}x`),
      }),
    ],
    ['no signature headers', () => ({})],
    [
      'no timestamp header',
      (raw: string) => ({ 'x-slack-signature': slackSignature(TEST_SIGNING_SECRET, now(), raw) }),
    ],
    [
      'a stale timestamp (-301 s), correctly signed',
      (raw: string) => ({
        'x-slack-request-timestamp': String(now() - 301),
        'x-slack-signature': slackSignature(TEST_SIGNING_SECRET, now() - 301, raw),
      }),
    ],
    [
      'a future timestamp (+400 s), correctly signed',
      (raw: string) => ({
        'x-slack-request-timestamp': String(now() + 400),
        'x-slack-signature': slackSignature(TEST_SIGNING_SECRET, now() + 400, raw),
      }),
    ],
  ])('refuses %s with 401 and posts nothing', async (_name, headers) => {
    const since = lastSeq();
    const refusedBefore = refusals();
    const raw = body();
    const res = await h.slack.send(raw, FORM, headers(raw), false);
    expect(res.status).toBe(401);
    expect(res.body).toBe('');
    // Refused (and logged) before Bolt sees the request, and only then answered: nothing can follow.
    expect(refusals()).toBe(refusedBefore + 1);
    expect(h.slack.messages(since)).toEqual([]);
  });

  it('refuses an unsigned ssl_check or url_verification too, and answers a signed challenge', async () => {
    expect((await h.slack.send('ssl_check=1&token=x', FORM, {}, false)).status).toBe(401);
    const challenge = JSON.stringify({ type: 'url_verification', token: 'x', challenge: 'c-123' });
    expect((await h.slack.send(challenge, 'application/json', {}, false)).status).toBe(401);
    const signed = await h.slack.send(challenge, 'application/json');
    expect(signed.status).toBe(200);
    expect(JSON.parse(signed.body)).toEqual({ challenge: 'c-123' });
  });

  it('refuses an oversized body with 413 without reading it all', async () => {
    const res = await h.slack.send(`text=${'a'.repeat(MAX_BODY_BYTES + 1)}`, FORM);
    expect(res.status).toBe(413);
  });

  it('accepts a correctly signed request a little in the past and future', async () => {
    for (const skew of [-290, 290]) {
      const raw = body();
      const ts = now() + skew;
      const res = await h.slack.send(
        raw,
        FORM,
        {
          'x-slack-request-timestamp': String(ts),
          'x-slack-signature': slackSignature(TEST_SIGNING_SECRET, ts, raw),
        },
        false,
      );
      expect(res.status).toBe(200);
    }
  });
});

describe('retried events', () => {
  it('answers an event once even when Slack retries it with the same event_id', async () => {
    const since = lastSeq();
    const event = {
      user: 'U0RETRY',
      channel: 'C0RETRY',
      ts: '1700000600.000100',
      text: `<@${FAKE_BOT_USER}> What is AWS Fargate?`,
    };
    expect((await h.slack.event('app-mention', event, { eventId: 'Ev0RETRY1' })).status).toBe(200);
    await h.fake.waitFor(() => h.slack.messages(since).find((m) => m.channel === 'C0RETRY'));
    for (const retryNum of [1, 2, 3]) {
      expect((await h.slack.event('app-mention', event, { eventId: 'Ev0RETRY1', retryNum })).status).toBe(
        200,
      );
    }
    await settle(600);
    expect(h.slack.messages(since).filter((m) => m.channel === 'C0RETRY')).toHaveLength(1);
  });

  it('still answers a different event in the same thread', async () => {
    const since = lastSeq();
    const event = {
      user: 'U0RETRY',
      channel: 'C0RETRY2',
      ts: '1700000700.000100',
      text: `<@${FAKE_BOT_USER}> What is AWS Lambda?`,
    };
    await h.slack.event('app-mention', event, { eventId: 'Ev0DIFF1' });
    await h.slack.event(
      'app-mention',
      { ...event, ts: '1700000700.000200', thread_ts: event.ts },
      { eventId: 'Ev0DIFF2' },
    );
    await h.fake.waitFor(() => h.slack.messages(since).filter((m) => m.channel === 'C0RETRY2').length === 2);
  });
});

describe('user text is never live markup', () => {
  const HOSTILE = '<!channel> <@U123> <http://x|y>';
  const LIVE = ['<!channel>', '<@U123>', '<http://x|y>', '<!here>'];

  function expectInert(since: number) {
    const out = h.slack.messages(since);
    expect(out.length).toBeGreaterThan(0);
    for (const m of out) {
      const shown = JSON.stringify({ text: m.text, blocks: m.blocks });
      for (const live of LIVE) expect(shown).not.toContain(live);
    }
    return out;
  }

  it('in a DM (Slack escapes typed angle brackets; the bot must keep them escaped)', async () => {
    const since = lastSeq();
    await h.slack.event('message-im', {
      user: 'U0HOSTILE',
      channel: 'D0HOSTILE',
      ts: '1700000800.1',
      text: 'What is &lt;!channel&gt; &lt;@U123&gt; &lt;http://x|y&gt;?',
    });
    await h.fake.waitFor(() => h.slack.messages(since).length > 0);
    await settle();
    const out = expectInert(since);
    const echoed = out.some((m) => JSON.stringify(m.blocks).includes('channel'));
    if (echoed) expect(JSON.stringify(out.map((m) => m.blocks))).toContain('&lt;!channel&gt;');
  });

  it('in /virt ask and /virt <description>, raw as well as escaped', async () => {
    for (const text of [
      `ask ${HOSTILE}`,
      HOSTILE,
      `ask what about ${HOSTILE.replace(/</g, '&lt;').replace(/>/g, '&gt;')}`,
    ]) {
      const since = lastSeq();
      const started = await h.slack.slash({ id: 'U0HOSTILE' }, 'C0HOSTILE', text);
      await h.fake.waitFor(() =>
        h.slack.messages(since).some((m) => m.responseUrlId === started.responseUrlId),
      );
      await settle(200);
      expectInert(since);
    }
  });
});

describe('buttons that do not belong here', () => {
  it('refuses a button naming another channel’s conversation, and one with a value that is not ours', async () => {
    const since = lastSeq();
    const started = await h.slack.slash({ id: 'U0MOVER' }, 'C0FROM', '');
    const question = await h.fake.waitFor(() =>
      h.slack
        .messages(since)
        .find((m) => m.responseUrlId === started.responseUrlId && buttonsOf(m).length > 0),
    );
    const button = buttonsOf(question)[0];
    if (!button) throw new Error('no button');
    for (const [target, value] of [
      ['C0ELSEWHERE', button.value],
      ['C0FROM', 'not json'],
      ['C0FROM', JSON.stringify({ q: 'runtime', a: 'short' })],
    ] as const) {
      const clickSince = lastSeq();
      const click = await h.slack.click({ id: 'U0MOVER' }, question, { ...button, value }, target);
      const notice = await h.fake.waitFor(() =>
        h.slack.messages(clickSince).find((m) => m.responseUrlId === click.responseUrlId),
      );
      expect(notice.text).toBe(STALE_BUTTON);
      expect(notice.ephemeral).toBe(true);
      await settle(200);
      expect(h.slack.messages(clickSince)).toHaveLength(1);
    }
  });
});
