// Durations, memory sizes and vCPU counts in a description, decided against knowledge/limits.ts.
// "about three hours" → long (past Lambda's limit); "32 GB of memory" → large (past Lambda, within
// Fargate); "768 GB" → special (past Fargate). A frequency ("every hour"), a deadline ("within a
// month"), a data age ("older than 30 days") or a latency target ("50 ms p99") is not a run time.
import { LIMITS } from '../knowledge/limits.js';
import {
  APPROXIMATORS,
  CPU_UNITS,
  CUT_OFF_WORDS,
  DATA_AGE_WORDS,
  DURATION_UNITS,
  LATENCY_WORDS,
  LIMIT_HIT_WORDS,
  LIMIT_NOUNS,
  LOAD_SHAPE_WORDS,
  MEMORY_WORDS,
  NOT_RUNTIME_AFTER,
  NOT_RUNTIME_BEFORE,
  SCRATCH_WORDS,
  SIZE_UNITS,
  STORAGE_WORDS,
  VAGUE_DURATION_VERBS,
  VERSIONED_AFTER,
  VERSIONED_PRODUCTS,
  WAIT_WORDS,
  WORST_CASE_WORDS,
} from '../knowledge/vocabulary.js';
import { near, nearInClause, readQuantity, tokenAt, unitOk } from './extract-context.js';
import type { Candidate, DetailHit } from './extract-cues.js';
import { negatorBefore, quote } from './extract-cues.js';
import { BOUNDARY, type Token } from './text-tokens.js';

const CONTEXT = 3;
/** Every unit a figure can have here: one lookup tells a figure with a unit from one without. */
const UNIT_WORDS: ReadonlySet<string> = new Set([
  ...DURATION_UNITS.keys(),
  ...SIZE_UNITS.keys(),
  ...CPU_UNITS,
]);
/** How many words after a duration a bare "sometimes 20" may still borrow its unit. */
const INHERIT_SPAN = 8;
/** How far after a size a memory word ("in memory", "RAM") still makes it a memory size. */
const MEMORY_AFTER_SPAN = 6;

function runtimeOption(seconds: number): string {
  if (seconds <= 60) return 'short';
  if (seconds <= LIMITS.lambda.maxDurationSeconds.value) return 'medium';
  return 'long';
}

const COMPUTE_ORDER = ['small', 'large', 'special'];

/** Local scratch space against Lambda's /tmp and Fargate's ephemeral storage. */
function scratchOption(mb: number): string {
  if (mb <= LIMITS.lambda.maxTmpMb.value) return 'small';
  if (mb <= LIMITS.fargate.maxEphemeralGb.value * 1_024) return 'large';
  return 'special';
}

/** Trailing punctuation and spaces off a quote (a loop, not a regex over user text). */
function trimQuote(s: string): string {
  let end = s.length;
  while (end > 0 && ' \t\n,;.'.includes(s[end - 1] as string)) end--;
  return s.slice(0, end);
}

function computeOption(memoryMb: number, vcpu: number): string {
  if (memoryMb <= LIMITS.lambda.maxMemoryMb.value && vcpu <= LIMITS.lambda.maxVcpu.value) return 'small';
  if (memoryMb <= LIMITS.fargate.maxMemoryGb.value * 1_024 && vcpu <= LIMITS.fargate.maxVcpu.value)
    return 'large';
  return 'special';
}

/** "Windows Server 2022", "Java 21", "Python 3.12", ".NET 8": a product's version, never a size. */
function isVersion(tokens: readonly Token[], i: number): boolean {
  const prev = tokenAt(tokens, i - 1) ?? '';
  if (VERSIONED_PRODUCTS.has(prev)) return true;
  return prev !== '' && VERSIONED_AFTER.has(prev) && VERSIONED_PRODUCTS.has(tokenAt(tokens, i - 2) ?? '');
}

/** What a size is of, as bits: the words around it that say memory, storage or scratch space. */
const MEMORY = 1;
const STORAGE = 2;
const SCRATCH = 4;
const SIZE_WORDS: ReadonlyMap<string, number> = (() => {
  const kinds = new Map<string, number>();
  const mark = (words: ReadonlySet<string>, bit: number): void => {
    for (const w of words) kinds.set(w, (kinds.get(w) ?? 0) | bit);
  };
  mark(MEMORY_WORDS, MEMORY);
  mark(STORAGE_WORDS, STORAGE);
  mark(SCRATCH_WORDS, SCRATCH);
  return kinds;
})();
/** How far before a size, and after its unit, each kind of word still counts ("keeps a 50 GB model
 * of the catalogue in memory": the memory word may come a little later). */
const SIZE_SPANS = {
  before: { [MEMORY]: CONTEXT, [STORAGE]: 2, [SCRATCH]: 2 },
  after: { [MEMORY]: MEMORY_AFTER_SPAN, [STORAGE]: CONTEXT, [SCRATCH]: CONTEXT },
} as const;

