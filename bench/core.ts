// Latency benchmark for the pure core (not a test: figures are printed, nothing passes or fails).
// Run: npm run bench:core. The machine is shared and noisy: compare figures within one run only.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadPlanTable } from '../adapters/server/plan-table.js';
import { ask } from '../src/ask.js';
import { step } from '../src/conversation.js';
import { type Profile, QUESTION_OPTIONS, type QuestionId } from '../src/domain.js';
import { primaryOf, recommend } from '../src/engine.js';
import { EXTRACT_MAX_CHARS, extract, looksLikeQuestion } from '../src/extract.js';
import { ensureBuilt } from '../tests/support/build.js';
// The tests' seeded generator (xorshift), so runs are comparable and the two never drift apart.
import { randomProfiles } from '../tests/support/plan-reference.js';
import { xorshiftUnit } from '../tests/support/xorshift.js';
import { DESCRIPTION_PARAGRAPH, fill, longMessages, vocabularyPhrases } from './long-messages.js';

// The server installs the build's plan table at start-up (adapters/server/plan-table.ts): so does
// the benchmark, so interview turns are measured as `npm start` runs them.
ensureBuilt();
const tableProfiles = loadPlanTable(new URL('../dist/adapters/server/', import.meta.url));
console.log(`plan table: ${tableProfiles} interview profiles installed from the build`);

function time(label: string, runs: number, fn: (i: number) => void): number {
  for (let i = 0; i < Math.min(runs, 200); i++) fn(i); // warm up
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn(i);
  const perCallMs = (performance.now() - start) / runs;
  const shown = perCallMs < 1 ? `${(perCallMs * 1000).toFixed(1)} µs` : `${perCallMs.toFixed(2)} ms`;
  console.log(`${label.padEnd(58)} ${shown.padStart(12)} per call  (${runs} runs)`);
  return perCallMs;
}

const sample = randomProfiles(5_000, 42);
time('engine: recommend(random partial profile)', 20_000, (i) =>
  recommend(sample[i % sample.length] as Profile),
);
// The planner calls primaryOf hundreds of times per turn.
time('engine: primaryOf(random partial profile)', 20_000, (i) =>
  primaryOf(sample[i % sample.length] as Profile),
);

// One interview turn = step() on an answer, which runs the planner (many engine calls).
let t = 1_700_000_000_000;
const [started] = step(undefined, { type: 'start', userId: 'U1', at: t });
time('conversation: start an interview (plan first question)', 200, () => {
  step(undefined, { type: 'start', userId: 'U1', at: ++t });
});
const firstQ = started?.pending as QuestionId | undefined;
if (started && firstQ) {
  const option = QUESTION_OPTIONS[firstQ][0];
  time('conversation: answer one question (plan the next)', 200, () => {
    step(started, { type: 'button', userId: 'U1', at: ++t, value: { q: firstQ, a: option } });
  });
}

// The first turn after a workload description, each description once: its profile is rarely on the
// plan table, so this is the planner's own cost (with the build's platform table, as the server runs).
{
  const texts = ['eval/scenarios.json', 'holdout/scenarios.json', 'holdout/scenarios-fresh.json'].flatMap(
    (file) =>
      (
        JSON.parse(readFileSync(new URL(`../tests/fixtures/${file}`, import.meta.url), 'utf8')) as {
          text: string;
        }[]
      ).map((s) => s.text),
  );
  const ms: number[] = [];
  texts.forEach((text, i) => {
    const began = performance.now();
    step(undefined, { type: 'start', userId: `UD${i}`, at: 1_700_000_000_000 + i, text });
    ms.push(performance.now() - began);
  });
  ms.sort((a, b) => a - b);
  const at = (p: number) => (ms[Math.min(ms.length - 1, Math.floor(p * ms.length))] as number).toFixed(2);
  console.log(
    `${'conversation: first turn after a description, cold'.padEnd(58)} p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms  (${ms.length} descriptions)`,
  );
}

// Interview turns as a server sees them: many people, each answering what they are asked (a
// seeded random option, or not sure), every turn through step() with the caches shared like one
// process's. Cold turns (a profile nobody reached before) are counted in the percentiles.
{
  const rnd = xorshiftUnit(11);
  const turns: number[] = [];
  const INTERVIEWS = Number(process.env.BENCH_INTERVIEWS ?? 1_000);
  for (let n = 0; n < INTERVIEWS; n++) {
    let at = 1_800_000_000_000 + n * 1000;
    let t0 = performance.now();
    let [state] = step(undefined, { type: 'start', userId: `U${n}`, at });
    turns.push(performance.now() - t0);
    for (let guard = 0; guard < 12 && state?.pending; guard++) {
      const q: QuestionId = state.pending;
      const options = [...QUESTION_OPTIONS[q], 'unsure'];
      const a = options[Math.floor(rnd() * options.length)] as string;
      t0 = performance.now();
      [state] = step(state, { type: 'button', userId: `U${n}`, at: ++at, value: { q, a } });
      turns.push(performance.now() - t0);
    }
  }
  turns.sort((x, y) => x - y);
  const pct = (p: number) => turns[Math.min(turns.length - 1, Math.floor((p / 100) * turns.length))] ?? 0;
  const fmt = (v: number) => (v < 1 ? `${(v * 1000).toFixed(0)} µs` : `${v.toFixed(2)} ms`);
  console.log(
    `${'conversation: interview turns, random answers'.padEnd(58)} p50 ${fmt(pct(50))}, p99 ${fmt(pct(99))}, max ${fmt(pct(100))}  (${turns.length} turns, ${INTERVIEWS} interviews; goal p50 < 0.5 ms, p99 < 2 ms)`,
  );
}

