// Linear-time tokenizer shared by extraction and retrieval.
// Hand-written (a single pass over the characters) rather than a regex, so that no input,
// however hostile, can trigger regex backtracking; the input is also capped.
import { rememberLast } from './last-text.js';

/** Only the first this-many characters of a text are read; descriptions and questions are far shorter. */
export const MAX_TEXT_CHARS = 20_000;

/** A boundary token: sentence or clause punctuation. Phrases and negations never cross one. */
export const BOUNDARY = '|';

/** The word "24/7" becomes. */
const ROUND_THE_CLOCK = 'twentyfourseven';

/** Longer "words" are noise (a pasted hash, a run of one letter) and are skipped. */
const MAX_WORD_CHARS = 48;

export interface Token {
  /** Normalised form: lower case, apostrophes dropped, digit groups joined ("5,000" → "5000"). */
  t: string;
  /** Offsets into the (capped, NFKC-normalised) text, for quoting evidence. */
  start: number;
  end: number;
}

export interface Tokenized {
  text: string;
  tokens: Token[];
  truncated: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const APOSTROPHES = new Set(["'", '’', 'ʼ']);
const CLAUSE_MARKS = new Set(['.', ',', ';', ':', '!', '?', '\n', '(', ')', '[', ']', '—', '–', '•', '|']);

/** The word a clock time ("02:00", "23:30") becomes: a time of day, never a duration or a clause break. */
const CLOCK_TIME = 'clocktime';
const TWO_DIGITS = /^[0-9]{1,2}$/;

/** "24/7", "24x7" and "24 x 7" become one word, so a duration reader never sees "24 … 7";
 * "02:00" becomes CLOCK_TIME, so "at 02:00 UTC" reads as a schedule. */
export function joinRoundTheClock(text: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i] as Token;
    const b = tokens[i + 1];
    const c = tokens[i + 2];
    if (
      b?.t === BOUNDARY &&
      c &&
      TWO_DIGITS.test(a.t) &&
      c.t.length === 2 &&
      TWO_DIGITS.test(c.t) &&
      text.slice(a.end, c.start) === ':'
    ) {
      out.push({ t: CLOCK_TIME, start: a.start, end: c.end });
      i += 2;
      continue;
    }
    if (a.t === '24' && b) {
      if (b.t === 'x7' || (b.t === '7' && text.slice(a.end, b.start).trim() === '/')) {
        out.push({ t: ROUND_THE_CLOCK, start: a.start, end: b.end });
        i += 1;
        continue;
      }
      if (b.t === 'x' && c?.t === '7') {
        out.push({ t: ROUND_THE_CLOCK, start: a.start, end: c.end });
        i += 2;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** True when the character code is an ASCII digit. */
export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetterOrDigit = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigitCode(c);

function isWordChar(ch: string): boolean {
  // ASCII letters and digits without the Unicode regex: most text is ASCII, and this runs per character.
  const c = ch.charCodeAt(0);
  if (c < 128) return isAsciiLetterOrDigit(c);
  return LETTER_OR_DIGIT.test(ch);
}

/**
 * Cap, normalise and tokenise. Never throws; any string (or non-string) gives a result. The last text
 * is remembered (last-text.ts): the result is shared, so callers only read it.
 */
export const tokenize: (input: unknown) => Tokenized = rememberLast(tokenizeText);

function tokenizeText(input: unknown): Tokenized {
  const raw = typeof input === 'string' ? input : '';
  const truncated = raw.length > MAX_TEXT_CHARS;
  // Case is kept in `text` so evidence quotes the user's words; tokens are lower-cased.
  const text = (truncated ? raw.slice(0, MAX_TEXT_CHARS) : raw).normalize('NFKC');
  const tokens: Token[] = [];
  // The word being read starts at `start` (-1: none). Most words are their own ASCII letters lower-cased
  // and are cut from the text when they end; `built` holds the word instead, a character at a time,
  // once it differs from that (a dropped apostrophe or digit-group comma, a letter outside ASCII).
  let start = -1;
  let built: string | undefined;
  let startsWithDigit = false;
  let endsWithDigit = false;
  const flush = (end: number): void => {
    if (start >= 0) {
      const t = built ?? text.slice(start, end).toLowerCase();
      if (t.length <= MAX_WORD_CHARS) tokens.push({ t, start, end });
    }
    start = -1;
    built = undefined;
  };
  const boundary = (at: number): void => {
    const last = tokens[tokens.length - 1];
    if (last && last.t !== BOUNDARY) tokens.push({ t: BOUNDARY, start: at, end: at + 1 });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ascii = c < 128;
    if (ascii ? isAsciiLetterOrDigit(c) : isWordChar(text[i] as string)) {
      const digit = isDigitCode(c);
      // "2h", "200ms", "64gb": a number glued to its unit splits; "a100", "k8s", "p99" stay whole.
      if (start >= 0 && startsWithDigit && !digit && endsWithDigit) flush(i);
      if (start < 0) {
        start = i;
        startsWithDigit = digit;
        if (!ascii) built = '';
      } else if (!ascii && built === undefined) built = text.slice(start, i).toLowerCase();
      if (built !== undefined) built += (text[i] as string).toLowerCase();
      endsWithDigit = digit;
      continue;
    }
    // Inside a number: "5,000" joins, "1.5" keeps its point.
    if ((c === 44 || c === 46) && start >= 0 && endsWithDigit && isDigitCode(text.charCodeAt(i + 1))) {
      if (c === 46) {
        if (built !== undefined) built += '.';
        endsWithDigit = false;
      } else built ??= text.slice(start, i).toLowerCase();
      continue;
    }
    const ch = text[i] as string;
    // "doesn't" → "doesnt", "customers'" → "customers".
    if (APOSTROPHES.has(ch) && start >= 0 && isWordChar(text[i + 1] ?? '')) {
      built ??= text.slice(start, i).toLowerCase();
      continue;
    }
    flush(i);
    if (CLAUSE_MARKS.has(ch)) boundary(i);
  }
  flush(text.length);
  return { text, tokens: joinRoundTheClock(text, tokens), truncated };
}

/** Words only (boundaries removed), for retrieval. */
export function words(input: unknown): string[] {
  return tokenize(input)
    .tokens.map((tok) => tok.t)
    .filter((t) => t !== BOUNDARY);
}
