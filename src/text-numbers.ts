// Reads a number written in digits or in words ("3", "1.5", "three", "twenty five", "a few",
// "several", "a couple of") starting at a token. Bounded look-ahead; never throws.
import { NUMBER_WORDS, VAGUE_QUANTITIES } from '../knowledge/vocabulary.js';
import { wordTable } from '../knowledge/word-table.js';
import { isDigitCode, type Token } from './text-tokens.js';

export interface NumberRead {
  value: number;
  /** Index of the first token after the number. */
  next: number;
  /** True for "a few", "several", "hours" without a count: a rough figure. */
  vague: boolean;
}

// "20k req/s" splits into "20" "k": the k multiplies.
const MULTIPLIERS: ReadonlyMap<string, number> = wordTable({
  hundred: 100,
  thousand: 1_000,
  k: 1_000,
  million: 1_000_000,
  dozen: 12,
});
const MAX_NUMBER_TOKENS = 4;

const DOT = 46;
const MAX_INTEGER_DIGITS = 15;
const MAX_FRACTION_DIGITS = 6;

/**
 * "3", "1.5", "250000": up to 15 digits, then up to 6 after one point, as a number; anything else,
 * undefined. A loop over character codes, not a regex: it runs once or more for every token of a
 * message, and a message of numbers has 10,000 of them.
 */
function digitsValue(t: string): number | undefined {
  let i = 0;
  while (i < t.length && isDigitCode(t.charCodeAt(i))) i++;
  if (i === 0 || i > MAX_INTEGER_DIGITS) return undefined;
  if (i === t.length) return Number(t);
  if (t.charCodeAt(i) !== DOT) return undefined;
  const point = i++;
  while (i < t.length && isDigitCode(t.charCodeAt(i))) i++;
  const fraction = i - point - 1;
  return i === t.length && fraction >= 1 && fraction <= MAX_FRACTION_DIGITS ? Number(t) : undefined;
}

/** A number starting at tokens[i], or undefined. */
export function readNumber(tokens: readonly Token[], i: number): NumberRead | undefined {
  const first = tokens[i]?.t;
  if (first === undefined) return undefined;
  // Written in digits: no vague count or article to look for.
  if (isDigitCode(first.charCodeAt(0))) return countFrom(tokens, i, digitsValue(first));
  // "a few", "several", "a couple of"
  let j = i;
  if (first === 'a' || first === 'an') j++;
  const vague = VAGUE_QUANTITIES.get(tokens[j]?.t ?? '');
  if (vague !== undefined) {
    let next = j + 1;
    if (tokens[next]?.t === 'of') next++;
    let value = vague;
    const mult = MULTIPLIERS.get(tokens[next]?.t ?? '');
    if (mult !== undefined) {
      value *= mult;
      next++;
    }
    return { value, next, vague: true };
  }
  return countFrom(tokens, i, NUMBER_WORDS.get(first));
}

/** The number whose first token, at i, is worth `first`, with the words that multiply or add to it. */
function countFrom(tokens: readonly Token[], i: number, first: number | undefined): NumberRead | undefined {
  if (first === undefined) return undefined;
  let value = first;
  let next = i + 1;
  // "twenty five", "ten million", "two hundred"
  while (next < i + MAX_NUMBER_TOKENS) {
    const t = tokens[next]?.t;
    // A figure in digits after this one is another figure ("30 60"), never part of it.
    if (t === undefined || isDigitCode(t.charCodeAt(0))) break;
    const mult = MULTIPLIERS.get(t);
    if (mult !== undefined) {
      value *= mult;
      next++;
      continue;
    }
    const small = NUMBER_WORDS.get(t);
    if (small !== undefined && small < 10 && value >= 20 && value % 10 === 0 && value < 100) {
      value += small;
      next++;
      continue;
    }
    break;
  }
  return { value, next, vague: false };
}
