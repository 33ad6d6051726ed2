// The Slack route's intake (http-route.ts): payloads in slices of the event loop. Turns have their
// own slices (adapters/server/turn-scheduler.ts); these are the requests' work before the ack, which
// runs in promise callbacks that a queue of synchronous jobs cannot bound.
import { performance } from 'node:perf_hooks';

/** How much of one turn of the event loop payloads may take on their way to Bolt's ack in a burst. */
const INTAKE_SLICE_MS = 5;
/** The longest one payload holds the intake before the next is let in, acked or not. */
const INTAKE_HOLD_MS = 50;

/**
 * Admits payloads one at a time, each from its signature check to Bolt's ack, and at most
 * INTAKE_SLICE_MS of them in a row before the event loop reads sockets again. A burst (150 long DMs
 * at once) otherwise hashes, parses and runs every request's middleware in the same turn of the loop,
 * and a health probe or another workspace's ack waits for all of them. Out of a burst a payload goes
 * straight in.
 */
export function createIntake(sliceMs = INTAKE_SLICE_MS): {
  admit(start: (release: () => void) => void): void;
} {
  const waiting: ((release: () => void) => void)[] = [];
  let busy = false;
  let deferred = false;
  // Time payloads took in this turn of the event loop; the turn ends at the next check phase.
  let used = 0;
  let turnOpen = false;

  function openTurn(): void {
    if (turnOpen) return;
    turnOpen = true;
    used = 0;
    setImmediate(() => {
      turnOpen = false;
    });
  }

  function pump(): void {
    while (!busy && waiting.length > 0) {
      openTurn();
      if (used >= sliceMs) {
        // The rest after the sockets already read in this turn, a slice per turn from then on.
        if (!deferred) {
          deferred = true;
          setImmediate(() => {
            deferred = false;
            pump();
          });
        }
        return;
      }
      const start = waiting.shift() as (release: () => void) => void;
      busy = true;
      const began = performance.now();
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        clearTimeout(holding);
        used += performance.now() - began;
        busy = false;
        pump();
      };
      // A payload no listener acks at once (one that waits on the Web API) gives up its turn.
      const holding = setTimeout(release, INTAKE_HOLD_MS);
      start(release);
    }
  }

  return {
    admit(start) {
      waiting.push(start);
      pump();
    },
  };
}
