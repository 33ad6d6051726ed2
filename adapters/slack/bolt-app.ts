// One Bolt App, whatever receives for it (HTTP, Socket Mode, Lambda): token verified with auth.test
// at start-up, bounded Web API client, project logging, and the adapter's listeners.
import { App, type Receiver } from '@slack/bolt';
import { AdvisorError, errorMessage } from '../../src/errors.js';
import type { Logger, Metrics } from '../../src/ports.js';
import type { Advisor } from '../../src/service.js';
import { boltLogger, webClientOptions } from './bolt-options.js';
import type { Inflight } from './inflight.js';
import { registerListeners } from './listeners.js';

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

/**
 * Bolt's auth.test at start-up: a wrong token fails fast with a readable reason. A Slack that cannot
 * be reached at all (no egress, a proxy, DNS) is a different failure, with a different remedy.
 */
export async function initialise(app: App): Promise<void> {
  try {
    await app.init();
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
    if (code === 'slack_webapi_request_error') {
      const cause = (error as { original?: { message?: unknown } }).original?.message;
      throw new AdvisorError(
        'slack_unreachable',
        `Slack could not be reached (auth.test: ${typeof cause === 'string' ? cause : errorMessage(error)})`,
      );
    }
    const data =
      typeof error === 'object' && error !== null && 'data' in error
        ? (error as { data?: { error?: unknown } }).data
        : undefined;
    const reason = typeof data?.error === 'string' ? data.error : errorMessage(error);
    throw new AdvisorError(
      'slack_token_refused',
      `Slack did not accept SLACK_BOT_TOKEN (auth.test: ${reason})`,
    );
  }
}

/** The App with its listeners, not yet initialised (see initialise). */
export function buildBoltApp(options: BoltAppOptions): App {
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
  registerListeners(app, {
    advisor,
    logger,
    inflight,
    now: Date.now,
    ...(options.metrics ? { metrics: options.metrics } : {}),
  });
  return app;
}

/** The App, initialised: ready for Bolt's processEvent and its Web API calls. */
export async function createBoltApp(options: BoltAppOptions): Promise<App> {
  const app = buildBoltApp(options);
  await initialise(app);
  return app;
}
