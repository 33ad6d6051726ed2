// AWS Lambda entry point: `adapters/slack/lambda.handler` (see docs/slack.md). Built once per
// container from the environment; REDIS_URL shares conversations between concurrent containers.

import { createAdvisor } from '../../src/service.js';
import { loadConfig } from '../server/config.js';
import { createLogger } from '../server/logger.js';
import { createMemoryStore } from '../store/memory.js';
import { type AwsEvent, type AwsResponse, createSlackLambdaHandler } from './lambda-app.js';

let built: ReturnType<typeof createSlackLambdaHandler> | undefined;

async function build() {
  const config = loadConfig(process.env);
  const logger = createLogger(config.LOG_LEVEL);
  const store = config.REDIS_URL
    ? (await import('../store/redis.js')).createRedisStore({
        url: config.REDIS_URL,
        logger: logger.child({ component: 'redis' }),
      })
    : createMemoryStore();
  const advisor = createAdvisor({
    store,
    logger: logger.child({ component: 'advisor' }),
    idleTtlMs: config.CONVERSATION_TTL_SECONDS * 1000,
  });
  return createSlackLambdaHandler({
    token: config.SLACK_BOT_TOKEN,
    signingSecret: config.SLACK_SIGNING_SECRET,
    apiUrl: config.SLACK_API_URL,
    advisor,
    logger: logger.child({ component: 'slack' }),
  });
}

export async function handler(event: AwsEvent, context: unknown): Promise<AwsResponse> {
  built ??= build();
  try {
    return await (await built)(event, context);
  } catch (error) {
    // A failed start (bad token, bad settings) is logged, retried on the next invocation, never shown to Slack.
    console.error(
      `Virt Advisor (Slack on Lambda) could not start: ${error instanceof Error ? error.message : String(error)}`,
    );
    built = undefined;
    return { statusCode: 500, body: '' };
  }
}
