// Scoring and ranking, generic over compiled knowledge. A kind's raw points are the base plus the weights
// of the preferences the profile matches (a preference resting on an assumed answer counts less); a
// matching blocker sends the kind below every unblocked one. Shown scores follow a logistic curve so they
// stay in 0–100 without flattening strong fits into a tie at 100.
import type { Scoring } from '../knowledge/rule-schema.js';
import { type FullProfile, KIND_IDS, type Kind, type QuestionId } from './domain.js';
import { type CompiledEffect, type CompiledKind, dependsOnAny, matchesAll } from './engine-compile.js';

type MatchedEffect = { effect: CompiledEffect; points: number; assumed: boolean };

export type Scored = {
  kind: Kind;
  raw: number;
  score: number;
  blockers: string[];
  blockerFacts: (readonly string[])[];
  /** Matched preferences, strongest first. */
  matched: MatchedEffect[];
  c: CompiledKind;
};

function score(c: CompiledKind, p: FullProfile, assumed: ReadonlySet<QuestionId>, s: Scoring): Scored {
  let raw = s.base;
  const matched: MatchedEffect[] = [];
  for (const e of c.effects) {
    if (!matchesAll(e.when, p)) continue;
    // An assumed answer is a guess: let it tip a close call but not outweigh what the user said.
    const isAssumed = dependsOnAny(e.when, assumed);
    const points = isAssumed ? e.weight * s.assumedWeight : e.weight;
    raw += points;
    matched.push({ effect: e, points, assumed: isAssumed });
  }
  const blockers: string[] = [];
  const blockerFacts: (readonly string[])[] = [];
  for (const b of c.blockers) {
    if (matchesAll(b.when, p)) {
      blockers.push(b.message);
      blockerFacts.push(b.facts);
    }
  }
  const fit = 1 / (1 + Math.exp((s.midpoint - raw) / s.spread));
  const shown =
    blockers.length > 0
      ? Math.round(s.blockedMax * fit)
      : Math.round(s.unblockedMin + (100 - s.unblockedMin) * fit);
  matched.sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
  return { kind: c.kind, raw, score: shown, blockers, blockerFacts, matched, c };
}

/** All three kinds, best first: unblocked before blocked, then by raw points, then the tie-break order. */
export function rank(
  compiled: Record<Kind, CompiledKind>,
  p: FullProfile,
  assumed: ReadonlySet<QuestionId>,
  s: Scoring,
): Scored[] {
  return KIND_IDS.map((k) => score(compiled[k], p, assumed, s)).sort(
    (a, b) =>
      Number(a.blockers.length > 0) - Number(b.blockers.length > 0) ||
      b.raw - a.raw ||
      a.c.tieRank - b.c.tieRank,
  );
}

/**
 * Only the winning kind, without building reasons or messages: for the conversation planner, which
 * asks "would this answer change the primary?" hundreds of times per turn.
 */
export function bestKind(
  compiled: Record<Kind, CompiledKind>,
  p: FullProfile,
  assumed: ReadonlySet<QuestionId>,
  s: Scoring,
): Kind {
  let best: Kind = 'vm';
  let bestKey = Number.NEGATIVE_INFINITY;
  for (const k of KIND_IDS) {
    const c = compiled[k];
    let raw = s.base;
    for (const e of c.effects) {
      if (matchesAll(e.when, p)) raw += dependsOnAny(e.when, assumed) ? e.weight * s.assumedWeight : e.weight;
    }
    const blocked = c.blockers.some((b) => matchesAll(b.when, p));
    // Same order as rank(): blocked last, then raw points, then tie-break (lower tieRank wins).
    const key = (blocked ? -1e9 : 0) + raw - c.tieRank * 1e-6;
    if (key > bestKey) {
      bestKey = key;
      best = k;
    }
  }
  return best;
}
