// Slack that cannot be reached at start-up (no egress, a proxy) is not a refused token: the server
// starts, says so in one warning, keeps serving the probes (and Teams), and answers Slack's requests
// 503 — which Slack retries — until auth.test gets through.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../../adapters/server/app.js';
import { loadConfig } from '../../../adapters/server/config.js';
import { type CaptureLogger, captureLogger } from '../../support/capture-logger.js';
import { FAKE_TOKEN } from '../../support/fake-slack.js';
import { freePort } from '../../support/server-process.js';
import { signedHeaders, TEST_SIGNING_SECRET } from '../../support/slack-sign.js';

let app: RunningApp;
let logger: CaptureLogger;

beforeAll(async () => {
  logger = captureLogger();
  const config = loadConfig({
    PORT: '0',
    SLACK_BOT_TOKEN: FAKE_TOKEN,
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    // Nothing listens there: every Web API call is refused at the TCP level.
    SLACK_API_URL: `http://127.0.0.1:${await freePort()}`,
  });
  app = await startApp({ config, logger });
});
afterAll(async () => app?.close());

it('starts, says Slack could not be reached (not that the token was refused), and keeps serving', async () => {
  const warning = logger.lines.find((l) => l.level === 'warn' && /could not be reached/.test(l.msg));
  expect(warning?.msg).toMatch(/Slack could not be reached at start-up/);
  expect(
    logger.lines.some((l) => /did not accept SLACK_BOT_TOKEN/.test(`${l.msg} ${String(l.fields.err)}`)),
  ).toBe(false);
  expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  const body = JSON.stringify({ type: 'url_verification', challenge: 'c' });
  const res = await fetch(`${app.url}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signedHeaders(body) },
    body,
  });
  expect(res.status).toBe(503);
});
