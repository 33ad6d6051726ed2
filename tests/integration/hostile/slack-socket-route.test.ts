// In Socket Mode there is no /slack/events route; a request that arrives there anyway (a Request URL
// left over in the Slack app's settings) is told why, not that Slack is unconfigured.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../../adapters/server/app.js';
import { loadConfig } from '../../../adapters/server/config.js';
import { silentLogger } from '../../../src/ports.js';
import { FAKE_TOKEN, type FakeSlack, startFakeSlack } from '../../support/fake-slack.js';
import { type FakeSocketMode, startFakeSocketMode } from '../../support/slack-socket.js';

const APP_TOKEN = 'xapp-1-fake';
let ws: FakeSocketMode;
let fake: FakeSlack;
let app: RunningApp;

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
  await ws.connected();
});
afterAll(async () => {
  await app?.close();
  await ws?.close();
  await fake?.close();
});

it('POST /slack/events says Slack runs over Socket Mode here', async () => {
  const res = await fetch(`${app.url}/slack/events`, { method: 'POST', body: 'payload=%7B%7D' });
  expect(res.status).toBe(404);
  const { error } = (await res.json()) as { error: string };
  expect(error).toMatch(/Socket Mode/);
  expect(error).not.toMatch(/not configured/);
});
