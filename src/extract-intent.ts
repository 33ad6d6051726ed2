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
    const wordsOnly = tokens.filter((t) => t.t !== BOUNDARY).map((t) => t.t);
    if (wordsOnly.length === 0) return false;
    const raw = typeof text === 'string' ? text.slice(0, MAX_TEXT_CHARS).trim() : '';
    const questionMark = raw.endsWith('?') || raw.includes('?');
    const starts = QUESTION_STARTS.has(wordsOnly[0] as string);
    const detail = extractDetailed(text);
    const answered = Object.keys(detail.answers).length;
    // Signs of a concrete workload of the writer's own: its owner, its figures, several answers.
    const signals =
      (wordsOnly.some((w) => FIRST_PERSON.has(w)) ? 1 : 0) +
      (detail.numeric ? 1 : 0) +
      (answered >= 3 ? 1 : 0);
    if (questionMark || starts || wordsOnly.some((w) => COMPARISON_WORDS.has(w))) {
      return !(signals >= 2 && answered >= 2);
    }
    // A terse phrase about a service ("lamda timeout", "docker in docker fargate") that the knowledge
    // answers. Without a service name a short phrase is more likely a typed answer ("Also elsewhere").
    if (signals > 0 || answered > 2 || wordsOnly.length < 2 || wordsOnly.length > TERSE_WORDS) return false;
    return wordsOnly.some(namesService) && ask(text).matched;
  } catch {
    return false;
  }
}
