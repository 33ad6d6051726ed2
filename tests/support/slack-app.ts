// Starts the real server (startApp) with Slack over HTTP, pointed at a fresh fake Slack Web API.
import { type RunningApp, startApp } from '../../adapters/server/app.js';
import { loadConfig } from '../../adapters/server/config.js';
import { type ConversationStore, type Logger, silentLogger } from '../../src/ports.js';
import { FAKE_TOKEN, type FakeSlack, startFakeSlack } from './fake-slack.js';
import { SlackDriver } from './slack-client.js';
import { TEST_SIGNING_SECRET } from './slack-sign.js';

export interface SlackHarness {
  app: RunningApp;
  fake: FakeSlack;
  slack: SlackDriver;
  close(): Promise<void>;
}

export async function startSlackHarness(
  env: Record<string, string> = {},
  logger: Logger = silentLogger,
  /** A store of the test's own (default: the one the settings name, the in-process store). */
  store?: ConversationStore,
): Promise<SlackHarness> {
  const fake = await startFakeSlack();
  const config = loadConfig({
    PORT: '0',
    LOG_LEVEL: 'silent',
    SLACK_BOT_TOKEN: FAKE_TOKEN,
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_API_URL: fake.url,
    ...env,
  });
  const app = await startApp({ config, logger, ...(store ? { store } : {}) });
  return {
    app,
    fake,
    slack: new SlackDriver(app.url, fake),
    async close() {
      await app.close();
      await fake.close();
    },
  };
}