/** The kinds of size word within their spans of the size at i (unit at unitIndex), in its clause:
 * one look at each word around it, where asking for each kind in turn looked at them three times. */
function sizeContext(tokens: readonly Token[], i: number, unitIndex: number): number {
  return (
    sizeWordsFrom(tokens, unitIndex, 1, SIZE_SPANS.after) | sizeWordsFrom(tokens, i, -1, SIZE_SPANS.before)
  );
}

function sizeWordsFrom(
  tokens: readonly Token[],
  from: number,
  dir: 1 | -1,
  spans: Readonly<Record<typeof MEMORY | typeof STORAGE | typeof SCRATCH, number>>,
): number {
  let found = 0;
  const longest = Math.max(spans[MEMORY], spans[STORAGE], spans[SCRATCH]);
  for (let k = 1; k <= longest; k++) {
    const t = tokenAt(tokens, from + dir * k);
    if (t === undefined || t === BOUNDARY) break;
    const kinds = SIZE_WORDS.get(t) ?? 0;
    if (kinds & MEMORY && k <= spans[MEMORY]) found |= MEMORY;
    if (kinds & STORAGE && k <= spans[STORAGE]) found |= STORAGE;
    if (kinds & SCRATCH && k <= spans[SCRATCH]) found |= SCRATCH;
  }
  return found;
}

/** A week: "in nine months" / "in two weeks" is when something happens, not how long work runs. */
const WEEK_SECONDS = 604_800;

/** "spikes for (about) a few minutes": how long a rise in load lasts, read backwards from the figure. */
function loadLasts(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j > i - 4 && APPROXIMATORS.has(tokenAt(tokens, j) ?? '')) j--;
  return tokenAt(tokens, j) === 'for' && nearInClause(tokens, j, -1, 2, LOAD_SHAPE_WORDS);
}

