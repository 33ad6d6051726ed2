// `npm start`: read .env and the environment, start the one server, stop cleanly on SIGTERM.
import 'dotenv/config';
import { errorMessage } from '../../src/errors.js';
import { startApp } from './app.js';
import { loadConfig, slackMode } from './config.js';
import { createLogger } from './logger.js';
import { loadPlanTable } from './plan-table.js';
import { startFailure } from './start-failure.js';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.LOG_LEVEL);
  const seeded = loadPlanTable();
  if (seeded > 0) logger.debug({ profiles: seeded }, 'interview plans installed from the build');
  const app = await startApp({ config, logger });
  // From the moment the server listens — before the start-up line, which waits on the store's ping —
  // SIGTERM (Kubernetes, systemd, docker stop): refuse new requests, finish those in flight, stop the
  // adapters, close the store, then exit 0. A second signal, or a drain that hangs, exits at once.
  const graceMs = config.SHUTDOWN_GRACE_SECONDS * 1000;
  let stopping = false;
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
}

main().catch((error: unknown) => {
  const { status, line } = startFailure(error);
  console.error(line);
  process.exit(status);
});
