// The recommendation engine (docs/contract.md §3). Pure and generic: every workload rule, weight, sentence and
// service name lives in knowledge/, keyed by platform; this file resolves the profile and details,
// ranks the six platforms (engine-score.ts), derives the kinds from them (a kind is as good as its best
// platform, and blocked only when all of its platforms are), and assembles the recommendation:
// services, rationale on each axis of the chosen platform, assumptions and sources.
import { KNOWLEDGE, type Knowledge } from '../knowledge/index.js';
import { AXES } from '../knowledge/rule-schema.js';
import {
  type Details,
  type FullProfile,
  type Kind,
  PLATFORM_IDS,
  PLATFORM_KIND,
  type PlatformId,
  type Profile,
  QUESTION_IDS,
  QUESTION_OPTIONS,
  type QuestionId,
  type Recommendation,
  type Source,
} from './domain.js';
import {
  type CompiledPlatform,
  compileKnowledge,
  matchesAll,
  matchesAny,
  type Situation,
} from './engine-compile.js';
import { fastPlatformOf } from './engine-fast.js';
import { rank, type Scored } from './engine-score.js';
import { type Standing, siblingNote, siblingOf } from './platform-notes.js';

export type Assumption = { question: QuestionId; assumed: string };

/** One platform's evaluation, for explanations and comparison cards. */
export type PlatformEvaluation = {
  platform: PlatformId;
  kind: Kind;
  /** Raw points before the curve that maps them to the shown score. */
  raw: number;
  score: number;
  blockers: string[];
  /** The preferences that moved this platform, strongest first; `assumed` when they rest on a default. */
  reasons: { id: string; weight: number; reason: string; assumed: boolean }[];
};

export interface Engine {
  recommend(profile: Profile, details?: Details): Recommendation;
  resolveProfile(profile: Profile, details?: Details): { full: FullProfile; assumptions: Assumption[] };
  /** All six platforms in ranking order, with the reasons behind each score. */
  evaluate(profile: Profile, details?: Details): PlatformEvaluation[];
  /** recommend(profile, details).platform, several times faster (for planners that probe many profiles). */
  platformOf(profile: Profile, details?: Details): PlatformId;
  /** recommend(profile, details).primary, as fast as platformOf. */
  primaryOf(profile: Profile, details?: Details): Kind;
  readonly defaults: FullProfile;
}

/** How many reasons the `fit` and `tradeoffs` rationale lines quote. */
const MAX_REASONS = 3;
const NO_HARDWARE: readonly string[] = ['none'];

