// `npm start`: read .env and the environment, start the one server, stop cleanly on SIGTERM.
import 'dotenv/config';
import { startApp } from './app.js';
import { ConfigError, loadConfig, slackMode } from './config.js';
import { createLogger } from './logger.js';

async function main(): Promise<void> {
  let config;
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

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down: no new requests, finishing those in flight');
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(`Virt Advisor failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
