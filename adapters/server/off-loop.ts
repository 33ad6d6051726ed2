// Turns with a long text run off the event loop, in one worker thread (turn-worker.ts). Reading a
// 20,000-character message costs the core a few milliseconds, and up to three times that when V8 or
// the machine is slow; in the server's own thread every health probe, acknowledgement and reply
// waits that long. Sent to the worker, the same `step` runs beside the loop, which only copies the
// state and the event there and the result back (structured clone, microseconds for a message).
//
// The worker starts on the first long text, so a server nobody pastes into never pays for a second
// thread (≈ 40 MB, and a few milliseconds of the loop to start it), and stops after OFF_LOOP_IDLE_MS
// without one. Short texts, and every turn when the worker cannot start or has died, run in the
// server's own thread (`inLoop`, compose.ts's slices of the event loop): slower for the loop, never
// lost. After MAX_FAILURES the worker is not started again.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { errorMessage } from '../../src/errors.js';
import type { CoreEvent } from '../../src/events.js';
import type { Logger, TurnResult, TurnRunner } from '../../src/ports.js';
import type { TurnDone, TurnJob } from './turn-worker.js';

/** Texts at least this long are read off the loop: a 2,000-character description takes well under a
 * millisecond in the loop, a 20,000-character one several. */
export const OFF_LOOP_MIN_CHARS = 2_000;
/** A worker that died this many times is not started again; turns run in the loop. */
const MAX_FAILURES = 3;
/** A worker with no turn for this long is stopped: it holds ≈ 40 MB (its own copy of the core and
 * the knowledge), and the next long text starts another. */
const OFF_LOOP_IDLE_MS = 5 * 60_000;
/** Reading is linear and takes milliseconds; a turn still in the worker after this long is a fault
 * (an input no test foresaw): the person is told something went wrong, and the worker is replaced. */
const OFF_LOOP_TURN_TIMEOUT_MS = 10_000;

export interface OffLoopOptions {
  logger: Logger;
  /** Where a turn runs when its text is short or the worker is not there to take it. */
  inLoop: TurnRunner;
  /** Texts at least this long go to the worker (default OFF_LOOP_MIN_CHARS). */
  minChars?: number;
  /** The worker's script (default turn-worker beside this module); tests start one that fails. */
  workerUrl?: URL;
  /** How long an idle worker is kept (default OFF_LOOP_IDLE_MS). */
  idleMs?: number;
  /** How long one turn may take in the worker (default OFF_LOOP_TURN_TIMEOUT_MS). */
  turnTimeoutMs?: number;
}

export interface OffLoop {
  /** Runs a turn in the worker when its text is long, otherwise (or without a worker) `inLoop`. */
  runTurn: TurnRunner;
  /** How many workers were started (one on the first long text, another after an idle stop). */
  started(): number;
  /** True while a worker is there to take turns. */
  running(): boolean;
  /** Stops the worker; turns still in it finish in the loop. */
  close(): Promise<void>;
}

interface Pending {
  job: TurnJob;
  resolve(result: TurnResult): void;
  reject(error: Error): void;
  timer?: NodeJS.Timeout;
}

interface TsxPackage {
  exports: { './esm/api': { import: { default: string } } };
}

/** A worker's script, or (evalCode) the code that loads it. */
interface WorkerEntry {
  entry: URL | string;
  evalCode: boolean;
}

/**
 * The worker's script and how to start it. From the build (the bundle or dist/), the compiled
 * turn-worker.js beside this module. From the sources (`npm run dev`, tests), turn-worker.ts, with
 * tsx registered in the worker first, as tsx runs the sources in the server's own thread.
 */
function defaultWorker(): WorkerEntry {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return { entry: new URL('./turn-worker.js', here), evalCode: false };
  // tsx's ES-module API (its "import" export), which registers its loader in the thread that calls it.
  const pkg = createRequire(here).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(pkg, 'utf8')) as TsxPackage;
  const tsx = new URL(exports['./esm/api'].import.default, pathToFileURL(pkg)).href;
  const entry = new URL('./turn-worker.ts', here).href;
  return {
    entry: `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`,
    evalCode: true,
  };
}

function textLength(event: CoreEvent): number {
  return 'text' in event && typeof event.text === 'string' ? event.text.length : 0;
}