export function createEngine(knowledge: Knowledge): Engine {
  const compiled: Record<PlatformId, CompiledPlatform> = compileKnowledge(knowledge);
  const { scoring, defaults } = knowledge;
  const options = new Map(QUESTION_IDS.map((q) => [q, new Set<string>(QUESTION_OPTIONS[q])]));
  // Each fact's pages, resolved once: anchors of one page count as the same page.
  const sourceByKey = new Map(knowledge.sources.map((s) => [s.key, s]));
  const factPages = new Map(
    knowledge.facts.map((f) => [
      f.id,
      f.sources.flatMap((key) => {
        const src = sourceByKey.get(key);
        return src
          ? [{ page: src.url.split('#')[0] ?? src.url, source: { title: src.title, url: src.url } }]
          : [];
      }),
    ]),
  );

  function resolveProfile(
    profile: Profile,
    details?: Details,
  ): { full: FullProfile; assumptions: Assumption[] } {
    const full = { ...defaults } as Record<QuestionId, string>;
    const assumptions: Assumption[] = [];
    // Named special hardware answers the compute question: it is what `special` means.
    const hardwareNamed = (details?.hardware?.length ?? 0) > 0;
    for (const q of QUESTION_IDS) {
      // Callers validate with ProfileSchema; a missing profile still means "nothing answered yet".
      const answer = profile?.[q];
      if (q === 'compute' && hardwareNamed) full[q] = 'special';
      // `unsure`, a missing answer and (defensively) an unknown option all fall back to the default.
      else if (answer !== undefined && options.get(q)?.has(answer)) full[q] = answer;
      else assumptions.push({ question: q, assumed: defaults[q] });
    }
    return { full: full as FullProfile, assumptions };
  }

  function situation(profile: Profile, details?: Details): { s: Situation; assumptions: Assumption[] } {
    const { full, assumptions } = resolveProfile(profile, details);
    const hardware = details?.hardware?.length ? details.hardware : NO_HARDWARE;
    return { s: { ...full, hardware, os_family: details?.os_family ?? 'linux' }, assumptions };
  }

  function ranked(profile: Profile, details?: Details) {
    const { s, assumptions } = situation(profile, details);
    const assumed = new Set(assumptions.map((a) => a.question));
    return { s, assumptions, platforms: rank(compiled, s, assumed, scoring) };
  }

  /** The AWS pages behind the facts, first-cited first, each page once. */
  function sourcesFor(factIds: readonly string[]): Source[] {
    const out: Source[] = [];
    const seen = new Set<string>();
    for (const id of new Set(factIds)) {
      for (const { page, source } of factPages.get(id) ?? []) {
        if (seen.has(page)) continue;
        seen.add(page);
        out.push({ ...source });
      }
    }
    return out;
  }

  const reasonsOf = (p: Scored) =>
    p.matched
      .filter((m) => m.effect.weight !== 0)
      .map((m) => ({
        id: m.effect.id,
        weight: m.effect.weight,
        reason: m.effect.reason,
        assumed: m.assumed,
      }));
  const standing = (p: Scored): Standing => ({
    platform: p.platform,
    raw: p.raw,
    blockedBecause: p.blocked.map((b) => b.short),
    reasons: reasonsOf(p),
  });

  /** Each kind as good as its best platform; blocked only when every platform of it is. */
  function kindsOf(platforms: Scored[]): Recommendation['ranking'] {
    const out: Recommendation['ranking'] = [];
    for (const p of platforms) {
      const kind = PLATFORM_KIND[p.platform];
      if (out.some((k) => k.kind === kind)) continue;
      // In the contract's platform order, so a ruled-out kind leads with its best-known platform's
      // reason ("AWS Lambda stops a function after 15 minutes"), not whichever sibling scored higher.
      const all = platforms
        .filter((q) => PLATFORM_KIND[q.platform] === kind)
        .sort((a, b) => PLATFORM_IDS.indexOf(a.platform) - PLATFORM_IDS.indexOf(b.platform));
      const blockers = all.every((q) => q.blocked.length > 0)
        ? [...new Set(all.flatMap((q) => q.blocked.map((b) => b.message)))]
        : [];
      out.push({ kind, score: p.score, blockers });
    }
    return out;
  }

  function recommend(profile: Profile, details?: Details): Recommendation {
    const { s, assumptions, platforms } = ranked(profile, details);
    const best = platforms[0] as Scored;
    const kind = PLATFORM_KIND[best.platform];
    const facts: string[] = [];

    const rationale: Record<string, string> = {};
    for (const axis of AXES) {
      const parts: string[] = [];
      for (const r of best.c.rationale.get(axis) ?? []) {
        if (matchesAll(r.when, s) && !matchesAny(r.unless, s)) {
          parts.push(r.text);
          facts.push(...r.facts);
        }
      }
      // Data without a sentence for a required axis still yields the kind's general description.
      if (parts.length > 0) rationale[axis] = parts.join(' ');
      else if (axis === 'isolation' || axis === 'resources' || axis === 'maintenance')
        rationale[axis] = knowledge.kinds[kind][axis];
    }
    // Quote only reasons that rest on what the user said, not on our assumptions.
    const stated = best.matched.filter((m) => !m.assumed);
    const pros = stated.filter((m) => m.effect.weight > 0).slice(0, MAX_REASONS);
    const cons = stated.filter((m) => m.effect.weight < 0).slice(0, MAX_REASONS);
    if (pros.length > 0) rationale.fit = pros.map((m) => m.effect.reason).join(' ');
    if (cons.length > 0) rationale.tradeoffs = cons.map((m) => m.effect.reason).join(' ');
    for (const m of pros) facts.push(...m.effect.facts);
    const sibling = platforms.find((p) => p.platform === siblingOf(best.platform));
    const note = sibling ? siblingNote(standing(best), standing(sibling)) : undefined;
    if (note !== undefined) rationale.platform = note;

    const services: string[] = [];
    for (const r of best.c.services) {
      if (matchesAll(r.when, s) && !matchesAny(r.unless, s) && !services.includes(r.text)) {
        services.push(r.text);
        facts.push(...r.facts);
      }
    }
    if (services.length === 0) services.push(...knowledge.kinds[kind].services.slice(0, 1));
    // A blocker's first fact is the one that states the limit; enough to cite without flooding the card.
    for (const p of platforms)
      for (const b of p.blocked) if (b.facts[0] !== undefined) facts.push(b.facts[0]);

    return {
      primary: kind,
      platform: best.platform,
      ranking: kindsOf(platforms),
      platforms: platforms.map((p) => ({
        platform: p.platform,
        kind: PLATFORM_KIND[p.platform],
        score: p.score,
        blockers: p.blocked.map((b) => b.message),
      })),
      services,
      rationale: rationale as Recommendation['rationale'],
      assumptions,
      sources: sourcesFor(facts),
    };
  }

  function evaluate(profile: Profile, details?: Details): PlatformEvaluation[] {
    return ranked(profile, details).platforms.map((p) => ({
      platform: p.platform,
      kind: PLATFORM_KIND[p.platform],
      raw: p.raw,
      score: p.score,
      blockers: p.blocked.map((b) => b.message),
      reasons: reasonsOf(p),
    }));
  }

  // The planner's question, "which platform wins?", over bit masks (engine-fast.ts): the same answer
  // as ranking the situation, without building it.
  const platformOf = fastPlatformOf(compiled, defaults, scoring);

  const primaryOf = (profile: Profile, details?: Details): Kind =>
    PLATFORM_KIND[platformOf(profile, details)];

  return { recommend, resolveProfile, evaluate, platformOf, primaryOf, defaults };
}

const engine = createEngine(KNOWLEDGE);

/** The assumption for every question left unanswered or `unsure` (knowledge/rules.ts DEFAULT_ANSWERS). */
export const DEFAULTS: FullProfile = engine.defaults;
export const recommend: Engine['recommend'] = engine.recommend;
export const resolveProfile: Engine['resolveProfile'] = engine.resolveProfile;
export const evaluate: Engine['evaluate'] = engine.evaluate;
export const platformOf: Engine['platformOf'] = engine.platformOf;
export const primaryOf: Engine['primaryOf'] = engine.primaryOf;