const description =
  'A nightly ETL job that runs for about three hours on 64 GB of memory, reading from S3 and writing to Redshift; our platform team runs Kubernetes on-prem too.';
time('extract: a one-sentence workload description', 2_000, () => extract(description));
time('ask: "max ram for a lambda"', 2_000, () => ask('max ram for a lambda'));
time('ask: "k8s vs ecs"', 2_000, () => ask('k8s vs ecs'));

const hostile: Record<string, string> = {
  '100 KB of "a"': 'a'.repeat(100_000),
  '100 KB of digits and spaces': '9 '.repeat(50_000),
  '100 KB of "1 1 1 ... GB" near-misses': '1 1 1 1 G'.repeat(11_000),
  '100 KB of regex metacharacters': '(.*+?[]{}|\\^$)'.repeat(7_000),
  '100 KB of emoji and other scripts': '🚀 λ 函数 функция '.repeat(5_000),
  '100 KB of markup': '<a href="x">'.repeat(8_000),
};
for (const [label, text] of Object.entries(hostile)) {
  time(`extract: ${label}`, 5, (i) => extract(`${i} ${text}`)); // a new string each run: no memo
  time(`ask: ${label}`, 5, () => ask(text));
}

// One message at the 20,000-character cap, the way a turn reads it: is it a question, what does it
// say, and (for a question) the answer. Percentiles over repeated runs. The server reads such a
// message in its worker thread (adapters/server/off-loop.ts), so this is the worker's time per
// message, and the event loop's if the worker is gone; reading must stay linear with small constants.
{
  const capped = fill(DESCRIPTION_PARAGRAPH);
  const digits = '9 '.repeat(EXTRACT_MAX_CHARS / 2);
  const percentiles = (label: string, runs: number, fn: () => void): { p50: number; p99: number } => {
    for (let i = 0; i < 5; i++) fn();
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      fn();
      ms.push(performance.now() - started);
    }
    ms.sort((a, b) => a - b);
    const at = (p: number): number => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))] as number;
    console.log(
      `${label.padEnd(58)} p50 ${at(0.5).toFixed(2).padStart(7)} ms  p99 ${at(0.99).toFixed(2).padStart(7)} ms  (${runs} runs)`,
    );
    return { p50: at(0.5), p99: at(0.99) };
  };
  // Different strings each run, so no cache hides the cost.
  let n = 0;
  const fresh = (text: string): string => `${n++}${text}`.slice(0, EXTRACT_MAX_CHARS);
  const wholeMessage = (text: string) => () => {
    const message = fresh(text);
    if (looksLikeQuestion(message)) ask(message);
    else extract(message);
  };
  for (const [name, text] of [
    ['a description', capped],
    ['digits', digits],
  ] as const) {
    percentiles(`20,000 chars (${name}): extract`, 40, () => extract(fresh(text)));
    percentiles(`20,000 chars (${name}): looksLikeQuestion`, 40, () => looksLikeQuestion(fresh(text)));
    percentiles(`20,000 chars (${name}): ask`, 40, () => ask(fresh(text)));
  }
  const shapes = longMessages();
  let worst = { name: '', p50: 0, p99: 0 };
  for (const [name, text] of shapes) {
    const r = percentiles(`20,000 chars (${name}): a whole message`, 200, wholeMessage(text));
    if (r.p99 > worst.p99) worst = { name, ...r };
  }
  // Every phrase of the cue vocabulary repeated to the cap, as a description and as a question: a
  // rule that looks around each match (a clause, a window) must not make any of them quadratic.
  {
    const phrases = [...new Set(vocabularyPhrases())];
    let slowest = { text: '', ms: 0 };
    for (const phrase of phrases)
      for (const end of [' ', '? ']) {
        const text = fill(phrase + end);
        let best = Number.POSITIVE_INFINITY;
        for (let run = 0; run < 2; run++) {
          const started = performance.now();
          wholeMessage(text)();
          best = Math.min(best, performance.now() - started);
        }
        if (best > slowest.ms) slowest = { text: phrase + end, ms: best };
      }
    console.log(
      `${'20,000 chars of one vocabulary phrase repeated'.padEnd(58)} slowest ${JSON.stringify(slowest.text)}: ${slowest.ms.toFixed(2)} ms (the better of 2 runs; ${phrases.length * 2} messages)`,
    );
  }
  console.log(
    `reading one 20,000-char message: the slowest of ${shapes.length} kinds, ${worst.name}: p50 ${worst.p50.toFixed(2)} ms, p99 ${worst.p99.toFixed(2)} ms (the server reads a text of 2,000 chars or more in its worker thread: goal 4's hold of the event loop per message is in bench:load)`,
  );
}
