// Scoring and ranking of the platforms, generic over compiled knowledge. A platform's raw points are the
// base plus the weights of the preferences the profile matches (a preference resting on an assumed
// answer counts less); a matching blocker sends the platform below every unblocked one. Shown scores
// follow a logistic curve so they stay in 0–100 without flattening strong fits into a tie at 100.
import type { Scoring } from '../knowledge/rule-schema.js';
import { PLATFORM_IDS, type PlatformId, type QuestionId } from './domain.js';
import {
  type CompiledBlocker,
  type CompiledEffect,
  type CompiledPlatform,
  dependsOnAny,
  matchesAll,
  type Situation,
} from './engine-compile.js';

type MatchedEffect = { effect: CompiledEffect; points: number; assumed: boolean };

export type Scored = {
  platform: PlatformId;
  raw: number;
  score: number;
  /** The blockers that match, in data order. */
  blocked: CompiledBlocker[];
  /** Matched preferences, strongest first. */
  matched: MatchedEffect[];
  c: CompiledPlatform;
};

function score(c: CompiledPlatform, s: Situation, assumed: ReadonlySet<QuestionId>, sc: Scoring): Scored {
  let raw = sc.base;
  const matched: MatchedEffect[] = [];
  for (const e of c.effects) {
    if (!matchesAll(e.when, s)) continue;
    // An assumed answer is a guess: let it tip a close call but not outweigh what the user said.
    const isAssumed = dependsOnAny(e.when, assumed);
    const points = isAssumed ? e.weight * sc.assumedWeight : e.weight;
    raw += points;
    matched.push({ effect: e, points, assumed: isAssumed });
  }
  const blocked = c.blockers.filter((b) => matchesAll(b.when, s));
  const fit = 1 / (1 + Math.exp((sc.midpoint - raw) / sc.spread));
  const shown =
    blocked.length > 0
      ? Math.round(sc.blockedMax * fit)
      : Math.round(sc.unblockedMin + (100 - sc.unblockedMin) * fit);
  matched.sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
  return { platform: c.platform, raw, score: shown, blocked, matched, c };
}

/** All six platforms, best first: unblocked before blocked, then by raw points, then the tie-break order. */
export function rank(
  compiled: Record<PlatformId, CompiledPlatform>,
  s: Situation,
  assumed: ReadonlySet<QuestionId>,
  sc: Scoring,
): Scored[] {
  return PLATFORM_IDS.map((p) => score(compiled[p], s, assumed, sc)).sort(
    (a, b) =>
      Number(a.blocked.length > 0) - Number(b.blocked.length > 0) ||
      b.raw - a.raw ||
      a.c.tieRank - b.c.tieRank,
  );
}
