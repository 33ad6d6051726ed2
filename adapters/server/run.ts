// The server's process: read .env and the environment, start the one server, stop cleanly on
// SIGTERM. main.ts runs it, from the build's bundle when there is one (server-bundle.ts).
import 'dotenv/config';
import { errorMessage } from '../../src/errors.js';
import { createAdvisor } from '../../src/service.js';
import { renderBlockKit } from '../slack/render-block-kit.js';
import { messageEvent, slashCommandEvent } from '../slack/translate.js';
import { createMemoryStore } from '../store/memory.js';
import { type RunningApp, startApp } from './app.js';
import { loadConfig, slackMode } from './config.js';
import { createLogger } from './logger.js';
import { loadPlanTable } from './plan-table.js';
import { startFailure } from './start-failure.js';
import { WARM_UP_AFTER_MS, warmUpCore } from './warm-up.js';

async function main(startedFrom: string): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.LOG_LEVEL);
  logger.debug(`loaded ${startedFrom}`);
  const seeded = loadPlanTable();
  if (seeded > 0) logger.debug({ profiles: seeded }, 'interview plans installed from the build');
  // From the moment the server listens — before the adapters have finished starting (Slack's
  // auth.test) and before the start-up line, which waits on the store's ping — SIGTERM (Kubernetes,
  // systemd, docker stop): refuse new requests, finish those in flight, stop the adapters, close the
  // store, then exit 0. A second signal, or a drain that hangs, exits at once.
  const graceMs = config.SHUTDOWN_GRACE_SECONDS * 1000;
  let stopping = false;
  const onListening = (app: RunningApp) => {
    const shutdown = (signal: string) => {
      if (stopping) {
        logger.warn({ signal }, 'second signal: exiting now');
        process.exit(1);
      }
      stopping = true;
      logger.info(
        { signal, inFlight: app.inFlight(), graceMs },
        'shutting down: no new requests, finishing those in flight',
      );
      const timer = setTimeout(
        () => {
          logger.error('shutdown did not finish in time; exiting');
          process.exit(1);
        },
        2 * graceMs + 5000,
      ); // the drain and the adapters' stop are each bounded by graceMs
      timer.unref();
      app.close(graceMs).then(
        (clean) => {
          logger.info({ clean }, 'stopped');
          process.exit(clean ? 0 : 1);
        },
        (error: unknown) => {
          logger.error({ err: errorMessage(error) }, 'shutdown failed');
          process.exit(1);
        },
      );
    };
    process.on('SIGTERM', () => shutdown('SIGTERM'));
    process.on('SIGINT', () => shutdown('SIGINT'));
  };
  const app = await startApp({ config, logger, onListening }).catch((error: unknown) => {
    // A signal during start-up: the shutdown under way says how it ended, not this.
    if (stopping) return undefined;
    throw error;
  });
  // Stopping already: the start-up line would be news from a server going away.
  if (!app || stopping) return;
  const local = slackMode(config) === 'off' && !config.MicrosoftAppId;
  // A Redis that is down at start is said on the start-up line; the store repeats it while it lasts.
  const storeUp = await app.store.ping().then(
    () => true,
    () => false,
  );
  logger.info(
    {
      port: app.port,
      store: config.REDIS_URL
        ? storeUp
          ? 'redis'
          : 'redis (unreachable: conversations fail until it answers)'
        : 'in-process',
      adapters: app.adapters.map((a) => a.describe),
    },
    local
      ? `Virt Advisor is running in local mode (no Slack or Teams credentials) on http://localhost:${app.port} — try the Bot Framework Emulator at /api/messages, or \`npm run chat\` in a terminal.`
      : `Virt Advisor is listening on port ${app.port}`,
  );
  // The first message a server reads is slow (warm-up.ts): read a few samples before anyone's.
  setTimeout(() => {
    warmUpCore().then(
      (samples) => logger.debug({ samples }, 'core warmed up'),
      (error: unknown) => logger.warn({ err: errorMessage(error) }, 'core warm-up failed'),
    );
  }, WARM_UP_AFTER_MS).unref();
}

/** Starts the server; a failure to start is one readable line and an exit status (start-failure.ts). */
export function runServer(startedFrom: string): void {
  main(startedFrom).catch((error: unknown) => {
    const { status, line } = startFailure(error);
    console.error(line);
    process.exit(status);
  });
}

/**
 * What the build runs before it writes the bundle's code cache: the modules a server loads at start
 * and the functions of a first interview and of the warm-up, so that V8 finds them compiled when the
 * server starts.
 */
export async function primeCodeCache(): Promise<void> {
  await warmUpCore();
  await import('../slack/index.js');
  loadPlanTable();
  const advisor = createAdvisor({ store: createMemoryStore(), logger: createLogger('silent') });
  const key = 'warm-up';
  let effects = await advisor.handle(key, slashCommandEvent('', 'U0', 0));
  // Always the first answer, to the recommendation (an interview is at most a dozen questions).
  for (let turn = 0; turn < 20 && !effects.some((e) => e.card.kind === 'recommendation'); turn++) {
    for (const effect of effects) renderBlockKit(effect.card, { conversationKey: key });
    effects = await advisor.handle(key, messageEvent('1', 'U0', turn + 1));
  }
  for (const effect of effects) renderBlockKit(effect.card, { conversationKey: key });
}
