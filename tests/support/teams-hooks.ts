// Vitest hooks around the Teams harness (kept apart from teams-server.ts, which benches and scripts
// can import without a test runner).
import { afterAll, beforeAll } from 'vitest';
import { startTeamsHarness, type TeamsHarness } from './teams-server.js';

/**
 * Starts a harness before the file's tests and closes it after them. `env` may be a function, for
 * settings that only exist once an earlier beforeAll ran (a fake identity server's URLs).
 */
export function useTeamsHarness(
  env: Record<string, string> | (() => Record<string, string>) = {},
): TeamsHarness {
  let current: TeamsHarness | undefined;
  beforeAll(async () => {
    current = await startTeamsHarness(typeof env === 'function' ? env() : env);
  });
  afterAll(async () => {
    await current?.close();
  });
  const get = (): TeamsHarness => {
    if (!current) throw new Error('the Teams harness is not running (used outside a test?)');
    return current;
  };
  return {
    get app() {
      return get().app;
    },
    get connector() {
      return get().connector;
    },
    get logs() {
      return get().logs;
    },
    send: (activity, headers) => get().send(activity, headers),
    close: () => get().close(),
  };
}
