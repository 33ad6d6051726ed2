// The ways a partial profile's open questions can still be answered — its completions — and what the
// planner reads from them (planner.ts, the entropy rule): how many there are, whether every one ends
// on the same outcome, and the outcomes' tally overall and per answer. Walked as profile objects, or
// by number when the outcomes sit in a table indexed by profile (IndexedOutcomes, platform-table.ts).
import { type Profile, QUESTION_OPTIONS, type QuestionId } from './domain.js';

/** The outcome the interview settles: the platform (or, for callers that want less, the kind). */
export type PrimaryOf = ((profile: Profile) => string) & {
  /**
   * The same outcomes addressed by number, when the engine's answers sit in a table indexed by
   * profile (platform-table.ts): the planner then walks the completions of a profile as numbers
   * instead of building one profile object for each of up to 34,992 of them.
   */
  indexed?: IndexedOutcomes;
};

export interface IndexedOutcomes {
  /** The number of a profile (open questions count as unanswered). */
  indexOf(profile: Profile): number;
  /** What answering `q` with its option at `position` adds to a profile's number. */
  step(q: QuestionId, position: number): number;
  /** The outcome of the profile with this number. */
  at(index: number): string;
}

/** Entropy in bits of a tally of outcomes. */
export function entropy(tally: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const n of tally.values()) total += n;
  let h = 0;
  for (const n of tally.values()) if (n > 0) h -= (n / total) * Math.log2(n / total);
  return h;
}

/** Every way the open questions can still be answered (each option of each): how many there are. */
function completionCount(open: readonly QuestionId[]): number {
  return open.reduce((n, q) => n * QUESTION_OPTIONS[q].length, 1);
}

/** The `index`-th completion of `answers` in mixed-radix order over the open questions' options. */
function completion(answers: Profile, open: readonly QuestionId[], index: number): Profile {
  const profile: Record<string, string> = { ...answers };
  let rest = index;
  for (const q of open) {
    const options = QUESTION_OPTIONS[q];
    profile[q] = options[rest % options.length] as string;
    rest = Math.floor(rest / options.length);
  }
  return profile as Profile;
}

/**
 * A stride that visits every completion once, in a well-spread order: the counts are products of
 * 2, 3 and 4, so a prime above 3 is coprime with them.
 */
const SPREAD = 7_919;

/**
 * The outcomes of the ways the open questions can still be answered (each equally likely), overall
 * and for each answer to each open question: the counts behind the entropy plan. Up to `sample` of
 * them, spread evenly over all (the empty profile has 34,992; a few answers leave hundreds, read whole).
 */
export function tallyCompletions(
  answers: Profile,
  primaryOf: PrimaryOf,
  open: readonly QuestionId[],
  sample: number,
) {
  const overall = new Map<string, number>();
  // byAnswer[i][k]: the outcomes of the completions that answer open[i] with its k-th option.
  const byAnswer = open.map((q) => QUESTION_OPTIONS[q].map(() => new Map<string, number>()));
  const total = completionCount(open);
  const read = Math.min(total, sample);
  const digits = new Array<number>(open.length).fill(0);
  const numbered = primaryOf.indexed && numberedCompletions(answers, open, primaryOf.indexed);
  for (let j = 0; j < read; j++) {
    const index = read === total ? j : (j * SPREAD) % total;
    let outcome: string;
    if (numbered) outcome = numbered(index, digits);
    else {
      const profile = completion(answers, open, index);
      outcome = primaryOf(profile);
      open.forEach((q, i) => {
        digits[i] = QUESTION_OPTIONS[q].indexOf(profile[q] as never);
      });
    }
    overall.set(outcome, (overall.get(outcome) ?? 0) + 1);
    for (let i = 0; i < open.length; i++) {
      const tally = byAnswer[i]?.[digits[i] as number] as Map<string, number>;
      tally.set(outcome, (tally.get(outcome) ?? 0) + 1);
    }
  }
  /** The entropy left, on average over its answers, once `q` is answered. */
  const after = (q: QuestionId): number => {
    const tallies = byAnswer[open.indexOf(q)] ?? [];
    let count = 0;
    let sum = 0;
    for (const t of tallies) {
      let n = 0;
      for (const c of t.values()) n += c;
      count += n;
      sum += n * entropy(t);
    }
    return count === 0 ? 0 : sum / count;
  };
  return { overall, after };
}

/** Whether every way of answering the open questions ends on `primary` (all read, first miss ends it). */
export function settled(
  answers: Profile,
  primaryOf: PrimaryOf,
  open: readonly QuestionId[],
  primary: string,
): boolean {
  const total = completionCount(open);
  const numbered = primaryOf.indexed && numberedCompletions(answers, open, primaryOf.indexed);
  const digits = new Array<number>(open.length).fill(0);
  for (let index = 0; index < total; index++) {
    const outcome = numbered ? numbered(index, digits) : primaryOf(completion(answers, open, index));
    if (outcome !== primary) return false;
  }
  return true;
}

/**
 * The outcome of the `index`-th completion (the order of `completion()`), read by number: the
 * profile's own number plus each open question's step for the option the index picks. Writes the
 * option positions into `digits`.
 */
function numberedCompletions(
  answers: Profile,
  open: readonly QuestionId[],
  indexed: IndexedOutcomes,
): (index: number, digits: number[]) => string {
  const base = indexed.indexOf(answers);
  const steps = open.map((q) => QUESTION_OPTIONS[q].map((_, k) => indexed.step(q, k)));
  const radix = open.map((q) => QUESTION_OPTIONS[q].length);
  return (index, digits) => {
    let number = base;
    let rest = index;
    for (let i = 0; i < open.length; i++) {
      const r = radix[i] as number;
      const k = rest % r;
      rest = (rest - k) / r;
      digits[i] = k;
      number += (steps[i] as number[])[k] as number;
    }
    return indexed.at(number);
  };
}
