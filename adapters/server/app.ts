// The composition root's HTTP server: the core from compose.ts, every adapter, served on one HTTP
// server (docs/contract.md §5). main.ts calls this with process.env; tests call it with their own env.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorMessage } from '../../src/errors.js';
import type { ConversationStore } from '../../src/ports.js';
import { sendJson } from '../http/http-io.js';
import type { MountedAdapter } from '../http/http-types.js';
import { METRICS_PATH, metricsHandler } from '../metrics/route.js';
import { LOCAL_MODE_DESCRIBE, TEAMS_ROUTE } from '../teams/route-info.js';
import { type CoreOverrides, composeCore, slackAdapterOptions, teamsAdapterOptions } from './compose.js';
import { type Config, slackMode } from './config.js';
import { lazyAdapter } from './lazy-adapter.js';
import { createRequestTracker } from './lifecycle.js';

export interface RunningApp {
  server: Server;
  url: string;
  port: number;
  adapters: MountedAdapter[];
  store: ConversationStore;
  /** Requests currently being answered. */
  inFlight(): number;
  /**
   * Graceful stop: refuse new requests, finish those in flight (at most `graceMs`, default the
   * config's SHUTDOWN_GRACE_SECONDS), stop the adapters, close the store. Resolves true when
   * nothing had to be cut off.
   */
  close(graceMs?: number): Promise<boolean>;
}

export interface AppDeps extends CoreOverrides {
  config: Config;
  /** Injected by tests so that the 408 can be seen without waiting out the real bound. */
  receiveTimeoutMs?: number;
  /** Called once the server listens, before the adapters start (main.ts installs its signal handlers). */
  onListening?: (app: RunningApp) => void;
}

/** Rejects when `promise` has not settled within `ms` (a stuck adapter must not hold shutdown forever). */
function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** How long a client may take to send a whole request (headers and body). */
const REQUEST_RECEIVE_TIMEOUT_MS = 10_000;
const PROBES = new Set(['/healthz', '/readyz', METRICS_PATH]);

