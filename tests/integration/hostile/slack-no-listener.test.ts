// Signed Slack payloads that no listener here takes are answered 200 at once and logged at debug:
// Bolt held them 3 s, answered 404 (which Slack retries) and logged an error. A numeric action_id
// made Bolt throw. A response_url outside Slack's hosts is never posted to.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaptureLogger, captureLogger } from '../../support/capture-logger.js';
import { type SlackHarness, startSlackHarness } from '../../support/slack-app.js';

let h: SlackHarness;
let logger: CaptureLogger;
let outsider: Server;
const outsiderHits: string[] = [];

beforeAll(async () => {
  logger = captureLogger();
  h = await startSlackHarness({ LOG_LEVEL: 'debug' }, logger);
  // A host that is not Slack's (and not SLACK_API_URL's): it must never receive a response_url post.
  outsider = createServer((req, res) => {
    outsiderHits.push(req.url ?? '');
    res.writeHead(200).end('ok');
  });
  await new Promise<void>((resolve) => outsider.listen(0, '127.0.0.1', () => resolve()));
});
afterAll(async () => {
  await h?.close();
  await new Promise((resolve) => outsider?.close(resolve));
});

const FORM = 'application/x-www-form-urlencoded';
const JSON_CT = 'application/json';
const form = (payload: unknown) => `payload=${encodeURIComponent(JSON.stringify(payload))}`;
const envelope = (event: unknown) =>
  JSON.stringify({
    token: 'x',
    team_id: 'T0FAKE',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: 'Ev1',
    event,
  });

describe('payloads nothing here listens to', () => {
  it.each([
    [
      'app_home_opened',
      () => envelope({ type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home' }),
      JSON_CT,
    ],
    ['reaction_added', () => envelope({ type: 'reaction_added', user: 'U1', reaction: 'thumbsup' }), JSON_CT],
    [
      'an envelope without an event',
      () => JSON.stringify({ token: 'x', team_id: 'T0FAKE', type: 'event_callback', event_id: 'Ev2' }),
      JSON_CT,
    ],
    [
      'view_submission',
      () => form({ type: 'view_submission', user: { id: 'U1' }, view: { id: 'V1' } }),
      FORM,
    ],
    ['a global shortcut', () => form({ type: 'shortcut', callback_id: 'x', user: { id: 'U1' } }), FORM],
    [
      'a message shortcut',
      () => form({ type: 'message_action', callback_id: 'x', user: { id: 'U1' } }),
      FORM,
    ],
    [
      'block_suggestion',
      () => form({ type: 'block_suggestion', action_id: 'a', value: 'x', user: { id: 'U1' } }),
      FORM,
    ],
    [
      'block_actions with a numeric action_id',
      () =>
        form({
          type: 'block_actions',
          user: { id: 'U1' },
          team: { id: 'T0FAKE' },
          actions: [{ action_id: 123, block_id: 'b', type: 'button', value: '{}' }],
        }),
      FORM,
    ],
  ])('%s: 200 at once, logged at debug, nothing posted', async (name, body, contentType) => {
    const since = h.fake.outbound.length;
    const logged = logger.lines.length;
    const res = await h.slack.send(body(), contentType);
    expect(res.status, name).toBe(200);
    const mine = logger.lines.slice(logged);
    expect(mine.some((l) => l.level === 'debug' && /nothing here acts on/.test(l.msg))).toBe(true);
    expect(mine.filter((l) => l.level === 'error' || l.level === 'warn')).toEqual([]);
    expect(h.fake.outbound.length).toBe(since);
    expect((await fetch(`${h.app.url}/healthz`)).status).toBe(200);
  });
});

describe('response_url', () => {
  it("is never posted to when it is not one of Slack's hosts", async () => {
    const { port } = outsider.address() as AddressInfo;
    const body = h.slack.slashBody({ id: 'U0OUTSIDE' }, 'C0OUT', 'help', `http://localhost:${port}/steal`);
    const logged = logger.lines.length;
    expect((await h.slack.send(body, FORM)).status).toBe(200);
    expect(
      logger.lines
        .slice(logged)
        .some((l) => /response_url is not one of Slack/.test(String(l.fields.reason))),
    ).toBe(true);
    // A legitimate command after it is answered, so the refused one had its chance to post first.
    const since = h.fake.outbound.at(-1)?.seq ?? 0;
    const ok = await h.slack.slash({ id: 'U0OUTSIDE' }, 'C0OUT', 'help');
    await h.fake.waitFor(() => h.slack.messages(since).find((m) => m.responseUrlId === ok.responseUrlId));
    expect(outsiderHits).toEqual([]);
  });
});
