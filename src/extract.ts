// Reads a plain-English workload description into a partial profile, with the words that decided
// each answer. What the text does not settle stays unanswered so the interview asks it.
// Safe on any input: the text is capped at MAX_TEXT_CHARS and read in one linear pass per rule set.
import { PRECEDENCE } from '../knowledge/vocabulary.js';
import type { Profile, QuestionId } from './domain.js';
import { type Candidate, cueCandidates } from './extract-cues.js';
import { quantityCandidates } from './extract-quantities.js';
import { rateCandidates } from './extract-rates.js';
import { BOUNDARY, MAX_TEXT_CHARS, type Token, tokenize } from './text-tokens.js';

export { MAX_TEXT_CHARS as EXTRACT_MAX_CHARS };

export interface Extraction {
  answers: Profile;
  evidence: Partial<Record<QuestionId, string>>;
}

export interface DetailedExtraction extends Extraction {
  /** True when the text was longer than EXTRACT_MAX_CHARS and only its start was read. */
  truncated: boolean;
  /** Weight of the winning cue per answer: 3 decisive, 2 clear, 1 a hint. */
  confidence: Partial<Record<QuestionId, number>>;
  /** True when a figure in the text (a duration, a size, a rate) decided an answer. */
  numeric: boolean;
}

function rank(c: Candidate): [number, number] {
  const order = PRECEDENCE[c.q] ?? [];
  const p = order.indexOf(c.a);
  return [c.w, p < 0 ? -99 : -p];
}

function better(a: Candidate, b: Candidate): boolean {
  const [wa, pa] = rank(a);
  const [wb, pb] = rank(b);
  return wa !== wb ? wa > wb : pa !== pb ? pa > pb : a.at < b.at;
}

/** Rules that tie answers together, e.g. a special accelerator implies packages beyond a managed runtime. */
function resolve(candidates: readonly Candidate[]): Map<QuestionId, Candidate> {
  const best = new Map<QuestionId, Candidate>();
  for (const c of candidates) {
    const cur = best.get(c.q);
    if (!cur || better(c, cur)) best.set(c.q, c);
  }
  return best;
}

export function extractDetailed(text: unknown): DetailedExtraction {
  const { text: normalized, tokens, truncated } = tokenize(text);
  const quantities = [...quantityCandidates(normalized, tokens), ...rateCandidates(normalized, tokens)];
  const candidates = [...cueCandidates(normalized, tokens), ...quantities];
  const best = resolve(candidates);
  const answers: Profile = {};
  const evidence: Partial<Record<QuestionId, string>> = {};
  const confidence: Partial<Record<QuestionId, number>> = {};
  for (const [q, c] of best) {
    (answers as Record<string, string>)[q] = c.a;
    evidence[q] = c.evidence;
    confidence[q] = c.w;
  }
  const numeric = quantities.some((c) => best.get(c.q) === c);
  return { answers, evidence, truncated, confidence, numeric };
}

/** Fill in a profile from a description. Never throws. */
export function extract(text: string): Extraction {
  try {
    const { answers, evidence } = extractDetailed(text);
    return { answers, evidence };
  } catch {
    // A bug in a rule must not take a conversation down: the interview just asks everything.
    return { answers: {}, evidence: {} };
  }
}

const QUESTION_STARTS = new Set([
  'what',
  'whats',
  'how',
  'hows',
  'can',
  'could',
  'is',
  'are',
  'does',
  'do',
  'which',
  'why',
  'when',
  'where',
  'should',
  'would',
  'will',
  'explain',
  'compare',
  'define',
  'describe',
  'tell',
  'who',
  'difference',
  'isnt',
  'doesnt',
  'cant',
  'max',
  'maximum',
  'limit',
  'limits',
  'vs',
  'versus',
]);
const FIRST_PERSON = new Set([
  'we',
  'our',
  'ours',
  'us',
  'my',
  'i',
  'im',
  'ive',
  'weve',
  'were',
  'mine',
  'team',
]);

/**
 * A question about the three kinds ("how long can a Lambda run?") rather than a workload to advise on.
 * A text that describes a workload of the writer's own ("we have a nightly ETL … should this be
 * Lambda?") is a description even with a question mark: the interview is the better answer.
 */
export function looksLikeQuestion(text: string): boolean {
  try {
    const { tokens } = tokenize(text);
    const wordsOnly = tokens.filter((t: Token) => t.t !== BOUNDARY).map((t) => t.t);
    if (wordsOnly.length === 0) return false;
    const raw = typeof text === 'string' ? text.slice(0, MAX_TEXT_CHARS).trim() : '';
    const questionMark = raw.endsWith('?') || raw.includes('?');
    const starts = QUESTION_STARTS.has(wordsOnly[0] as string);
    if (!questionMark && !starts) return false;
    const detail = extractDetailed(text);
    const answered = Object.keys(detail.answers).length;
    // Signs of a concrete workload of the writer's own: its owner, its figures, several answers.
    const signals =
      (wordsOnly.some((w) => FIRST_PERSON.has(w)) ? 1 : 0) +
      (detail.numeric ? 1 : 0) +
      (answered >= 3 ? 1 : 0);
    return !(signals >= 2 && answered >= 2);
  } catch {
    return false;
  }
}
