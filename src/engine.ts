// The recommendation engine (SPEC §3). Pure and generic: every workload rule, weight, sentence and
// service name lives in knowledge/; this file resolves the profile, ranks the kinds (engine-score.ts)
// and assembles the recommendation: services, rationale on each axis, assumptions and sources.
import { KNOWLEDGE, type Knowledge } from '../knowledge/index.js';
import { AXES } from '../knowledge/rule-schema.js';
import {
  type Details,
  type FullProfile,
  type Kind,
  type Profile,
  QUESTION_IDS,
  QUESTION_OPTIONS,
  type QuestionId,
  type Recommendation,
  type Source,
} from './domain.js';
import { type CompiledKind, compileKnowledge, matchesAll, matchesAny } from './engine-compile.js';
import { bestKind, rank, type Scored } from './engine-score.js';

export type Assumption = { question: QuestionId; assumed: string };

/** One kind's evaluation, for explanations and comparison cards. */
export type KindEvaluation = {
  kind: Kind;
  /** Raw points before the curve that maps them to the shown score. */
  raw: number;
  score: number;
  blockers: string[];
  /** The preferences that moved this kind, strongest first; `assumed` when they rest on a default. */
  reasons: { weight: number; reason: string; assumed: boolean }[];
};

export interface Engine {
  recommend(profile: Profile, details?: Details): Recommendation;
  resolveProfile(profile: Profile): { full: FullProfile; assumptions: Assumption[] };
  /** All three kinds in ranking order, with the reasons behind each score. */
  evaluate(profile: Profile): KindEvaluation[];
  /** recommend(profile).primary, several times faster (for planners that probe many profiles). */
  primaryOf(profile: Profile): Kind;
  readonly defaults: FullProfile;
}

/** How many reasons the `fit` and `tradeoffs` rationale lines quote. */
const MAX_REASONS = 3;

export function createEngine(knowledge: Knowledge): Engine {
  const compiled: Record<Kind, CompiledKind> = compileKnowledge(knowledge);
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

  function resolveProfile(profile: Profile): { full: FullProfile; assumptions: Assumption[] } {
    const full = { ...defaults } as Record<QuestionId, string>;
    const assumptions: Assumption[] = [];
    for (const q of QUESTION_IDS) {
      // Callers validate with ProfileSchema; a missing profile still means "nothing answered yet".
      const answer = profile?.[q];
      // `unsure`, a missing answer and (defensively) an unknown option all fall back to the default.
      if (answer !== undefined && options.get(q)?.has(answer)) full[q] = answer;
      else assumptions.push({ question: q, assumed: defaults[q] });
    }
    return { full: full as FullProfile, assumptions };
  }

  function ranked(profile: Profile): { full: FullProfile; assumptions: Assumption[]; kinds: Scored[] } {
    const { full, assumptions } = resolveProfile(profile);
    const assumed = new Set(assumptions.map((a) => a.question));
    return { full, assumptions, kinds: rank(compiled, full, assumed, scoring) };
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

  function recommend(profile: Profile, _details?: Details): Recommendation {
    const { full, assumptions, kinds } = ranked(profile);
    const best = kinds[0] as Scored;
    const facts: string[] = [];

    const rationale: Record<string, string> = {};
    for (const axis of AXES) {
      const parts: string[] = [];
      for (const r of best.c.rationale.get(axis) ?? []) {
        if (matchesAll(r.when, full) && !matchesAny(r.unless, full)) {
          parts.push(r.text);
          facts.push(...r.facts);
        }
      }
      // Data without a sentence for this axis still yields the kind's general description.
      rationale[axis] = parts.length > 0 ? parts.join(' ') : knowledge.kinds[best.kind][axis];
    }
    // Quote only reasons that rest on what the user said, not on our assumptions.
    const stated = best.matched.filter((m) => !m.assumed);
    const pros = stated.filter((m) => m.effect.weight > 0).slice(0, MAX_REASONS);
    const cons = stated.filter((m) => m.effect.weight < 0).slice(0, MAX_REASONS);
    if (pros.length > 0) rationale.fit = pros.map((m) => m.effect.reason).join(' ');
    if (cons.length > 0) rationale.tradeoffs = cons.map((m) => m.effect.reason).join(' ');
    for (const m of pros) facts.push(...m.effect.facts);

    const services: string[] = [];
    for (const s of best.c.services) {
      if (matchesAll(s.when, full) && !matchesAny(s.unless, full) && !services.includes(s.text)) {
        services.push(s.text);
        facts.push(...s.facts);
      }
    }
    if (services.length === 0) services.push(...knowledge.kinds[best.kind].services.slice(0, 1));
    // A blocker's first fact is the one that states the limit; enough to cite without flooding the card.
    for (const k of kinds) for (const f of k.blockerFacts) if (f[0] !== undefined) facts.push(f[0]);

    return {
      primary: best.kind,
      ranking: kinds.map((k) => ({ kind: k.kind, score: k.score, blockers: k.blockers })),
      services,
      rationale: rationale as Recommendation['rationale'],
      assumptions,
      sources: sourcesFor(facts),
    };
  }

  function evaluate(profile: Profile): KindEvaluation[] {
    return ranked(profile).kinds.map(({ kind, raw, score, blockers, matched }) => ({
      kind,
      raw,
      score,
      blockers,
      reasons: matched
        .filter((m) => m.effect.weight !== 0)
        .map((m) => ({ weight: m.effect.weight, reason: m.effect.reason, assumed: m.assumed })),
    }));
  }

  function primaryOf(profile: Profile): Kind {
    const { full, assumptions } = resolveProfile(profile);
    return bestKind(compiled, full, new Set(assumptions.map((a) => a.question)), scoring);
  }

  return { recommend, resolveProfile, evaluate, primaryOf, defaults };
}

const engine = createEngine(KNOWLEDGE);

/** The assumption for every question left unanswered or `unsure` (knowledge/rules.ts DEFAULT_ANSWERS). */
export const DEFAULTS: FullProfile = engine.defaults;
export const recommend: Engine['recommend'] = engine.recommend;
export const resolveProfile: Engine['resolveProfile'] = engine.resolveProfile;
export const evaluate: Engine['evaluate'] = engine.evaluate;
export const primaryOf: Engine['primaryOf'] = engine.primaryOf;
