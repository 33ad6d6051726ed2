// The tokenizer as first written: each word built a character at a time, lower-cased as it goes, with
// regexes for digits. src/text-tokens.ts cuts most words out of the text instead, which is faster;
// tests compare the two on random text. The joining of "24/7" and clock times is shared, not copied.
import { BOUNDARY, joinRoundTheClock, MAX_TEXT_CHARS, type Token } from '../../src/text-tokens.js';

const MAX_WORD_CHARS = 48;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /[0-9]/;
const APOSTROPHES = new Set(["'", '’', 'ʼ']);
const CLAUSE_MARKS = new Set(['.', ',', ';', ':', '!', '?', '\n', '(', ')', '[', ']', '—', '–', '•', '|']);

function isWordChar(ch: string): boolean {
  return LETTER_OR_DIGIT.test(ch);
}

/** The text as src/text-tokens.ts reads it, and its tokens. */
export function referenceTokens(raw: string): { text: string; tokens: Token[] } {
  const text = raw.slice(0, MAX_TEXT_CHARS).normalize('NFKC');
  const tokens: Token[] = [];
  let cur = '';
  let start = -1;
  let startsWithDigit = false;
  const flush = (end: number): void => {
    if (cur && cur.length <= MAX_WORD_CHARS) tokens.push({ t: cur, start, end });
    cur = '';
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const next = text[i + 1] ?? '';
    if (isWordChar(ch)) {
      if (cur && startsWithDigit && !DIGIT.test(ch) && DIGIT.test(cur[cur.length - 1] as string)) flush(i);
      if (!cur) {
        start = i;
        startsWithDigit = DIGIT.test(ch);
      }
      cur += ch.toLowerCase();
      continue;
    }
    if ((ch === ',' || ch === '.') && cur && DIGIT.test(cur[cur.length - 1] as string) && DIGIT.test(next)) {
      if (ch === '.') cur += '.';
      continue;
    }
    if (APOSTROPHES.has(ch) && cur && isWordChar(next)) continue;
    flush(i);
    if (CLAUSE_MARKS.has(ch)) {
      const last = tokens[tokens.length - 1];
      if (last && last.t !== BOUNDARY) tokens.push({ t: BOUNDARY, start: i, end: i + 1 });
    }
  }
  flush(text.length);
  return { text, tokens: joinRoundTheClock(text, tokens) };
}
