// The Slack adapter: a Bolt app that receives on POST /slack/events of the one server, or
// over Socket Mode when SLACK_APP_TOKEN is set. It translates Slack payloads into core events and
// renders the core's cards as Block Kit; nothing here decides anything about workloads.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import { AdvisorError, errorMessage, isAdvisorError } from '../../src/errors.js';
import type { Logger, Metrics } from '../../src/ports.js';
import type { Advisor } from '../../src/service.js';
import { sendJson } from '../http/http-io.js';
import type { HttpHandler, MountedAdapter } from '../http/http-types.js';
import { buildBoltApp, createBoltApp, initialise } from './bolt-app.js';
import { boltLogger, webClientOptions } from './bolt-options.js';
import { SLACK_EVENTS_PATH, slackEventsHandler } from './http-route.js';
import { createInflight } from './inflight.js';
import { slashCommandListener } from './listeners.js';
import {
  createOAuthReceiver,
  INSTALL_PATH,
  OAUTH_REDIRECT_PATH,
  oauthSettings,
  openInstallationStore,
} from './oauth.js';
import { INSTALLATION_EVENTS, registerInstallationListeners } from './oauth-listeners.js';
import type { SlackAdapterOptions, SlackOAuthOptions } from './options.js';
import { HANDLED_EVENTS } from './transport-guard.js';

/** How long stop() waits for conversations already acknowledged to finish. */
const DRAIN_TIMEOUT_MS = 8000;
/** How often auth.test is tried again when Slack could not be reached at start-up. */
const UNREACHABLE_RETRY_MS = 30_000;

export interface SlackAdapterDeps {
  advisor: Advisor;
  logger: Logger;
  options: SlackAdapterOptions;
  metrics?: Metrics;
}

export async function createSlackAdapter({
  advisor,
  logger,
  options,
  metrics,
}: SlackAdapterDeps): Promise<MountedAdapter> {
  const { oauth } = options;
  if (oauth)
    return createOAuthSlackAdapter({
      advisor,
      logger,
      options: { ...options, oauth },
      ...(metrics ? { metrics } : {}),
    });
  const token = options.botToken;
  if (!token) throw new AdvisorError('config_invalid', 'SLACK_BOT_TOKEN is required for the Slack adapter');
  const inflight = createInflight();
  const common = {
    token,
    apiUrl: options.apiUrl,
    advisor,
    logger,
    inflight,
    ...(metrics ? { metrics } : {}),
  };

  if (options.appToken) {
    const bLogger = boltLogger(logger);
    const receiver = new SocketModeReceiver({
      appToken: options.appToken,
      logger: bLogger,
      // apps.connections.open goes to the same Web API base as everything else.
      installerOptions: { clientOptions: webClientOptions(options.apiUrl, bLogger) },
    });
    const app = await createBoltApp({ ...common, receiver, socketMode: true });
    return {
      name: 'slack',
      describe: 'Slack: Socket Mode (no public URL needed)',
      async start() {
        await app.start();
      },
      async stop() {
        await app
          .stop()
          .catch((error: unknown) => logger.warn({ err: errorMessage(error) }, 'Socket Mode stop failed'));
        await inflight.drain(DRAIN_TIMEOUT_MS);
      },
    };
  }

  const signingSecret = options.signingSecret;
  if (!signingSecret)
    throw new AdvisorError(
      'config_invalid',
      'SLACK_SIGNING_SECRET is required to receive Slack requests over HTTP',
    );
  const httpReceiver = () =>
    new HTTPReceiver({
      signingSecret,
      endpoints: SLACK_EVENTS_PATH,
      logger: boltLogger(logger),
      // Events never pass through this receiver's HTTP handling: the route verifies, parses and
      // dispatches them to the App itself (http-route.ts). Bolt's App wants a receiver all the same.
      processBeforeResponse: false,
    });
  const onSlashCommand = slashCommandListener({ ...common, now: Date.now });
  // The server listens while auth.test is on its way, as bare Bolt does: slash commands need nothing
  // from it and are answered at once; other payloads wait for it (http-route.ts). A token Slack
  // refuses still stops the server, from start() below. The first call goes out once the server has
  // read what was waiting for it (Node's fetch, which it is the first to use, takes a while to load).
  let listening!: () => void;
  const listened = new Promise<void>((resolve) => {
    listening = resolve;
  });
  const connect = (after: Promise<void>): { handler: HttpHandler; ready: Promise<void> } => {
    const app = buildBoltApp({ ...common, receiver: httpReceiver() });
    const ready = after.then(() => initialise(app));
    const handler = slackEventsHandler({
      app,
      signingSecret,
      apiUrl: options.apiUrl,
      logger,
      ready,
      // One workspace, one token: the route hands slash commands to the listener itself, with the
      // App's own Web API client (http-route.ts says why).
      slashCommand: ({ body, ack, respond }) => onSlashCommand({ body, ack, respond, client: app.client }),
    });
    return { handler, ready };
  };
  let retry: NodeJS.Timeout | undefined;
  const first = connect(listened);
  let handler = first.handler;
  const ready = first.ready.catch((error: unknown) => {
    if (!isAdvisorError(error, 'slack_unreachable')) throw error;
    // Not a wrong token: the network. Teams and the probes keep serving; Slack's requests get 503
    // (Slack retries them) until auth.test answers.
    logger.warn(
      { err: error.message, retrySeconds: UNREACHABLE_RETRY_MS / 1000 },
      'Slack could not be reached at start-up (no egress or a proxy?): Slack requests get 503 until it answers; Teams and /healthz keep serving',
    );
    handler = (_req, res) => sendJson(res, 503, { error: 'Slack could not be reached from this server yet' });
    retry = setInterval(() => {
      const next = connect(Promise.resolve());
      next.ready.then(
        () => {
          clearInterval(retry);
          handler = next.handler;
          logger.info('Slack reached: receiving Slack requests again');
        },
        (again: unknown) => logger.warn({ err: errorMessage(again) }, 'Slack still could not be reached'),
      );
    }, UNREACHABLE_RETRY_MS);
    retry.unref();
  });
  // Settled here too, so that a refusal before start() is awaited is not an unhandled rejection.
  ready.catch(() => undefined);
  return {
    name: 'slack',
    describe: `Slack: POST ${SLACK_EVENTS_PATH}`,
    route: { method: 'POST', path: SLACK_EVENTS_PATH, handler: (req, res) => handler(req, res) },
    start() {
      setImmediate(listening);
      return ready;
    },
    async stop() {
      clearInterval(retry);
      await inflight.drain(DRAIN_TIMEOUT_MS);
    },
  };
}

