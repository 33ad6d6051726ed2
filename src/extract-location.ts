// Drops a "scheduled" reading from a time of day that is not a schedule ("p99 under 20 ms even at
// 3am"), and a portability reading that only names where the workload runs today or is leaving
// ("already in a VM on-premise", "our data center lease ends in 6 weeks"): that is a starting
// point, not a need to run outside AWS. A clause that also says must/also/both keeps it.
import {
  CURRENT_PLACE_WORDS,
  NOT_SCHEDULE_BEFORE,
  PLACE_FIRST_WORDS,
  PLACE_REQUIREMENT_WORDS,
} from '../knowledge/vocabulary-location.js';
import type { Candidate } from './extract-cues.js';
import { BOUNDARY, type Token } from './text-tokens.js';

function clauseWords(tokens: readonly Token[], at: number): string[] {
  let from = at;
  while (from > 0 && tokens[from - 1]?.t !== BOUNDARY) from--;
  let to = at;
  while (to < tokens.length - 1 && tokens[to + 1]?.t !== BOUNDARY) to++;
  return tokens.slice(from, to + 1).map((t) => t.t);
}

function onlyWhereItIsToday(tokens: readonly Token[], c: Candidate): boolean {
  if (c.q !== 'portability' || c.a !== 'portable') return false;
  if (!PLACE_FIRST_WORDS.has(tokens[c.at]?.t ?? '')) return false;
  const clause = clauseWords(tokens, c.at);
  if (clause.some((w) => PLACE_REQUIREMENT_WORDS.has(w))) return false;
  return clause.some((w) => CURRENT_PLACE_WORDS.has(w));
}

function timeOfDayOnly(tokens: readonly Token[], c: Candidate): boolean {
  if (c.q !== 'traffic' || c.a !== 'scheduled' || tokens[c.at]?.t !== 'at') return false;
  return NOT_SCHEDULE_BEFORE.has(tokens[c.at - 1]?.t ?? '');
}

export function withoutCurrentPlace(candidates: readonly Candidate[], tokens: readonly Token[]): Candidate[] {
  return candidates.filter((c) => !onlyWhereItIsToday(tokens, c) && !timeOfDayOnly(tokens, c));
}
