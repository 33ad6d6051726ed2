// botbuilder's token validation writes straight to console.error for every refused token: a
// multi-line stack for an expired one, and the whole set of signing keys (PEM) for an unknown one —
// cheap log amplification for anyone without a token, outside the structured log. Calls made while
// a request's token is being checked are dropped; the route logs one structured warning instead.
import { AsyncLocalStorage } from 'node:async_hooks';

const checking = new AsyncLocalStorage<true>();
let filter: typeof console.error | undefined;

/** Puts the filter in front of whatever console.error is now (a test or a tool may have replaced it). */
function install(): void {
  if (console.error === filter) return;
  const next = console.error;
  filter = (...args: unknown[]) => {
    if (checking.getStore()) return;
    next(...args);
  };
  console.error = filter;
}

/** Runs `work` (botbuilder's authentication of one request) with its console.error output dropped. */
export function withoutConsoleNoise<T>(work: () => Promise<T>): Promise<T> {
  install();
  return checking.run(true, work);
}
