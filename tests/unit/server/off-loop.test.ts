// The worker thread for turns with a long text (adapters/server/off-loop.ts): a real worker running
// the core's `step`, compared with `step` run here.
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createOffLoop, OFF_LOOP_MIN_CHARS, type OffLoop } from '../../../adapters/server/off-loop.js';
import { createMemoryStore } from '../../../adapters/store/memory.js';
import { type ConversationState, step } from '../../../src/conversation.js';
import type { CoreEvent } from '../../../src/events.js';
import { NOTICES } from '../../../src/notice.js';
import { createAdvisor } from '../../../src/service.js';
import { captureLogger } from '../../support/capture-logger.js';

const AT = 1_700_000_000_000;
const description =
  'A nightly ETL job that runs for about three hours on 64 GB of memory, reading from S3 and writing to Redshift; our platform team runs Kubernetes on-prem too. ';
const long = (text: string, n = OFF_LOOP_MIN_CHARS + 500): string => text.repeat(Math.ceil(n / text.length));

const open: OffLoop[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((o) => o.close()));
});

/** An off-loop whose turns in this thread run `step` at once, each recorded in `here`. */
function offLoop(options: Partial<Parameters<typeof createOffLoop>[0]> = {}) {
  const logger = captureLogger();
  const here: CoreEvent[] = [];
  const o = createOffLoop({
    logger,
    inLoop: async (state, event) => {
      here.push(event);
      return step(state, event);
    },
    ...options,
  });
  open.push(o);
  return { o, logger, here };
}