/** Many workspaces: Bolt's installer serves the install flow and authorises each request by its team. */
async function createOAuthSlackAdapter({
  advisor,
  logger,
  options,
  metrics,
}: SlackAdapterDeps & { options: { oauth: SlackOAuthOptions } }): Promise<MountedAdapter> {
  const settings = oauthSettings(options);
  const installationStore = await openInstallationStore(options, logger);
  const inflight = createInflight();
  const receiver = createOAuthReceiver(settings, {
    apiUrl: options.apiUrl,
    logger,
    installationStore,
    endpoints: SLACK_EVENTS_PATH,
  });
  const app = await createBoltApp({
    apiUrl: options.apiUrl,
    advisor,
    logger,
    inflight,
    receiver,
    ...(metrics ? { metrics } : {}),
  });
  registerInstallationListeners(app, { installationStore, logger, inflight });
  // Bolt's receiver serves both pages itself: the install page sets the state cookie the redirect checks.
  const installPages = (req: IncomingMessage, res: ServerResponse) => receiver.requestListener(req, res);
  return {
    name: 'slack',
    describe: `Slack: POST ${SLACK_EVENTS_PATH}, install flow at GET ${INSTALL_PATH} (installations in ${options.redis ? 'Redis' : 'this process only'})`,
    route: {
      method: 'POST',
      path: SLACK_EVENTS_PATH,
      handler: slackEventsHandler({
        app,
        signingSecret: settings.signingSecret,
        apiUrl: options.apiUrl,
        logger,
        events: new Set([...HANDLED_EVENTS, ...INSTALLATION_EVENTS]),
      }),
    },
    extraRoutes: [
      { method: 'GET', path: INSTALL_PATH, handler: installPages },
      { method: 'GET', path: OAUTH_REDIRECT_PATH, handler: installPages },
    ],
    async stop() {
      await inflight.drain(DRAIN_TIMEOUT_MS);
      await installationStore.close();
    },
  };
}
