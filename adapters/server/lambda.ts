// AWS Lambda entry point: `adapters/server/lambda.handler` (see docs/slack.md). The same composition
// root as the HTTP server (compose.ts: configuration, logger, store, metrics, advisor), built once
// per container from the environment; REDIS_URL shares conversations between concurrent containers.
import { errorMessage } from '../../src/errors.js';
import { type AwsEvent, type AwsResponse, createSlackLambdaHandler } from '../slack/lambda-app.js';
import { composeCore, slackAdapterOptions } from './compose.js';
import { loadConfig } from './config.js';

let built: ReturnType<typeof createSlackLambdaHandler> | undefined;

async function build() {
  const config = loadConfig(process.env);
  const { logger, advisor, prometheus } = await composeCore(config, { offLoop: false });
  const slack = slackAdapterOptions(config);
  return createSlackLambdaHandler({
    token: slack.botToken,
    signingSecret: slack.signingSecret,
    apiUrl: slack.apiUrl,
    advisor,
    logger: logger.child({ component: 'slack' }),
    metrics: prometheus.metrics,
  });
}

export async function handler(event: AwsEvent, context: unknown): Promise<AwsResponse> {
  built ??= build();
  try {
    return await (await built)(event, context);
  } catch (error) {
    // A failed start (bad token, bad settings) is logged, retried on the next invocation, never shown to Slack.
    console.error(`Virt Advisor (Slack on Lambda) could not start: ${errorMessage(error)}`);
    built = undefined;
    return { statusCode: 500, body: '' };
  }
}
