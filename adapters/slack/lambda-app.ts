// Slack on AWS Lambda (behind API Gateway or a Function URL): Bolt's AwsLambdaReceiver, with the
// same ±300 s signature check as the server in front of it (Bolt's lets future timestamps and
// unsigned ssl_check requests through).
import { AwsLambdaReceiver } from '@slack/bolt';
import type { Logger } from '../../src/ports.js';
import type { Advisor } from '../../src/service.js';
import { createBoltApp, SlackConfigError } from './bolt-app.js';
import { boltLogger } from './bolt-options.js';
import { createInflight } from './inflight.js';
import { parsedBody } from './request-body.js';
import { verifySlackSignature } from './signature.js';

type AwsHandler = ReturnType<AwsLambdaReceiver['toHandler']>;
export type AwsEvent = Parameters<AwsHandler>[0];
export type AwsResponse = Awaited<ReturnType<AwsHandler>>;

export interface SlackLambdaOptions {
  token: string | undefined;
  signingSecret: string | undefined;
  apiUrl: string | undefined;
  advisor: Advisor;
  logger: Logger;
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
    throw new SlackConfigError('SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are required');
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
  });
  const bolt = receiver.toHandler();
  return async (event, context) => {
    const verdict = verifySlackSignature(
      signingSecret,
      {
        timestamp: header(event.headers, 'x-slack-request-timestamp'),
        signature: header(event.headers, 'x-slack-signature'),
        rawBody: rawBody(event),
      },
      now(),
    );
    if (!verdict.ok) {
      logger.warn({ reason: verdict.reason }, 'refused an unsigned or stale Slack request');
      return { statusCode: 401, body: '' };
    }
    const body = rawBody(event);
    // Bolt's own JSON.parse throws out of the handler on a malformed body (a failed invocation).
    const parsed = parsedBody(body, header(event.headers, 'content-type'));
    if (!parsed) {
      logger.warn('refused a signed Slack request whose body is not a JSON object');
      return { statusCode: 400, body: '' };
    }
    if (parsed.type === 'app_rate_limited') {
      logger.warn({ team: String(parsed.team_id ?? '') }, 'Slack is rate-limiting events to this app');
      return { statusCode: 200, body: '' };
    }
    // Bolt decodes a base64 body as ASCII, which garbles any non-ASCII text (an emoji, an accent) into
    // control characters: its JSON.parse then throws and its signature check fails. Hand it UTF-8.
    return bolt({ ...event, body, isBase64Encoded: false }, context);
  };
}
