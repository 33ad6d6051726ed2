// The worker thread behind off-loop.ts: it runs the core's pure `step` on the turns the server sends
// it (those with a long text) and posts back what `step` returned. The interview tables are installed
// from the build as in the server's own thread, so both plan alike (plan-table.ts).
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { type ConversationState, step } from '../../src/conversation.js';
import { errorMessage } from '../../src/errors.js';
import type { CoreEvent, Effect } from '../../src/events.js';
import { loadPlanTable } from './plan-table.js';

/** A turn sent by off-loop.ts. */
export interface TurnJob {
  id: number;
  state: ConversationState | undefined;
  event: CoreEvent;
}

/** What comes back: `same` when `step` returned the state it was given (nothing to save). */
export type TurnDone =
  | { id: number; same: true; effects: Effect[] }
  | { id: number; same: false; next: ConversationState | undefined; effects: Effect[] }
  | { id: number; error: string };

/**
 * This thread's niceness: reading is background work next to the event loop's probes, acks and
 * replies, so when both want the one free core the loop's thread goes first. On Linux a thread has
 * its own niceness (`setPriority` with no pid sets the calling thread's); a platform that refuses
 * leaves it as it is.
 */
const NICENESS = 10;
try {
  setPriority(NICENESS);
} catch {
  // not allowed here: the worker still runs, at the server's priority
}

loadPlanTable();
const port = parentPort;
port?.on('message', (job: TurnJob) => {
  let done: TurnDone;
  try {
    const [next, effects] = step(job.state, job.event);
    done =
      next === job.state ? { id: job.id, same: true, effects } : { id: job.id, same: false, next, effects };
  } catch (error) {
    done = { id: job.id, error: errorMessage(error) };
  }
  port.postMessage(done);
});
