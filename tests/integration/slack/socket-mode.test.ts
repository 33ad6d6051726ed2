// With SLACK_APP_TOKEN the app connects out over Socket Mode (a fake WebSocket endpoint on
// loopback), mounts no HTTP route, acks each envelope, and answers a redelivered event once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../../adapters/server/app.js';
import { loadConfig } from '../../../adapters/server/config.js';
import { silentLogger } from '../../../src/ports.js';
import { FAKE_TOKEN, type FakeSlack, type Json, startFakeSlack } from '../../support/fake-slack.js';
import { firstBlockId, SlackDriver } from '../../support/slack-client.js';
import { type FakeSocketMode, startFakeSocketMode } from '../../support/slack-socket.js';

const APP_TOKEN = 'xapp-1-fake';
let ws: FakeSocketMode;
let fake: FakeSlack;
let app: RunningApp;
let slack: SlackDriver;

beforeAll(async () => {
  ws = await startFakeSocketMode();
  fake = await startFakeSlack({ appToken: APP_TOKEN, socketUrl: ws.url });
  const config = loadConfig({
    PORT: '0',
    LOG_LEVEL: 'silent',
    SLACK_BOT_TOKEN: FAKE_TOKEN,
    SLACK_APP_TOKEN: APP_TOKEN,
    SLACK_API_URL: fake.url,
  });
  app = await startApp({ config, logger: silentLogger });
  slack = new SlackDriver(app.url, fake);
  await ws.connected();
});
afterAll(async () => {
  await app?.close();
  await ws?.close();
  await fake?.close();
});

const lastSeq = () => fake.outbound.at(-1)?.seq ?? 0;

describe('Socket Mode', () => {
  it('mounts no /slack/events route', async () => {
    expect(app.adapters.find((a) => a.name === 'slack')?.route).toBeUndefined();
    expect((await fetch(`${app.url}/slack/events`, { method: 'POST' })).status).toBe(404);
  });

  it('acks an event envelope and answers a DM once, even when it is redelivered', async () => {
    const since = lastSeq();
    const payload = JSON.parse(
      slack.eventBody(
        'message-im',
        { user: 'U0SOCK', channel: 'D0SOCK', ts: '1700005000.000100', text: 'help' },
        'Ev0SOCKET1',
      ),
    );
    const first = ws.push('events_api', payload, { retry_attempt: 0 });
    await fake.waitFor(() => ws.acks.some((a) => a.envelope_id === first));
    const reply = await fake.waitFor(() => slack.messages(since).find((m) => m.channel === 'D0SOCK'));
    expect(firstBlockId(reply)).toBe('help');
    const again = ws.push('events_api', payload, { retry_attempt: 1, retry_reason: 'timeout' });
    await fake.waitFor(() => ws.acks.some((a) => a.envelope_id === again));
    await new Promise((r) => setTimeout(r, 400));
    expect(slack.messages(since).filter((m) => m.channel === 'D0SOCK')).toHaveLength(1);
  });

  it('acks a slash command envelope and answers on its response_url', async () => {
    const since = lastSeq();
    const responseUrl = fake.responseUrl();
    const payload = Object.fromEntries(
      new URLSearchParams(slack.slashBody({ id: 'U0SOCK' }, 'C0SOCK', 'help', responseUrl)),
    );
    const id = ws.push('slash_commands', payload);
    const ack = await fake.waitFor(() => ws.acks.find((a) => a.envelope_id === id));
    // The answer rides in the envelope's ack when it is ready in time, else goes to the response_url.
    fake.acknowledged(responseUrl, ack.payload as Json | undefined);
    const answer = await fake.waitFor(() =>
      slack.messages(since).find((m) => m.responseUrlId === responseUrl.split('/').pop()),
    );
    expect(firstBlockId(answer)).toBe('help');
  });
});
