// The event loop's share for turns (compose.ts runs each turn's `step` here, unless the turn goes to
// the worker thread of off-loop.ts). Each turn's pure work waits in one
// queue; the queue runs in slices of at most SLICE_MS (a turn is never cut short: a slice ends after
// the turn that passes it), and between slices the loop reads sockets and runs timers. A burst of
// 20,000-character messages then costs each health probe or acknowledgement at most one slice of
// waiting, where running every turn as its request arrived held the loop for the whole burst.
import { performance } from 'node:perf_hooks';

/** Runs `work` when the event loop's turn for it comes, and resolves what it returns. */
export type TurnScheduler = <T>(work: () => T) => Promise<T>;

/** Long enough that ordinary turns (well under a millisecond) run many to a slice. */
const SLICE_MS = 5;

export function createTurnScheduler(sliceMs = SLICE_MS): TurnScheduler {
  const queue: (() => void)[] = [];
  let head = 0;
  let pending = false;

  function runSlice(): void {
    pending = false;
    const until = performance.now() + sliceMs;
    while (head < queue.length) {
      const work = queue[head];
      queue[head++] = noop; // release the closure
      work?.();
      if (performance.now() >= until) break;
    }
    if (head === queue.length) {
      queue.length = 0;
      head = 0;
    } else later();
  }

  function later(): void {
    if (pending) return;
    pending = true;
    setImmediate(runSlice);
  }

  return <T>(work: () => T) =>
    new Promise<T>((resolve, reject) => {
      queue.push(() => {
        try {
          resolve(work());
        } catch (error) {
          reject(error);
        }
      });
      later();
    });
}

function noop(): void {}
