// Graceful shutdown for the one HTTP server: stop taking new work, let the requests already
// running finish (their users are mid-click), then let the caller close adapters and the store.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export interface RequestTracker {
  /** Wrap the server's listener: counts requests until their response is finished or aborted. */
  track(req: IncomingMessage, res: ServerResponse): void;
  /** True once draining has begun: new requests are refused and readiness reports 503. */
  readonly draining: boolean;
  inFlight(): number;
  /**
   * Stop accepting connections and wait for in-flight requests, at most `graceMs`.
   * Resolves true when everything finished, false when stragglers had to be cut off.
   */
  drain(graceMs: number): Promise<boolean>;
}

export function createRequestTracker(server: Server): RequestTracker {
  let active = 0;
  let draining = false;
  const idleWaiters = new Set<() => void>();

  const finished = () => {
    active--;
    if (active === 0) for (const wake of idleWaiters) wake();
  };

  return {
    track(_req, res) {
      active++;
      let done = false;
      const once = () => {
        if (done) return;
        done = true;
        finished();
      };
      res.once('finish', once);
      res.once('close', once);
      // A keep-alive connection must not carry another request once we are shutting down.
      if (draining) res.setHeader('connection', 'close');
    },
    get draining() {
      return draining;
    },
    inFlight: () => active,
    async drain(graceMs) {
      draining = true;
      // close() stops listening at once; its callback only fires when every connection is gone.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const idle = new Promise<void>((resolve) => {
        if (active === 0) return resolve();
        idleWaiters.add(resolve);
      });
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), graceMs);
      });
      const outcome = await Promise.race([idle.then(() => 'idle' as const), timedOut]);
      clearTimeout(timer);
      // Idle keep-alive sockets (and, after the grace period, stragglers) would hold close() open.
      if (outcome === 'timeout') server.closeAllConnections();
      else server.closeIdleConnections();
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
      server.closeAllConnections();
      return outcome === 'idle';
    },
  };
}
