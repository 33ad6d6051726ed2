// The AWS Lambda entry under the same hostile and unusual bodies as the server: a base64-encoded
// body with non-ASCII text (Bolt alone decodes it as ASCII and fails), malformed or non-object
// bodies (Bolt alone throws out of the handler), Slack's app_rate_limited notice.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type AwsEvent, createSlackLambdaHandler } from '../../../adapters/slack/lambda-app.js';
import { createMemoryStore } from '../../../adapters/store/memory.js';
import { silentLogger } from '../../../src/ports.js';
import { createAdvisor } from '../../../src/service.js';
import { FAKE_TOKEN, type FakeSlack, startFakeSlack } from '../../support/fake-slack.js';
import { isQuestion, SlackDriver } from '../../support/slack-client.js';
import { signedHeaders, TEST_SIGNING_SECRET } from '../../support/slack-sign.js';

let fake: FakeSlack;
let slack: SlackDriver;
let handler: Awaited<ReturnType<typeof createSlackLambdaHandler>>;
beforeAll(async () => {
  fake = await startFakeSlack();
  slack = new SlackDriver('http://unused', fake);
  handler = await createSlackLambdaHandler({
    token: FAKE_TOKEN,
    signingSecret: TEST_SIGNING_SECRET,
    apiUrl: fake.url,
    advisor: createAdvisor({ store: createMemoryStore(), logger: silentLogger }),
    logger: silentLogger,
  });
});
afterAll(async () => fake?.close());

function signedEvent(body: string, contentType: string, base64 = false): AwsEvent {
  return {
    body: base64 ? Buffer.from(body, 'utf8').toString('base64') : body,
    headers: { 'Content-Type': contentType, ...signedHeaders(body) },
    isBase64Encoded: base64,
    pathParameters: null,
    queryStringParameters: null,
    requestContext: {},
    stageVariables: null,
    httpMethod: 'POST',
    multiValueHeaders: {},
    multiValueQueryStringParameters: null,
    path: '/slack/events',
    resource: '/slack/events',
  } as unknown as AwsEvent;
}

it('a base64-encoded mention with an emoji and CJK text is answered in its thread', async () => {
  const since = fake.outbound.at(-1)?.seq ?? 0;
  const body = slack.eventBody('app-mention', {
    text: '<@U0BOT> our nightly batch job runs for 2 hours 🚀 日本',
    ts: '1700000300.000001',
  });
  const res = await handler(signedEvent(body, 'application/json', true), {});
  expect(res.statusCode).toBe(200);
  const reply = slack.messages(since).find((m) => m.threadTs === '1700000300.000001' && isQuestion(m));
  expect(reply).toBeDefined();
});

it.each([
  ['malformed JSON', '{bad', 'application/json'],
  ['JSON null', 'null', 'application/json'],
  ['payload=null', 'payload=null', 'application/x-www-form-urlencoded'],
])('%s, signed, gets 400 rather than a failed invocation', async (_name, body, contentType) => {
  const res = await handler(signedEvent(body, contentType), {});
  expect(res.statusCode).toBe(400);
});

it("Slack's app_rate_limited notice gets 200", async () => {
  const body = JSON.stringify({
    type: 'app_rate_limited',
    team_id: 'T0FAKE',
    minute_rate_limited: 1,
    api_app_id: 'A1',
  });
  expect((await handler(signedEvent(body, 'application/json'), {})).statusCode).toBe(200);
});
