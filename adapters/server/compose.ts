// The one composition root's wiring: configuration → logger, conversation store, metrics and the
// advisor service, and the configuration mapped onto each platform adapter's own options. The HTTP
// server (app.ts) and the Lambda entry (lambda.ts) both start from here, so a store setting or a
// metric is never wired one way in one deployment and another way in the other.
import { step } from '../../src/conversation.js';
import type { ConversationStore, Logger, TurnRunner } from '../../src/ports.js';
import { type Advisor, createAdvisor } from '../../src/service.js';
import { createPrometheusMetrics, type PrometheusMetrics } from '../metrics/prometheus.js';
import type { SlackAdapterOptions } from '../slack/options.js';
import { createMemoryStore } from '../store/memory.js';
import type { TeamsAdapterOptions } from '../teams/options.js';
import type { Config } from './config.js';
import { createLogger } from './logger.js';
import { createOffLoop, type OffLoop } from './off-loop.js';
import { createTurnScheduler } from './turn-scheduler.js';

export interface Core {
  logger: Logger;
  store: ConversationStore;
  prometheus: PrometheusMetrics;
  advisor: Advisor;
  /** The worker thread for turns with a long text (off-loop.ts), when this deployment has one. */
  offLoop?: OffLoop;
}

export interface CoreOverrides {
  /** Injected by tests and by callers that log elsewhere; otherwise JSON on stdout at LOG_LEVEL. */
  logger?: Logger;
  /** Injected by tests; otherwise built from REDIS_URL (or the in-process store). */
  store?: ConversationStore;
  /** False: every turn runs in the event loop. The Lambda entry answers one invocation at a time,
   * so a second thread there would only cost memory. */
  offLoop?: boolean;
}

async function buildStore(config: Config, logger: Logger): Promise<ConversationStore> {
  if (!config.REDIS_URL) return createMemoryStore();
  const { createRedisStore } = await import('../store/redis.js');
  return createRedisStore({
    url: config.REDIS_URL,
    logger: logger.child({ component: 'redis' }),
    keyPrefix: config.REDIS_KEY_PREFIX,
  });
}

export async function composeCore(config: Config, overrides: CoreOverrides = {}): Promise<Core> {
  const logger = overrides.logger ?? createLogger(config.LOG_LEVEL);
  const store = overrides.store ?? (await buildStore(config, logger));
  const prometheus = createPrometheusMetrics();
  // Each turn's `step` in short slices of the event loop, or, with a long text, in the worker thread.
  const schedule = createTurnScheduler();
  const inLoop: TurnRunner = (state, event) => schedule(() => step(state, event));
  const offLoop =
    overrides.offLoop === false
      ? undefined
      : createOffLoop({ logger: logger.child({ component: 'turns' }), inLoop });
  const advisor = createAdvisor({
    store,
    logger: logger.child({ component: 'advisor' }),
    idleTtlMs: config.CONVERSATION_TTL_SECONDS * 1000,
    metrics: prometheus.metrics,
    runTurn: offLoop?.runTurn ?? inLoop,
  });
  return { logger, store, prometheus, advisor, ...(offLoop ? { offLoop } : {}) };
}

/** The Slack adapter's options from the configuration (docs/contract.md lists the variables). */
export function slackAdapterOptions(config: Config): SlackAdapterOptions {
  return {
    botToken: config.SLACK_BOT_TOKEN,
    signingSecret: config.SLACK_SIGNING_SECRET,
    appToken: config.SLACK_APP_TOKEN,
    apiUrl: config.SLACK_API_URL,
    oauth: config.SLACK_CLIENT_ID
      ? {
          clientId: config.SLACK_CLIENT_ID,
          clientSecret: config.SLACK_CLIENT_SECRET,
          stateSecret: config.SLACK_STATE_SECRET,
          installationKey: config.SLACK_INSTALLATION_KEY,
        }
      : undefined,
    redis: config.REDIS_URL ? { url: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX } : undefined,
  };
}

/** The Teams adapter's options: the four settings the configuration parses, and botbuilder's own names. */
export function teamsAdapterOptions(config: Config): TeamsAdapterOptions {
  return {
    appId: config.MicrosoftAppId,
    appPassword: config.MicrosoftAppPassword,
    appType: config.MicrosoftAppType,
    tenantId: config.MicrosoftAppTenantId,
    botFramework: config.raw,
  };
}
