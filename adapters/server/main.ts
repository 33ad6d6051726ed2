// `npm start`: read .env and the environment, start the one server, stop cleanly on SIGTERM.
import 'dotenv/config';
import { startApp } from './app.js';
import { type Config, ConfigError, loadConfig, slackMode } from './config.js';
import { createLogger } from './logger.js';

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const app = await startApp({ config, logger });
  const local = slackMode(config) === 'off' && !config.MicrosoftAppId;
  logger.info(
    {
      port: app.port,
      store: config.REDIS_URL ? 'redis' : 'in-process',
      adapters: app.adapters.map((a) => a.describe),
    },
    local
      ? `Virt Advisor is running in local mode (no Slack or Teams credentials) on http://localhost:${app.port} — try the Bot Framework Emulator at /api/messages, or \`npm run chat\` in a terminal.`
      : `Virt Advisor is listening on port ${app.port}`,
  );

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
        logger.error({ err: error instanceof Error ? error.message : String(error) }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(`Virt Advisor failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
