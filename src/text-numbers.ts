// Reads a number written in digits or in words ("3", "1.5", "three", "twenty five", "a few",
// "several", "a couple of") starting at a token. Bounded look-ahead; never throws.
import { NUMBER_WORDS, VAGUE_QUANTITIES } from '../knowledge/vocabulary.js';
import { wordTable } from '../knowledge/word-table.js';
import type { Token } from './text-tokens.js';

export interface NumberRead {
  value: number;
  /** Index of the first token after the number. */
  next: number;
  /** True for "a few", "several", "hours" without a count: a rough figure. */
  vague: boolean;
}

// "20k req/s" splits into "20" "k": the k multiplies.
const MULTIPLIERS: Readonly<Record<string, number>> = wordTable({
  hundred: 100,
  thousand: 1_000,
  k: 1_000,
  million: 1_000_000,
  dozen: 12,
});
const MAX_NUMBER_TOKENS = 4;

function atom(t: string | undefined): number | undefined {
  if (t === undefined) return undefined;
  if (/^[0-9]{1,15}(\.[0-9]{1,6})?$/.test(t)) return Number(t);
  return NUMBER_WORDS[t];
}

/** A number starting at tokens[i], or undefined. */
export function readNumber(tokens: readonly Token[], i: number): NumberRead | undefined {
  const first = tokens[i]?.t;
  if (first === undefined) return undefined;
  // "a few", "several", "a couple of"
  let j = i;
  if (first === 'a' || first === 'an') j++;
  const vagueWord = tokens[j]?.t;
  if (vagueWord !== undefined && vagueWord in VAGUE_QUANTITIES) {
    let next = j + 1;
    if (tokens[next]?.t === 'of') next++;
    let value = VAGUE_QUANTITIES[vagueWord] as number;
    const mult = MULTIPLIERS[tokens[next]?.t ?? ''];
    if (mult !== undefined) {
      value *= mult;
      next++;
    }
    return { value, next, vague: true };
  }
  let value = atom(first);
  if (value === undefined) return undefined;
  let next = i + 1;
  // "twenty five", "ten million", "two hundred"
  while (next < i + MAX_NUMBER_TOKENS) {
    const t = tokens[next]?.t;
    const mult = MULTIPLIERS[t ?? ''];
    if (mult !== undefined) {
      value *= mult;
      next++;
      continue;
    }
    const small = t === undefined || /^[0-9]/.test(t) ? undefined : NUMBER_WORDS[t];
    if (small !== undefined && small < 10 && value >= 20 && value % 10 === 0 && value < 100) {
      value += small;
      next++;
      continue;
    }
    break;
  }
  return { value, next, vague: false };
}
