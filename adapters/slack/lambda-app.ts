// Slack on AWS Lambda (behind API Gateway or a Function URL): Bolt's AwsLambdaReceiver, behind the
// same transport guard as the server's route (Bolt's own check lets future timestamps and unsigned
// ssl_check requests through, and it would hold payloads no listener takes).
import { AwsLambdaReceiver } from '@slack/bolt';
import { AdvisorError } from '../../src/errors.js';
import type { Logger, Metrics } from '../../src/ports.js';
import type { Advisor } from '../../src/service.js';
import { createBoltApp } from './bolt-app.js';
import { boltLogger } from './bolt-options.js';
import { createInflight } from './inflight.js';
import { guardSlackRequest, HANDLED_EVENTS, logVerdict, responseHosts } from './transport-guard.js';

type AwsHandler = ReturnType<AwsLambdaReceiver['toHandler']>;
export type AwsEvent = Parameters<AwsHandler>[0];
export type AwsResponse = Awaited<ReturnType<AwsHandler>>;

export interface SlackLambdaOptions {
  token: string | undefined;
  signingSecret: string | undefined;
  apiUrl: string | undefined;
  advisor: Advisor;
  logger: Logger;
  metrics?: Metrics;
  now?: () => number;
}

function header(headers: AwsEvent['headers'], name: string): string | undefined {
  const key = Object.keys(headers ?? {}).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

function rawBody(event: AwsEvent): string {
  const body = event.body ?? '';
  return event.isBase64Encoded ? Buffer.from(body, 'base64').toString('utf8') : body;
}

export async function createSlackLambdaHandler(options: SlackLambdaOptions): Promise<AwsHandler> {
  const { token, signingSecret, logger, now = Date.now } = options;
  if (!token || !signingSecret)
    throw new AdvisorError('config_invalid', 'SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are required');
  // Lambda freezes the process once the handler returns, so Bolt answers only after the listeners
  // have finished (AwsLambdaReceiver waits for processEvent); keep the Web API bounds tight.
  const receiver = new AwsLambdaReceiver({ signingSecret, logger: boltLogger(logger) });
  await createBoltApp({
    token,
    apiUrl: options.apiUrl,
    receiver,
    advisor: options.advisor,
    logger,
    inflight: createInflight(),
    ...(options.metrics ? { metrics: options.metrics } : {}),
  });
  const bolt = receiver.toHandler();
  const hosts = responseHosts(options.apiUrl);
  return async (event, context) => {
    const body = rawBody(event);
    const verdict = guardSlackRequest(
      {
        timestamp: header(event.headers, 'x-slack-request-timestamp'),
        signature: header(event.headers, 'x-slack-signature'),
        contentType: header(event.headers, 'content-type'),
        rawBody: body,
      },
      { signingSecret, nowMs: now(), events: HANDLED_EVENTS, responseHosts: hosts },
    );
    if (verdict.action !== 'dispatch') {
      logVerdict(logger, verdict);
      return { statusCode: verdict.action === 'refuse' ? verdict.status : 200, body: '' };
    }
    // Bolt decodes a base64 body as ASCII, which garbles any non-ASCII text (an emoji, an accent) into
    // control characters: its JSON.parse then throws and its signature check fails. Hand it UTF-8.
    return bolt({ ...event, body, isBase64Encoded: false }, context);
  };
}
