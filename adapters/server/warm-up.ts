// The first message a server reads runs in V8's interpreter, with each regular expression of the
// knowledge's vocabulary still to be compiled: a 20,000-character description took about 70 ms to
// read and plan where the same text takes under 10 ms once the server has read a few. A moment
// after start, sample messages go through the core's pure `step` (no store, no metrics), one per
// turn of the event loop, so that a person's message arriving meanwhile waits for one sample at most.
import { step } from '../../src/conversation.js';
import type { CoreEvent } from '../../src/events.js';

/** After the start-up line and the first requests a restart brings; before most people type anything. */
export const WARM_UP_AFTER_MS = 250;

const DESCRIPTIONS = [
  'A web API for our mobile app, written in Go, about 200 requests a second at peak and quiet at night; the team knows Docker.',
  'Nightly batch job that reads 40 GB from S3, runs for three hours on 64 GB of memory and writes to Redshift; we already run Kubernetes.',
  'Resize images when they are uploaded to S3, a few seconds each, bursty, nobody on the team wants to manage servers.',
  'A legacy Windows service with a per-core licence that needs a GPU and dedicated hosts.',
];

/**
 * Each description, a longer one (loops hot enough to compile) and typed answers. No question:
 * building the answer index left the idle server ≈ 4 MB larger in `bench:load`, for a path the
 * first person may never take.
 */
function samples(): CoreEvent[] {
  const at = Date.now();
  const text = (t: string): CoreEvent => ({ type: 'text', userId: 'warm-up', at, text: t });
  const long = DESCRIPTIONS.join(' ').repeat(5).slice(0, 2_000);
  return [
    ...DESCRIPTIONS.map((d): CoreEvent => ({ type: 'start', userId: 'warm-up', at, text: d })),
    { type: 'start', userId: 'warm-up', at, text: long },
    text('1'),
    text('not sure'),
  ];
}

/** Runs every sample through the core, yielding to the event loop between them. */
export async function warmUpCore(): Promise<number> {
  const events = samples();
  let state: Parameters<typeof step>[0];
  for (const event of events) {
    await new Promise((resolve) => setImmediate(resolve));
    // A typed answer continues the interview the last description started; the others start afresh.
    [state] = step(event.type === 'text' ? state : undefined, event);
  }
  return events.length;
}
