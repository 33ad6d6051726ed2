// The real server (startApp, port 0) with the Teams adapter mounted, a fake Bot Connector on loopback,
// and a small driver that posts activities and returns what the bot sent for each.
import { type RunningApp, startApp } from '../../adapters/server/app.js';
import { loadConfig } from '../../adapters/server/config.js';
import type { ConversationStore } from '../../src/ports.js';
import { type FakeConnector, type RecordedCall, startFakeConnector } from './fake-connector.js';
import { type Activity, postActivity } from './teams-activities.js';
import { type LogEntry, recordingLogger } from './teams-logger.js';

export interface TeamsHarness {
  app: RunningApp;
  connector: FakeConnector;
  logs: LogEntry[];
  /** POST one activity; resolves with the HTTP status and the connector calls it caused. */
  send(
    activity: Activity | string,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: string; calls: RecordedCall[] }>;
  close(): Promise<void>;
}

export async function startTeamsHarness(
  env: Record<string, string> = {},
  store?: ConversationStore,
): Promise<TeamsHarness> {
  const connector = await startFakeConnector();
  const logger = recordingLogger();
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', ...env });
  const app = await startApp(store ? { config, logger, store } : { config, logger });
  return {
    app,
    connector,
    logs: logger.entries,
    async send(activity, headers = {}) {
      const before = connector.calls.length;
      const res = await postActivity(app.url, activity, headers);
      return { ...res, calls: connector.calls.slice(before) };
    },
    async close() {
      await app.close();
      await connector.close();
    },
  };
}