export function createOffLoop(options: OffLoopOptions): OffLoop {
  const { logger } = options;
  const minChars = options.minChars ?? OFF_LOOP_MIN_CHARS;
  const pending = new Map<number, Pending>();
  const idleMs = options.idleMs ?? OFF_LOOP_IDLE_MS;
  const turnTimeoutMs = options.turnTimeoutMs ?? OFF_LOOP_TURN_TIMEOUT_MS;
  let script: WorkerEntry | undefined;
  let worker: Worker | undefined;
  let starts = 0;
  let idleTimer: NodeJS.Timeout | undefined;
  let failures = 0;
  let nextId = 1;
  let closed = false;

  /** A turn the worker cannot answer runs in the loop, as every turn did before there was one. */
  function inLoop({ job, resolve, reject, timer }: Pending): void {
    clearTimeout(timer);
    options.inLoop(job.state, job.event).then(resolve, reject);
  }

  /** No worker from now on (stopped, replaced or lost): the turns it held, for the caller to place. */
  function detach(): Pending[] {
    worker = undefined; // before terminate: its exit is not a failure
    const held = [...pending.values()];
    pending.clear();
    for (const p of held) clearTimeout(p.timer);
    return held;
  }

  /** Sends a turn to the worker (starting one if need be), or runs it in the loop when there is none. */
  function dispatch(p: Pending): void {
    const w = start();
    if (!w) {
      inLoop(p);
      return;
    }
    try {
      w.postMessage(p.job);
    } catch (error) {
      // A state the structured clone refuses would be a bug; the turn still runs, in the loop.
      logger.warn({ err: errorMessage(error) }, 'a turn could not be sent to the worker; ran it here');
      inLoop(p);
      return;
    }
    p.timer = setTimeout(() => timedOut(w, p), turnTimeoutMs);
    p.timer.unref();
    pending.set(p.job.id, p);
    clearTimeout(idleTimer);
    w.ref();
  }

  /** A turn past its time: refused (the service tells the person), and the worker that holds it is
   * replaced; the other turns it held go to the next one. Not counted as the worker failing. */
  function timedOut(w: Worker, p: Pending): void {
    if (pending.get(p.job.id) !== p) return;
    pending.delete(p.job.id);
    logger.error(
      { turnTimeoutMs, textChars: textLength(p.job.event) },
      'a turn ran past its time limit in the turn worker; replacing the worker',
    );
    p.reject(new Error(`a turn ran past ${turnTimeoutMs} ms in the turn worker`));
    if (worker !== w) return;
    const held = detach();
    void w.terminate();
    for (const q of held) dispatch(q);
  }

  function lost(w: Worker, why: string): void {
    if (worker !== w) return;
    failures++;
    const held = detach();
    logger.warn(
      { err: why, turns: held.length, failures, restarts: failures < MAX_FAILURES },
      'turn worker stopped; its turns run in the event loop',
    );
    for (const p of held) inLoop(p);
  }

  function start(): Worker | undefined {
    if (worker || closed || failures >= MAX_FAILURES) return worker;
    try {
      // Found once: a worker restarted after an idle stop or a death uses the same script.
      script ??= options.workerUrl ? { entry: options.workerUrl, evalCode: false } : defaultWorker();
      const w = new Worker(script.entry, { eval: script.evalCode, name: 'virt-advisor turns' });
      worker = w;
      starts++;
      // Idle, the worker does not keep the process alive; a turn in it does (see dispatch and idle).
      w.unref();
      w.on('message', (done: TurnDone) => settle(w, done));
      w.on('error', (error) => lost(w, errorMessage(error)));
      w.on('exit', (code) => lost(w, `exited with code ${code}`));
      w.on('messageerror', (error) => lost(w, errorMessage(error)));
      logger.debug('turn worker started for long texts');
      return w;
    } catch (error) {
      failures = MAX_FAILURES;
      logger.warn(
        { err: errorMessage(error) },
        'turn worker could not start; long texts run in the event loop',
      );
      return undefined;
    }
  }

  /** Nothing in the worker: it no longer keeps the process alive, and is stopped if it stays idle. */
  function idle(w: Worker): void {
    w.unref();
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      if (worker !== w || pending.size > 0) return;
      detach();
      logger.debug({ idleMs }, 'turn worker stopped after being idle');
      void w.terminate();
    }, idleMs);
    idleTimer.unref();
  }

  function settle(w: Worker, done: TurnDone): void {
    const p = pending.get(done.id);
    if (!p) return;
    pending.delete(done.id);
    clearTimeout(p.timer);
    if (pending.size === 0) idle(w);
    if ('error' in done) p.reject(new Error(done.error));
    else if (done.same) p.resolve([p.job.state, done.effects]);
    else p.resolve([done.next, done.effects]);
  }

  const runTurn: TurnRunner = (state, event) => {
    if (textLength(event) < minChars) return options.inLoop(state, event);
    return new Promise<TurnResult>((resolve, reject) => {
      dispatch({ job: { id: nextId++, state, event }, resolve, reject });
    });
  };

  return {
    runTurn,
    started: () => starts,
    running: () => worker !== undefined,
    async close() {
      closed = true;
      clearTimeout(idleTimer);
      const w = worker;
      if (!w) return;
      for (const p of detach()) inLoop(p);
      await w.terminate();
    },
  };
}