describe('turns with a long text run in a worker thread', () => {
  it('gives exactly what step gives in this thread, turn after turn of an interview', async () => {
    const { o, logger, here: ranHere } = offLoop();
    const events: CoreEvent[] = [
      { type: 'start', userId: 'U1', at: AT, text: long(description) },
      { type: 'text', userId: 'U1', at: AT + 1, text: long('it runs on demand when files arrive, ') },
      { type: 'text', userId: 'U1', at: AT + 2, text: long('how long can a lambda run? ') },
      { type: 'ask', userId: 'U1', at: AT + 3, text: long('what is the max memory for lambda? ') },
    ];
    let here: ConversationState | undefined;
    let there: ConversationState | undefined;
    for (const event of events) {
      const expected = step(here, event);
      const got = await o.runTurn(there, event);
      expect(got).toEqual(expected);
      [here] = expected;
      [there] = got;
    }
    expect(o.started()).toBe(1);
    // Nothing ran in this thread, and nothing fell back to it: a lost worker says so at warn.
    expect(ranHere).toEqual([]);
    expect(logger.lines.filter((l) => l.level !== 'debug')).toEqual([]);
  });

  it('hands back the very state it was given when the turn leaves it unchanged (nothing to save)', async () => {
    const { o, here } = offLoop();
    const [state] = step(undefined, { type: 'start', userId: 'U2', at: AT, text: description });
    expect(state).toBeDefined();
    const question: CoreEvent = {
      type: 'ask',
      userId: 'U2',
      at: AT + 1,
      text: long('how long can a lambda run? '),
    };
    const [next, effects] = await o.runTurn(state, question);
    expect(here).toEqual([]);
    expect(next).toBe(state);
    expect(effects).toEqual(step(state, question)[1]);
  });

  it('leaves short texts and events without text to the event loop, and starts no worker for them', async () => {
    const { o, here } = offLoop();
    const [state] = step(undefined, { type: 'start', userId: 'U3', at: AT });
    const short = 'x'.repeat(OFF_LOOP_MIN_CHARS - 1);
    const events: CoreEvent[] = [
      { type: 'text', userId: 'U3', at: AT + 1, text: short },
      { type: 'start', userId: 'U3', at: AT + 1 },
      { type: 'button', userId: 'U3', at: AT + 1, value: { q: 'runtime', a: 'short' } },
    ];
    for (const event of events) expect(await o.runTurn(state, event)).toEqual(step(state, event));
    expect(here).toEqual(events);
    expect(o.started()).toBe(0);
  });

  it('answers the turns of a worker that died in this thread, restarts it, and after three deaths stops trying', async () => {
    const dying = new URL('../../support/dying-worker.mjs', import.meta.url);
    const { o, logger, here } = offLoop({ workerUrl: dying });
    const event = (n: number): CoreEvent => ({
      type: 'start',
      userId: `U4${n}`,
      at: AT + n,
      text: long(description),
    });
    for (let n = 1; n <= 3; n++) {
      // Each turn is answered all the same, with what step gives.
      expect(await o.runTurn(undefined, event(n))).toEqual(step(undefined, event(n)));
    }
    // Each went to a worker first, which died with it; then it ran here.
    expect(o.started()).toBe(3);
    expect(here).toEqual([event(1), event(2), event(3)]);
    const lost = logger.lines.filter((l) => l.msg === 'turn worker stopped; its turns run in the event loop');
    expect(lost.map((l) => [l.level, l.fields.failures, l.fields.restarts])).toEqual([
      ['warn', 1, true],
      ['warn', 2, true],
      ['warn', 3, false],
    ]);
    // Three deaths: long texts now stay in the loop, and no worker is started for them.
    expect(await o.runTurn(undefined, event(4))).toEqual(step(undefined, event(4)));
    expect(here).toHaveLength(4);
    expect(o.started()).toBe(3);
  });

  it('stops a worker left idle, and starts another for the next long text', async () => {
    const { o, logger, here } = offLoop({ idleMs: 0 });
    const event = (n: number): CoreEvent => ({
      type: 'start',
      userId: `U6${n}`,
      at: AT + n,
      text: long(description),
    });
    expect(await o.runTurn(undefined, event(1))).toEqual(step(undefined, event(1)));
    await logger.waitFor((l) => l.msg === 'turn worker stopped after being idle');
    expect(o.running()).toBe(false);
    expect(await o.runTurn(undefined, event(2))).toEqual(step(undefined, event(2)));
    expect(o.started()).toBe(2);
    expect(here).toEqual([]);
    // An idle stop is not a failure.
    expect(logger.lines.filter((l) => l.level === 'warn')).toEqual([]);
  });

  it('refuses a turn still in the worker past its time, replaces the worker, and sends the turns it held to the next', async () => {
    const silent = new URL('../../support/silent-worker.mjs', import.meta.url);
    const { o, logger } = offLoop({ workerUrl: silent, turnTimeoutMs: 50 });
    const event = (n: number): CoreEvent => ({
      type: 'start',
      userId: `U7${n}`,
      at: AT + n,
      text: long(description),
    });
    const first = o.runTurn(undefined, event(1));
    const second = o.runTurn(undefined, event(2));
    await expect(first).rejects.toThrow(/ran past 50 ms/);
    // The second was moved to a new worker when the first's was replaced, and timed out there.
    await expect(second).rejects.toThrow(/ran past 50 ms/);
    expect(o.started()).toBe(2);
    const timedOut = logger.lines.filter((l) => l.msg.startsWith('a turn ran past its time limit'));
    expect(timedOut.map((l) => [l.level, l.fields.textChars])).toEqual([
      ['error', long(description).length],
      ['error', long(description).length],
    ]);
    // A time-out is the input's fault, not the worker's: long texts still go to a worker.
    const third = o.runTurn(undefined, event(3));
    await expect(third).rejects.toThrow(/ran past/);
    expect(logger.lines.filter((l) => l.level === 'warn')).toEqual([]);
  });

  it('through the advisor: a turn refused for its time leaves the conversation as it was and says sorry', async () => {
    const silent = new URL('../../support/silent-worker.mjs', import.meta.url);
    const { o, logger } = offLoop({ workerUrl: silent, turnTimeoutMs: 50 });
    const store = createMemoryStore();
    const advisor = createAdvisor({ store, logger, runTurn: o.runTurn });
    await advisor.handle('K1', { type: 'start', userId: 'U8', at: AT });
    const before = await store.get('K1');
    const effects = await advisor.handle('K1', {
      type: 'text',
      userId: 'U8',
      at: AT + 1,
      text: long(description),
    });
    expect(effects).toEqual([{ type: 'private_notice', card: NOTICES.internal() }]);
    expect(await store.get('K1')).toEqual(before);
  });

  it.runIf(process.platform === 'linux')(
    'runs the worker thread at a lower priority than the event loop (niceness 10)',
    async () => {
      // Linux gives each thread its own niceness, in field 19 of /proc/self/task/<tid>/stat.
      const niceThreads = () =>
        readdirSync('/proc/self/task').filter((tid) => {
          try {
            const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
            return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16] === '10';
          } catch {
            return false; // a thread that ended meanwhile
          }
        }).length;
      const before = niceThreads();
      const { o } = offLoop();
      await o.runTurn(undefined, { type: 'start', userId: 'U9', at: AT, text: long(description) });
      expect(niceThreads()).toBe(before + 1);
    },
  );

  it('runs turns in this thread once closed, and starts no worker for them', async () => {
    const { o, here } = offLoop();
    const event: CoreEvent = { type: 'start', userId: 'U5', at: AT, text: long(description) };
    await o.runTurn(undefined, event);
    await o.close();
    expect(await o.runTurn(undefined, event)).toEqual(step(undefined, event));
    expect(here).toEqual([event]);
    expect(o.started()).toBe(1);
  });
});
