// Combines every reader's candidate answers into a profile: per question the heaviest cue wins,
// ties go to the vocabulary's precedence (the safer reading), then to the earlier mention.
import { PRECEDENCE } from '../knowledge/vocabulary.js';
import type { Profile, QuestionId } from './domain.js';
import { type Candidate, cueCandidates } from './extract-cues.js';
import { withoutCurrentPlace } from './extract-location.js';
import { quantityCandidates } from './extract-quantities.js';
import { rateCandidates } from './extract-rates.js';
import { tokenize } from './text-tokens.js';

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
  const candidates = withoutCurrentPlace([...cueCandidates(normalized, tokens), ...quantities], tokens);
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
