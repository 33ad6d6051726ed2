// Signed Slack requests whose bodies are not what Slack sends: the process (the real `npm start`
// entry point, as a child) keeps serving, answers 4xx rather than 500, and a legitimate interview
// interleaved with them carries on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_TOKEN, type FakeSlack, startFakeSlack } from '../../support/fake-slack.js';
import { type ServerProcess, startServer } from '../../support/server-process.js';
import { buttonsOf, isQuestion, SlackDriver } from '../../support/slack-client.js';
import { signedHeaders, TEST_SIGNING_SECRET } from '../../support/slack-sign.js';

let fake: FakeSlack;
let server: ServerProcess;
let slack: SlackDriver;

beforeAll(async () => {
  fake = await startFakeSlack();
  server = await startServer({
    env: { SLACK_BOT_TOKEN: FAKE_TOKEN, SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, SLACK_API_URL: fake.url },
  });
  slack = new SlackDriver(server.url, fake);
}, 30_000);
afterAll(async () => {
  await server?.stop();
  await fake?.close();
});

const FORM = 'application/x-www-form-urlencoded';
const JSON_CT = 'application/json';
const form = (payload: unknown) => `payload=${encodeURIComponent(JSON.stringify(payload))}`;

async function post(body: string, contentType: string): Promise<{ status: number; text: string }> {
  const res = await fetch(`${server.url}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...signedHeaders(body) },
    body,
  });
  return { status: res.status, text: await res.text() };
}

const alive = async () => (await fetch(`${server.url}/healthz`)).status;

describe('signed bodies that are not a JSON object', () => {
  it.each([
    ['payload=null', 'payload=null', FORM],
    ['payload=123', 'payload=123', FORM],
    ['payload="x"', 'payload=%22x%22', FORM],
    ['payload=[]', 'payload=%5B%5D', FORM],
    ['JSON null', 'null', JSON_CT],
    ['JSON 5', '5', JSON_CT],
    ['JSON []', '[]', JSON_CT],
  ])('%s gets a 400 and the process keeps serving', async (_name, body, contentType) => {
    const res = await post(body, contentType);
    expect(res.status).toBe(400);
    expect(await alive()).toBe(200);
  });
});

describe('signed JSON objects of a shape Bolt cannot read', () => {
  it.each([
    ['block_actions without a user', form({ type: 'block_actions', actions: [{ action_id: 'x' }] }), FORM],
  ])('%s gets a 400, not a 500', async (_name, body, contentType) => {
    const res = await post(body, contentType);
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/at .*\.(ts|js)/);
    expect(await alive()).toBe(200);
  });

  // Nothing here could act on them: acknowledged at once (a 4xx or 5xx would only make Slack retry).
  it.each([
    [
      'block_actions with actions: null',
      form({ type: 'block_actions', user: { id: 'U1' }, actions: null }),
      FORM,
    ],
    [
      'event_callback with event: null',
      JSON.stringify({ type: 'event_callback', team_id: 'T1', event: null }),
      JSON_CT,
    ],
    [
      'event_callback with event: "x"',
      JSON.stringify({ type: 'event_callback', team_id: 'T1', event: 'x' }),
      JSON_CT,
    ],
  ])('%s gets an empty 200, and the process keeps serving', async (_name, body, contentType) => {
    const res = await post(body, contentType);
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect(await alive()).toBe(200);
  });
});

it('a legitimate interview carries on between hostile requests', async () => {
  const user = { id: 'U0LEGIT' };
  const since = fake.outbound.at(-1)?.seq ?? 0;
  expect((await slack.slash(user, 'C0LEGIT', '')).status).toBe(200);
  await post('payload=null', FORM);
  const question = await fake.waitFor(() => slack.messages(since).find(isQuestion));
  await post(JSON.stringify({ type: 'event_callback', team_id: 'T1', event: null }), JSON_CT);
  const button = buttonsOf(question).find((b) => typeof b.parsed.q === 'string');
  if (!button) throw new Error('no answer button');
  const after = fake.outbound.at(-1)?.seq ?? 0;
  expect((await slack.click(user, question, button)).status).toBe(200);
  const next = await fake.waitFor(() => slack.messages(after).find((m) => m.blocks.length > 0));
  expect(next.blocks.length).toBeGreaterThan(0);
  expect(server.logs().join('\n')).not.toMatch(/TypeError/);
}, 30_000);

it("Slack's app_rate_limited notice gets an immediate 200 (Bolt would hold it 3 s, then 404)", async () => {
  const body = JSON.stringify({
    token: 'x',
    type: 'app_rate_limited',
    team_id: 'T0FAKE',
    minute_rate_limited: 1518467820,
    api_app_id: 'A123',
  });
  const res = await post(body, JSON_CT);
  expect(res.status).toBe(200);
});

it('url_verification, signed, echoes the challenge as Slack expects', async () => {
  const res = await post(
    JSON.stringify({ token: 'x', challenge: 'c-123_abc', type: 'url_verification' }),
    JSON_CT,
  );
  expect(res.status).toBe(200);
  expect(JSON.parse(res.text)).toEqual({ challenge: 'c-123_abc' });
});
