// An adapter whose module (and platform SDK) is imported on its first request rather than at
// start-up: local mode serves the Bot Framework Emulator on /api/messages, but most local runs and
// every Slack-only deployment never receive a Teams request, and botbuilder is most of the start-up.
import type { MountedAdapter } from '../http/http-types.js';

export interface LazyAdapterOptions {
  name: string;
  path: string;
  describe: string;
  load: () => Promise<MountedAdapter>;
}

export function lazyAdapter({ name, path, describe, load }: LazyAdapterOptions): MountedAdapter {
  let loading: Promise<MountedAdapter> | undefined;
  const loaded = () => {
    // A failed import is retried on the next request instead of failing every later one.
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  return {
    name,
    describe,
    route: {
      method: 'POST',
      path,
      async handler(req, res) {
        const adapter = await loaded();
        if (!adapter.route) throw new Error(`${name} adapter has no HTTP route`);
        await adapter.route.handler(req, res);
      },
    },
    async stop() {
      // Nothing to stop when it was never used; otherwise let it finish what it started.
      if (loading) await (await loading).stop?.();
    },
  };
}