export async function startApp(deps: AppDeps): Promise<RunningApp> {
  const { config } = deps;
  const { logger, store, prometheus, advisor, offLoop } = await composeCore(config, deps);
  const { metrics } = prometheus;
  const serveMetrics = metricsHandler(prometheus, config.METRICS_TOKEN);

  // Each platform SDK is imported only when its platform is configured (Slack, Teams with an app
  // id) or first used (local mode's /api/messages): importing botbuilder or Bolt is most of start-up.
  const adapters: MountedAdapter[] = [];
  const mode = slackMode(config);
  if (mode !== 'off') {
    const { createSlackAdapter } = await import('../slack/index.js');
    adapters.push(
      await createSlackAdapter({
        advisor,
        logger: logger.child({ component: 'slack' }),
        options: slackAdapterOptions(config),
        metrics,
      }),
    );
  }
  const loadTeams = async () => {
    const { createTeamsAdapter } = await import('../teams/index.js');
    return createTeamsAdapter({
      advisor,
      logger: logger.child({ component: 'teams' }),
      options: teamsAdapterOptions(config),
      metrics,
    });
  };
  adapters.push(
    config.MicrosoftAppId
      ? await loadTeams()
      : lazyAdapter({ name: 'teams', path: TEAMS_ROUTE, describe: LOCAL_MODE_DESCRIBE, load: loadTeams }),
  );

  const routes = new Map(
    adapters.flatMap((a) =>
      [...(a.route ? [a.route] : []), ...(a.extraRoutes ?? [])].map((r) => [r.path, r] as const),
    ),
  );

  // Node's own bound on receiving a request is 300 s; a client that sends headers and then trickles
  // (or never finishes) its body would hold a socket, and delay a graceful drain, that long. Slack
  // wants an answer within 3 s and Teams within 15 s, so a request still arriving after 10 s is cut
  // off with 408 (checked every second).
  const server = createServer({
    requestTimeout: deps.receiveTimeoutMs ?? REQUEST_RECEIVE_TIMEOUT_MS,
    headersTimeout: deps.receiveTimeoutMs ?? REQUEST_RECEIVE_TIMEOUT_MS,
    connectionsCheckingInterval: 1000,
  });
  const requests = createRequestTracker(server);

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    requests.track(req, res);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    // Uptime checkers and load balancers probe with HEAD as often as GET (Node sends no body for HEAD).
    const probe = req.method === 'GET' || req.method === 'HEAD';
    if (PROBES.has(path) && !probe) {
      res.setHeader('allow', 'GET, HEAD');
      return sendJson(res, 405, { error: 'method not allowed' });
    }
    if (probe && path === '/healthz') return sendJson(res, 200, { status: 'ok' });
    // Scraped while draining too: the last figures of a stopping replica are worth having.
    if (probe && path === METRICS_PATH) {
      serveMetrics(req, res).catch(() => {
        if (!res.headersSent) sendJson(res, 500, { error: 'metrics unavailable' });
      });
      return;
    }
    // While draining, tell the load balancer (readiness) and any late caller that we are going away;
    // the platforms retry a refused delivery, and another replica answers it.
    if (requests.draining) return sendJson(res, 503, { status: 'shutting down' });
    if (probe && path === '/readyz') {
      void advisor
        .ready()
        .then((ok) => sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'store unavailable' }));
      return;
    }
    const route = routes.get(path);
    if (!route && path === '/slack/events') {
      // Say why, so a newcomer pointing Slack at a server without credentials is not left guessing.
      return sendJson(res, 404, {
        error:
          mode === 'socket'
            ? 'Slack runs over Socket Mode here (SLACK_APP_TOKEN is set), so it takes no HTTP requests; unset SLACK_APP_TOKEN to receive them on this route.'
            : 'Slack is not configured here: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode).',
      });
    }
    if (!route) return sendJson(res, 404, { error: 'not found' });
    if (req.method !== route.method) {
      res.setHeader('allow', route.method);
      return sendJson(res, 405, { error: 'method not allowed' });
    }
    Promise.resolve(route.handler(req, res)).catch((error: unknown) => {
      logger.error({ path, err: errorMessage(error) }, 'route handler failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.end();
    });
  };

  server.on('request', listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, '0.0.0.0', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  let closing: Promise<boolean> | undefined;
  const running: RunningApp = {
    server,
    port,
    url: `http://127.0.0.1:${port}`,
    adapters,
    store,
    inFlight: () => requests.inFlight(),
    close(graceMs = config.SHUTDOWN_GRACE_SECONDS * 1000) {
      closing ??= (async () => {
        // First the HTTP requests in flight, then the adapters: an HTTP adapter that acks first and
        // works after (Slack) only registers that work while its request runs, so its stop() must
        // come after the drain to wait for it. The store closes once nobody can use it any more.
        const drained = await requests.drain(graceMs);
        const stopped = await Promise.allSettled(
          adapters.map((adapter) =>
            withTimeout(Promise.resolve(adapter.stop?.()), graceMs, `${adapter.name} stop`),
          ),
        );
        for (const result of stopped) {
          if (result.status === 'rejected')
            logger.warn({ err: errorMessage(result.reason) }, 'adapter did not stop cleanly');
        }
        if (!drained)
          logger.warn({ graceMs }, 'shutdown grace period over; cut off requests still in flight');
        await offLoop?.close();
        await store.close();
        return drained && stopped.every((r) => r.status === 'fulfilled');
      })();
      return closing;
    },
  };
  deps.onListening?.(running);
  try {
    for (const adapter of adapters) await adapter.start?.();
  } catch (error) {
    // An adapter that cannot start (a bot token Slack refuses) stops the server it was mounted on.
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeAllConnections();
    await closed;
    await offLoop?.close();
    await store.close().catch(() => undefined);
    throw error;
  }
  return running;
}
