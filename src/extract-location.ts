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

/** For each token, its clause's number; per clause, whether it says must/also/both and whether it
 * says already/today/currently. Worked out once per text: asking each candidate to scan its clause
 * made a message of "on prem on prem …" without a full stop quadratic (half a second at 20,000 chars). */
interface Clauses {
  of: Int32Array;
  requirement: boolean[];
  current: boolean[];
}

function clausesOf(tokens: readonly Token[]): Clauses {
  const of = new Int32Array(tokens.length);
  const requirement: boolean[] = [false];
  const current: boolean[] = [false];
  let clause = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = (tokens[i] as Token).t;
    if (t === BOUNDARY) {
      clause++;
      requirement.push(false);
      current.push(false);
      continue;
    }
    of[i] = clause;
    if (PLACE_REQUIREMENT_WORDS.has(t)) requirement[clause] = true;
    if (CURRENT_PLACE_WORDS.has(t)) current[clause] = true;
  }
  return { of, requirement, current };
}

function onlyWhereItIsToday(tokens: readonly Token[], c: Candidate, clauses: () => Clauses): boolean {
  if (c.q !== 'portability' || c.a !== 'portable') return false;
  if (!PLACE_FIRST_WORDS.has(tokens[c.at]?.t ?? '')) return false;
  const { of, requirement, current } = clauses();
  const clause = of[c.at] as number;
  return !requirement[clause] && (current[clause] as boolean);
}

function timeOfDayOnly(tokens: readonly Token[], c: Candidate): boolean {
  if (c.q !== 'traffic' || c.a !== 'scheduled' || tokens[c.at]?.t !== 'at') return false;
  return NOT_SCHEDULE_BEFORE.has(tokens[c.at - 1]?.t ?? '');
}

export function withoutCurrentPlace(candidates: readonly Candidate[], tokens: readonly Token[]): Candidate[] {
  let clauses: Clauses | undefined;
  const once = (): Clauses => {
    clauses ??= clausesOf(tokens);
    return clauses;
  };
  return candidates.filter((c) => !onlyWhereItIsToday(tokens, c, once) && !timeOfDayOnly(tokens, c));
}