export function quantityCandidates(
  text: string,
  tokens: readonly Token[],
  details: DetailHit[] = [],
): Candidate[] {
  const out: Candidate[] = [];
  let maxMem = 0;
  let maxCpu = 0;
  let maxScratch = 0;
  // The quote for the largest memory, vCPU and scratch figure, joined at the end.
  const sizeEvidence = { mem: '', cpu: '', scratch: '' };
  let sizeAt = -1;
  // The unit of the last duration read and where it ended, for "14 minutes … but sometimes 20".
  let lastDuration: { unit: string; at: number } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = (tokens[i] as Token).t;
    if (t === BOUNDARY) continue;
    // "for hours", "takes minutes", "runs for days": a unit without a count.
    if (
      DURATION_UNITS.has(t) &&
      t.length > 3 &&
      t.endsWith('s') &&
      VAGUE_DURATION_VERBS.has(tokenAt(tokens, i - 1) ?? '')
    ) {
      const seconds = 2 * (DURATION_UNITS.get(t) as number);
      if (negatorBefore(tokens, i) < 0) {
        out.push({
          q: 'runtime',
          a: runtimeOption(seconds),
          w: 2,
          evidence: quote(text, tokens, i - 1, i),
          at: i - 1,
        });
      }
      continue;
    }
    const n = readQuantity(tokens, i);
    if (!n) continue;
    if (isVersion(tokens, i)) {
      i = n.next - 1;
      continue;
    }
    let unitIndex = n.next;
    // "a quarter of an hour", "half of a second"
    if (tokenAt(tokens, unitIndex) === 'of' && ['a', 'an'].includes(tokenAt(tokens, unitIndex + 1) ?? ''))
      unitIndex += 2;
    let unit = tokenAt(tokens, unitIndex) ?? '';
    const isUnit = UNIT_WORDS.has(unit);
    let borrowed = false;
    if (
      !isUnit &&
      lastDuration !== undefined &&
      i - lastDuration.at <= INHERIT_SPAN &&
      (WORST_CASE_WORDS.has(tokenAt(tokens, i - 1) ?? '') ||
        (tokenAt(tokens, i - 1) === 'to' && tokenAt(tokens, i - 2) === 'up'))
    ) {
      // A bare figure right after "sometimes"/"up to" borrows the unit of the duration just before.
      unit = lastDuration.unit;
      unitIndex = n.next - 1;
      borrowed = true;
    } else if (!isUnit) {
      // A figure with no unit after it ("9 9 9 …", "version 2 of"): nothing to read, nothing to quote.
      continue;
    } else if (!unitOk(tokens, unitIndex)) continue;
    const durationUnit = DURATION_UNITS.get(unit);
    const sizeUnit = SIZE_UNITS.get(unit);
    // The quote is taken where a branch keeps it: most figures of a long message are not kept.
    const evFrom = borrowed ? i - 1 : i;
    const prev = tokenAt(tokens, i - 1) ?? '';
    if (durationUnit !== undefined) {
      const seconds = n.value * durationUnit;
      lastDuration = { unit, at: unitIndex };
      if (prev === 'every' || prev === 'once' || prev === 'twice') {
        out.push({
          q: 'traffic',
          a: 'scheduled',
          w: 3,
          evidence: quote(text, tokens, i - 1, unitIndex),
          at: i - 1,
        });
      } else if (
        LIMIT_NOUNS.has(tokenAt(tokens, unitIndex + 1) ?? '') &&
        nearInClause(tokens, i, -1, CONTEXT, LIMIT_HIT_WORDS)
      ) {
        // "keeps hitting the 15 min timeout": the work needs longer than the limit it hits.
        out.push({
          q: 'runtime',
          a: runtimeOption(seconds + 1),
          w: 3,
          evidence: quote(text, tokens, i, unitIndex + 1),
          at: i,
        });
      } else if (
        NOT_RUNTIME_BEFORE.has(prev) ||
        NOT_RUNTIME_AFTER.has(tokenAt(tokens, unitIndex + 1) ?? '') ||
        nearInClause(tokens, i, -1, CONTEXT, DATA_AGE_WORDS) ||
        nearInClause(tokens, i, -1, CONTEXT, WAIT_WORDS) ||
        loadLasts(tokens, i) ||
        (prev === 'in' && durationUnit >= WEEK_SECONDS)
      ) {
        // a frequency, a deadline, an age, a wait or how long a spike of load lasts ("spikes for a
        // few minutes"): says nothing about how long one unit of work computes
      } else if (
        nearInClause(tokens, i, -1, CONTEXT, LATENCY_WORDS) ||
        nearInClause(tokens, unitIndex, 1, CONTEXT, LATENCY_WORDS)
      ) {
        const evidence = quote(text, tokens, evFrom, unitIndex);
        out.push({ q: 'runtime', a: runtimeOption(seconds), w: 1, evidence, at: i });
        out.push({ q: 'latency', a: seconds <= 1 ? 'sensitive' : 'tolerant', w: 3, evidence, at: i });
      } else {
        // "times out after 15 minutes": the work needs longer than the figure.
        const cutOff = prev === 'after' && nearInClause(tokens, i - 1, -1, CONTEXT, CUT_OFF_WORDS);
        const needed = cutOff ? seconds + 1 : seconds;
        const evidence = quote(text, tokens, evFrom, unitIndex);
        out.push({ q: 'runtime', a: runtimeOption(needed), w: n.vague ? 2 : 3, evidence, at: i });
      }
      i = unitIndex;
      continue;
    }
    if (sizeUnit !== undefined) {
      const near = sizeContext(tokens, i, unitIndex);
      const memoryNear = (near & MEMORY) !== 0;
      const storageNear = (near & STORAGE) !== 0;
      const scratchNear = (near & SCRATCH) !== 0;
      if (!memoryNear && scratchNear) {
        const mb = n.value * sizeUnit;
        if (mb > maxScratch) {
          maxScratch = mb;
          sizeEvidence.scratch = trimQuote(
            quote(text, tokens, i, Math.min(unitIndex + 3, tokens.length - 1)),
          );
          sizeAt = i;
        }
      } else if (memoryNear || !storageNear) {
        const mb = n.value * sizeUnit;
        if (mb > maxMem) {
          maxMem = mb;
          sizeEvidence.mem = trimQuote(
            memoryNear
              ? quote(text, tokens, i, Math.min(unitIndex + 2, tokens.length - 1))
              : quote(text, tokens, evFrom, unitIndex),
          );
          sizeAt = i;
        }
      }
      i = unitIndex;
      continue;
    }
    // "a CPU-heavy job" is not a vCPU count; "1 vCPU" or "a single vCPU" is.
    const implicitOne = (t === 'a' || t === 'an') && n.next === i + 1;
    if (
      CPU_UNITS.has(unit) &&
      !implicitOne &&
      !near(
        tokens,
        unitIndex + 1,
        unitIndex + 1,
        new Set(['licence', 'license', 'licensing', 'licences', 'licenses']),
      )
    ) {
      if (n.value > maxCpu) {
        maxCpu = n.value;
        sizeEvidence.cpu = quote(text, tokens, evFrom, unitIndex);
        sizeAt = i;
      }
      i = unitIndex;
    }
  }
  if (sizeAt >= 0) {
    const byMemory = computeOption(maxMem, maxCpu);
    const byScratch = scratchOption(maxScratch);
    // Beyond Fargate in memory or local disk names the hardware: High Memory or instance storage.
    if (computeOption(maxMem, 0) === 'special')
      details.push({ hardware: 'high_memory', evidence: sizeEvidence.mem, at: sizeAt });
    if (byScratch === 'special')
      details.push({ hardware: 'local_storage', evidence: sizeEvidence.scratch, at: sizeAt });
    out.push({
      q: 'compute',
      a: COMPUTE_ORDER.indexOf(byScratch) > COMPUTE_ORDER.indexOf(byMemory) ? byScratch : byMemory,
      w: 3,
      evidence: [sizeEvidence.cpu, sizeEvidence.mem, sizeEvidence.scratch].filter(Boolean).join(', '),
      at: sizeAt,
    });
  }
  return out;
}
