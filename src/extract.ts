// Reads a plain-English workload description into a partial profile, with the words that decided
// each answer. What the text does not settle stays unanswered so the interview asks it.
// Safe on any input: the text is capped at EXTRACT_MAX_CHARS and read in linear passes.
import type { Extraction } from './extract-profile.js';
import { extractDetailed } from './extract-profile.js';

export { looksLikeQuestion } from './extract-intent.js';
export type { Extraction } from './extract-profile.js';
export { extractDetailed } from './extract-profile.js';
export { MAX_TEXT_CHARS as EXTRACT_MAX_CHARS } from './text-tokens.js';

/** Fill in a profile from a description. Never throws. */
export function extract(text: string): Extraction {
  try {
    const { answers, evidence, details } = extractDetailed(text);
    return { answers, evidence, details };
  } catch {
    // A bug in a rule must not take a conversation down: the interview just asks everything.
    return { answers: {}, evidence: {}, details: {} };
  }
}
