// One Bolt App, whatever receives for it (HTTP, Socket Mode, Lambda): token verified with auth.test
// at start-up, bounded Web API client, project logging, and the adapter's listeners.
import { App, type Receiver } from '@slack/bolt';
import type { Logger, Metrics } from '../../src/ports.js';
import type { Advisor } from '../../src/service.js';
import { boltLogger, webClientOptions } from './bolt-options.js';
import type { Inflight } from './inflight.js';
import { registerListeners } from './listeners.js';

export class SlackConfigError extends Error {
  override readonly name = 'SlackConfigError';
}

export interface BoltAppOptions {
  /** The single workspace's bot token; absent when the receiver's OAuth installer authorises each request. */
  token?: string | undefined;
  apiUrl: string | undefined;
  receiver: Receiver;
  socketMode?: boolean;
  advisor: Advisor;
  logger: Logger;
  inflight: Inflight;
  metrics?: Metrics;
}

/** Bolt's auth.test at start-up: a wrong token fails fast with a readable reason. */
async function initialise(app: App): Promise<void> {
  try {
    await app.init();
  } catch (error) {
    const data =
      typeof error === 'object' && error !== null && 'data' in error
        ? (error as { data?: { error?: unknown } }).data
        : undefined;
    const reason =
      typeof data?.error === 'string' ? data.error : error instanceof Error ? error.message : String(error);
    throw new SlackConfigError(`Slack did not accept SLACK_BOT_TOKEN (auth.test: ${reason})`);
  }
}

export async function createBoltApp(options: BoltAppOptions): Promise<App> {
  const { token, receiver, advisor, logger, inflight } = options;
  const bLogger = boltLogger(logger);
  const app = new App({
    ...(token ? { token } : {}),
    receiver,
    socketMode: options.socketMode ?? false,
    clientOptions: webClientOptions(options.apiUrl, bLogger),
    logger: bLogger,
    // init() below runs auth.test and lets us report a bad token clearly instead of on the first event.
    deferInitialization: true,
    // Conversations live in the project's store; Bolt's own in-memory conversation store is unused.
    convoStore: false,
    // The error handler also gets the request body, so a refused request can still be answered.
    extendedErrorHandler: true,
  });
  await initialise(app);
  registerListeners(app, {
    advisor,
    logger,
    inflight,
    now: Date.now,
    ...(options.metrics ? { metrics: options.metrics } : {}),
  });
  return app;
}
