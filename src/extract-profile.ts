// Combines every reader's candidate answers into a profile: per question the heaviest cue wins,
// ties go to the vocabulary's precedence (the safer reading), then to the earlier mention.
import { PRECEDENCE } from '../knowledge/vocabulary.js';
import { DETAIL_OPTIONS, type Details, type HardwareNeed, type Profile, type QuestionId } from './domain.js';
import { type Candidate, cueFindings, type DetailHit } from './extract-cues.js';
import { withoutCurrentPlace } from './extract-location.js';
import { quantityCandidates } from './extract-quantities.js';
import { rateCandidates } from './extract-rates.js';
import { rememberLast } from './last-text.js';
import { tokenize } from './text-tokens.js';

export interface Extraction {
  answers: Profile;
  evidence: Partial<Record<QuestionId, string>>;
  /** Special hardware and OS family named in the text: they choose a platform's services. */
  details: Details;
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

/** The last text read and what it gave (last-text.ts); each caller gets a copy of its own to change. */
const readRemembered = rememberLast(readText);

function copy(r: DetailedExtraction): DetailedExtraction {
  return {
    ...r,
    answers: { ...r.answers },
    evidence: { ...r.evidence },
    details: { ...r.details, ...(r.details.hardware ? { hardware: [...r.details.hardware] } : {}) },
    confidence: { ...r.confidence },
  };
}

export function extractDetailed(text: unknown): DetailedExtraction {
  return copy(readRemembered(text));
}

function readText(text: unknown): DetailedExtraction {
  const { text: normalized, tokens, truncated } = tokenize(text);
  const hits: DetailHit[] = [];
  const quantities = [...quantityCandidates(normalized, tokens, hits), ...rateCandidates(normalized, tokens)];
  const cues = cueFindings(normalized, tokens);
  const candidates = withoutCurrentPlace([...cues.candidates, ...quantities], tokens);
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
  const details = readDetails([...cues.details, ...hits], answers);
  return { answers, evidence, details, truncated, confidence, numeric };
}

/** The details the text names, in a stable order. Special hardware counts only when the compute
 * answer is `special` (a GPU that was negated or outweighed is not a need); the OS family is the
 * first one named. */
function readDetails(hits: readonly DetailHit[], answers: Profile): Details {
  const details: Details = {};
  if (answers.compute === 'special') {
    const named = new Set<HardwareNeed>();
    for (const h of hits) if (h.hardware) named.add(h.hardware);
    const hardware = DETAIL_OPTIONS.hardware.filter((h) => named.has(h));
    if (hardware.length) details.hardware = hardware;
  }
  // The first named: the earliest position, and the first found there.
  let first: DetailHit | undefined;
  for (const h of hits) if (h.os_family && (first === undefined || h.at < first.at)) first = h;
  if (first?.os_family) details.os_family = first.os_family;
  return details;
}
