// The AWS Lambda entry: signed API Gateway events through Bolt's AwsLambdaReceiver, against the fake
// Slack; the same 401s as the server, including the future timestamp and unsigned ssl_check.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type AwsEvent, createSlackLambdaHandler } from '../../../adapters/slack/lambda-app.js';
import { createMemoryStore } from '../../../adapters/store/memory.js';
import { silentLogger } from '../../../src/ports.js';
import { createAdvisor } from '../../../src/service.js';
import { FAKE_TOKEN, type FakeSlack, startFakeSlack } from '../../support/fake-slack.js';
import { firstBlockId, SlackDriver } from '../../support/slack-client.js';
import { signedHeaders, slackSignature, TEST_SIGNING_SECRET } from '../../support/slack-sign.js';

let fake: FakeSlack;
let slack: SlackDriver;
beforeAll(async () => {
  fake = await startFakeSlack();
  slack = new SlackDriver('http://unused', fake);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await fake?.close();
});

function apiGatewayEvent(body: string, headers: Record<string, string>, base64 = false): AwsEvent {
  return {
    body: base64 ? Buffer.from(body).toString('base64') : body,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
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
  };
}

async function lambda() {
  const advisor = createAdvisor({ store: createMemoryStore(), logger: silentLogger });
  return createSlackLambdaHandler({
    token: FAKE_TOKEN,
    signingSecret: TEST_SIGNING_SECRET,
    apiUrl: fake.url,
    advisor,
    logger: silentLogger,
  });
}

describe('Slack on AWS Lambda', () => {
  it('answers a signed /virt help (base64 body, as API Gateway sends it) before returning', async () => {
    const handler = await lambda();
    const responseUrl = fake.responseUrl();
    const body = slack.slashBody({ id: 'U0LAMBDA' }, 'C0LAMBDA', 'help', responseUrl);
    const res = await handler(apiGatewayEvent(body, signedHeaders(body), true), {});
    expect(res.statusCode).toBe(200);
    // The answer rides in the response body when it is ready in time, else goes to the response_url.
    fake.acknowledged(responseUrl, res.body);
    // Lambda freezes after returning, so the answer is already posted.
    const posted = slack.messages().find((m) => m.responseUrlId === responseUrl.split('/').pop());
    expect(posted && firstBlockId(posted)).toBe('help');
  });

  it('refuses forged, future-dated and unsigned requests with 401 and posts nothing', async () => {
    const handler = await lambda();
    const before = fake.outbound.length;
    const body = slack.slashBody({ id: 'U0LAMBDA' }, 'C0LAMBDA', '', fake.responseUrl());
    const future = Math.floor(Date.now() / 1000) + 400;
    const cases = [
      signedHeaders(body, { secret: 'wrong' }),
      {
        'X-Slack-Request-Timestamp': String(future),
        'X-Slack-Signature': slackSignature(TEST_SIGNING_SECRET, future, body),
      },
      {},
    ];
    for (const headers of cases)
      expect((await handler(apiGatewayEvent(body, headers), {})).statusCode).toBe(401);
    expect((await handler(apiGatewayEvent('ssl_check=1', {}), {})).statusCode).toBe(401);
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.outbound.length).toBe(before);
  });

  it('the exported handler builds itself from the environment', async () => {
    vi.stubEnv('SLACK_BOT_TOKEN', FAKE_TOKEN);
    vi.stubEnv('SLACK_SIGNING_SECRET', TEST_SIGNING_SECRET);
    vi.stubEnv('SLACK_API_URL', fake.url);
    vi.stubEnv('REDIS_URL', '');
    vi.stubEnv('LOG_LEVEL', 'silent');
    const { handler } = await import('../../../adapters/server/lambda.js');
    const responseUrl = fake.responseUrl();
    const body = slack.slashBody({ id: 'U0ENV' }, 'C0ENV', 'ask What is AWS Fargate?', responseUrl);
    const res = await handler(apiGatewayEvent(body, signedHeaders(body)), {});
    expect(res.statusCode).toBe(200);
    fake.acknowledged(responseUrl, res.body);
    const posted = slack.messages().find((m) => m.responseUrlId === responseUrl.split('/').pop());
    expect(posted && firstBlockId(posted)).toMatch(/^answer:/);
  });
});
