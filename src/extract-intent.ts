// Tells a question about the three kinds ("how long can a Lambda run?", "lamda timeout") from a
// workload to advise on ("we have a nightly ETL … should this be Lambda?").
import {
  COMPARISON_WORDS,
  FIRST_PERSON,
  QUESTION_STARTS,
  SERVICE_WORDS,
} from '../knowledge/vocabulary-questions.js';
import { ask } from './ask.js';
import { extractDetailed } from './extract-profile.js';
import { rememberLast } from './last-text.js';
import { editDistance } from './text-fuzzy.js';
import { BOUNDARY, MAX_TEXT_CHARS, tokenize } from './text-tokens.js';

/** A question typed without a question mark is short. */
const TERSE_WORDS = 8;

/** A service name, allowing one typo in longer names ("lamda", "fargte"). */
function namesService(word: string): boolean {
  return SERVICE_WORDS.some((s) => s === word || (s.length >= 5 && editDistance(word, s, 1) <= 1));
}

/**
 * A question about the three kinds ("how long can a Lambda run?") rather than a workload to advise on.
 * A text that describes a workload of the writer's own ("we have a nightly ETL … should this be
 * Lambda?") is a description even with a question mark: the interview is the better answer. The
 * last text asked about is remembered (last-text.ts).
 */
export const looksLikeQuestion: (text: string) => boolean = rememberLast((text) =>
  judgeQuestion(typeof text === 'string' ? text : ''),
);

function judgeQuestion(text: string): boolean {
  try {
    const { tokens } = tokenize(text);
    // One pass over the words (a long message has thousands): how many, the first, and whether one is
    // the writer's own ("we", "our") or a comparison ("vs").
    let count = 0;
    let first = '';
    let firstPerson = false;
    let comparison = false;
    for (const { t } of tokens) {
      if (t === BOUNDARY) continue;
      if (count++ === 0) first = t;
      if (!firstPerson && FIRST_PERSON.has(t)) firstPerson = true;
      if (!comparison && COMPARISON_WORDS.has(t)) comparison = true;
    }
    if (count === 0) return false;
    const raw = typeof text === 'string' ? text.slice(0, MAX_TEXT_CHARS).trim() : '';
    const questionMark = raw.endsWith('?') || raw.includes('?');
    const starts = QUESTION_STARTS.has(first);
    const detail = extractDetailed(text);
    const answered = Object.keys(detail.answers).length;
    // Signs of a concrete workload of the writer's own: its owner, its figures, several answers.
    const signals = (firstPerson ? 1 : 0) + (detail.numeric ? 1 : 0) + (answered >= 3 ? 1 : 0);
    if (questionMark || starts || comparison) return !(signals >= 2 && answered >= 2);
    // A terse phrase about a service ("lamda timeout", "docker in docker fargate") that the knowledge
    // answers. Without a service name a short phrase is more likely a typed answer ("Also elsewhere").
    if (signals > 0 || answered > 2 || count < 2 || count > TERSE_WORDS) return false;
    const words = tokens.filter((tok) => tok.t !== BOUNDARY).map((tok) => tok.t);
    return words.some(namesService) && ask(text).matched;
  } catch {
    return false;
  }
}
