// The kinds of 20,000-character message goal 4 measures, shared by bench:core (the core's reading of
// one, in this process) and bench:load (the server's event loop while it answers one): every kind of
// word a reader does work for, repeated to the cap — figures with and without units, number words,
// vague counts, the vocabulary's commonest first words and its phrases at random — and questions (a
// "?" at the end) of misspelt service names, markup and other scripts, which go to the answer index.
import { CUES } from '../knowledge/vocabulary.js';
import { EXTRACT_MAX_CHARS } from '../src/extract.js';
import { xorshift } from '../tests/support/xorshift.js';

/** `piece` repeated to the cap, ending with `end`. */
export const fill = (piece: string, end = ''): string =>
  piece.repeat(Math.ceil(EXTRACT_MAX_CHARS / piece.length)).slice(0, EXTRACT_MAX_CHARS - end.length) + end;

/** Every phrase of the cue vocabulary as plain words (wildcards written out). */
export const vocabularyPhrases = (): string[] =>
  CUES.flatMap((c) => c.phrases.map((p) => p.replace(/[*=]/g, '').replace(/_/g, 'x')));

/** The cue vocabulary's own phrases in a fixed random order, some split by commas. */
function vocabularyMix(): string {
  const phrases = vocabularyPhrases();
  const random = xorshift(9);
  const next = (n: number): number => random() % n;
  let text = '';
  while (text.length < EXTRACT_MAX_CHARS) text += `${phrases[next(phrases.length)]}${next(4) ? ' ' : ', '}`;
  return text.slice(0, EXTRACT_MAX_CHARS);
}

export const DESCRIPTION_PARAGRAPH =
  'We run a nightly ETL job that takes about three hours on 64 GB of memory, reading from S3 and writing to Redshift; our platform team runs Kubernetes on-prem too, and the API behind it needs low latency for users. ';

/** [name, text] for each kind, every text EXTRACT_MAX_CHARS long. */
export function longMessages(): [string, string][] {
  return [
    ['a description', fill(DESCRIPTION_PARAGRAPH)],
    ['digits', '9 '.repeat(EXTRACT_MAX_CHARS / 2)],
    ['decimals', fill('1.5 ')],
    ['sizes', fill('1 GB ')],
    ['durations', fill('9 minutes ')],
    ['number words', fill('twenty five ')],
    ['"a few"', fill('a few ')],
    ['digit groups', fill('9, ')],
    ['cue words', fill('on prem no gpu run every hour ')],
    ['hardware and OS words', fill('windows server gpu ')],
    ["the vocabulary's phrases at random", vocabularyMix()],
    ['a question, repeated', fill('what is the max memory for lambda? ')],
    ['another question, repeated', fill('how long can a lambda run? ')],
    ['a question of misspelt names', fill('lamdba fargte kuberntes contaner serverles instnce ', '?')],
    ['a question of markup', fill('<a href="x">', '?')],
    ['a question in other scripts', fill('🚀 λ 函数 функция ', '?')],
  ];
}
