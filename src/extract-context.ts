// Reading a figure in context: a number with its range and unit, and whether given words sit
// next to it in the same clause. Bounded look-around only; used by the quantity readers.
import { AFTER_AMBIGUOUS_OK, AMBIGUOUS_UNITS, ONE_AFTER, RANGE_JOINERS } from '../knowledge/vocabulary.js';
import { type NumberRead, readNumber } from './text-numbers.js';
import { BOUNDARY, type Token } from './text-tokens.js';

export const tokenAt = (tokens: readonly Token[], i: number): string | undefined => tokens[i]?.t;

export function near(tokens: readonly Token[], from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let j = Math.max(0, from); j <= Math.min(tokens.length - 1, to); j++) {
    const t = (tokens[j] as Token).t;
    if (set.has(t)) return true;
  }
  return false;
}

export function nearInClause(
  tokens: readonly Token[],
  i: number,
  dir: 1 | -1,
  span: number,
  set: ReadonlySet<string>,
): boolean {
  for (let k = 1; k <= span; k++) {
    const t = tokenAt(tokens, i + dir * k);
    if (t === undefined || t === BOUNDARY) return false;
    if (set.has(t)) return true;
  }
  return false;
}

/** A number at i (with an optional range "30 to 60"), or undefined. The larger end of a range counts. */
export function readQuantity(tokens: readonly Token[], i: number): NumberRead | undefined {
  const t = tokenAt(tokens, i);
  if ((t === 'a' || t === 'an') && !ONE_AFTER.has(tokenAt(tokens, i - 1) ?? '')) {
    // "a" alone is not a number here, but "a few" is.
    const n = readNumber(tokens, i);
    return n?.vague ? n : undefined;
  }
  if (t === 'a' || t === 'an') {
    const n = readNumber(tokens, i);
    if (n) return n;
    // "a quarter of a second", "a dozen"
    const inner = readNumber(tokens, i + 1);
    if (inner && !inner.vague) return inner;
    return { value: 1, next: i + 1, vague: false };
  }
  if (t === 'half' && (tokenAt(tokens, i + 1) === 'an' || tokenAt(tokens, i + 1) === 'a')) {
    return { value: 0.5, next: i + 2, vague: false };
  }
  const n = readNumber(tokens, i);
  if (!n) return undefined;
  const joiner = tokenAt(tokens, n.next);
  const second =
    joiner && RANGE_JOINERS.has(joiner) ? readNumber(tokens, n.next + 1) : readNumber(tokens, n.next);
  if (second && !second.vague && second.value > n.value) return { ...second, vague: n.vague };
  return n;
}

export function unitOk(tokens: readonly Token[], unitIndex: number): boolean {
  const unit = tokenAt(tokens, unitIndex) ?? '';
  if (!AMBIGUOUS_UNITS.has(unit)) return true;
  const after = tokenAt(tokens, unitIndex + 1);
  return after === undefined || AFTER_AMBIGUOUS_OK.has(after);
}
