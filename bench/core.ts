// Latency benchmark for the pure core (not a test: figures are printed, nothing passes or fails).
// Run: npm run bench:core. The machine is shared and noisy: compare figures within one run only.
import { performance } from 'node:perf_hooks';
import { ask } from '../src/ask.js';
import { step } from '../src/conversation.js';
import { type Profile, QUESTION_OPTIONS, type QuestionId } from '../src/domain.js';
import { primaryOf, recommend } from '../src/engine.js';
import { extract } from '../src/extract.js';

const QUESTIONS = Object.keys(QUESTION_OPTIONS) as QuestionId[];

/** A deterministic pseudo-random profile generator (xorshift) so runs are comparable. */
function profiles(count: number, seed = 42): Profile[] {
  let x = seed;
  const rnd = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4_294_967_296;
  };
  return Array.from({ length: count }, () => {
    const p: Record<string, string> = {};
    for (const q of QUESTIONS) {
      const r = rnd();
      if (r < 0.3) continue;
      const options = [...QUESTION_OPTIONS[q], 'unsure'];
      p[q] = options[Math.floor(rnd() * options.length)] as string;
    }
    return p as Profile;
  });
}

function time(label: string, runs: number, fn: (i: number) => void): number {
  for (let i = 0; i < Math.min(runs, 200); i++) fn(i); // warm up
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn(i);
  const perCallMs = (performance.now() - start) / runs;
  const shown = perCallMs < 1 ? `${(perCallMs * 1000).toFixed(1)} µs` : `${perCallMs.toFixed(2)} ms`;
  console.log(`${label.padEnd(58)} ${shown.padStart(12)} per call  (${runs} runs)`);
  return perCallMs;
}

const sample = profiles(5_000);
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
  time(`extract: ${label}`, 5, () => extract(text));
  time(`ask: ${label}`, 5, () => ask(text));
}
