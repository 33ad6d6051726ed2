// The recommendation engine (SPEC §3). Pure and generic: every workload rule, weight, sentence and
// service name lives in knowledge/; this file only applies them. A kind's score is the base plus the
// weights of the preferences the profile matches; a hard blocker pushes the kind below every unblocked one.
import { KNOWLEDGE, type Knowledge } from '../knowledge/index.js';
import { AXES } from '../knowledge/rule-schema.js';
import {
  type FullProfile,
  KIND_IDS,
  type Kind,
  type Profile,
  QUESTION_IDS,
  QUESTION_OPTIONS,
  type QuestionId,
  type RankingEntry,
  type Recommendation,
  type Source,
} from './domain.js';
import {
  type CompiledEffect,
  type CompiledKind,
  compileKnowledge,
  dependsOnAny,
  matchesAll,
  matchesAny,
} from './engine-compile.js';

export type Assumption = { question: QuestionId; assumed: string };

/** One kind's evaluation, for explanations and comparison cards. */
export type KindEvaluation = {
  kind: Kind;
  /** Base plus matched weights, before clamping into the shown score. */
  raw: number;
  score: number;
  blockers: string[];
  /** The preferences that moved this kind, strongest first. */
  reasons: { weight: number; reason: string }[];
};

export interface Engine {
  recommend(profile: Profile): Recommendation;
  resolveProfile(profile: Profile): { full: FullProfile; assumptions: Assumption[] };
  /** All three kinds in ranking order, with the reasons behind each score. */
  evaluate(profile: Profile): KindEvaluation[];
  readonly defaults: FullProfile;
}

/** How many reasons the `fit` and `tradeoffs` rationale lines quote. */
const MAX_REASONS = 3;

export function createEngine(knowledge: Knowledge): Engine {
  const compiled = compileKnowledge(knowledge);
  const { scoring, defaults } = knowledge;
  const options = new Map(QUESTION_IDS.map((q) => [q, new Set<string>(QUESTION_OPTIONS[q])]));
  const sourceByKey = new Map(knowledge.sources.map((s) => [s.key, s]));
  const factSourceKeys = new Map(knowledge.facts.map((f) => [f.id, f.sources]));

  function resolveProfile(profile: Profile): { full: FullProfile; assumptions: Assumption[] } {
    const full = { ...defaults } as Record<QuestionId, string>;
    const assumptions: Assumption[] = [];
    for (const q of QUESTION_IDS) {
      const answer = profile[q];
      // `unsure`, a missing answer and (defensively) an unknown option all fall back to the default.
      if (answer !== undefined && options.get(q)?.has(answer)) full[q] = answer;
      else assumptions.push({ question: q, assumed: defaults[q] });
    }
    return { full: full as FullProfile, assumptions };
  }

  type Scored = KindEvaluation & {
    c: CompiledKind;
    matched: CompiledEffect[];
    blockerFacts: readonly string[][];
  };

  function score(c: CompiledKind, p: FullProfile, assumed: ReadonlySet<QuestionId>): Scored {
    let raw = scoring.base;
    const matched: CompiledEffect[] = [];
    for (const e of c.effects) {
      if (matchesAll(e.when, p)) {
        // An assumed answer is a guess: let it tip a close call but not outweigh what the user said.
        raw += dependsOnAny(e.when, assumed) ? e.weight * scoring.assumedWeight : e.weight;
        matched.push(e);
      }
    }
    const blockers: string[] = [];
    const blockerFacts: (readonly string[])[] = [];
    for (const b of c.blockers) {
      if (matchesAll(b.when, p)) {
        blockers.push(b.message);
        blockerFacts.push(b.facts);
      }
    }
    // A logistic curve keeps shown scores inside 0–100 without flattening strong fits into a tie at 100.
    const fit = 1 / (1 + Math.exp((scoring.midpoint - raw) / scoring.spread));
    const shown =
      blockers.length > 0
        ? Math.round(scoring.blockedMax * fit)
        : Math.round(scoring.unblockedMin + (100 - scoring.unblockedMin) * fit);
    matched.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
    const reasons = matched
      .filter((e) => e.weight !== 0)
      .map((e) => ({ weight: e.weight, reason: e.reason }));
    return {
      kind: c.kind,
      raw,
      score: shown,
      blockers,
      reasons,
      c,
      matched,
      blockerFacts: blockerFacts as string[][],
    };
  }

  function rank(p: FullProfile, assumptions: readonly Assumption[]): Scored[] {
    const assumed = new Set(assumptions.map((a) => a.question));
    return KIND_IDS.map((k) => score(compiled[k], p, assumed)).sort(
      (a, b) =>
        Number(a.blockers.length > 0) - Number(b.blockers.length > 0) ||
        b.raw - a.raw ||
        a.c.tieRank - b.c.tieRank,
    );
  }

  function sourcesFor(factIds: Iterable<string>): Source[] {
    const out: Source[] = [];
    const seen = new Set<string>();
    for (const id of factIds) {
      for (const key of factSourceKeys.get(id) ?? []) {
        const src = sourceByKey.get(key);
        const page = src?.url.split('#')[0];
        if (!src || page === undefined || seen.has(page)) continue;
        seen.add(page);
        out.push({ title: src.title, url: src.url });
      }
    }
    return out;
  }

  function recommend(profile: Profile): Recommendation {
    const { full, assumptions } = resolveProfile(profile);
    const ranked = rank(full, assumptions);
    const best = ranked[0] as Scored;
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
    const pros = best.matched.filter((e) => e.weight > 0).slice(0, MAX_REASONS);
    const cons = best.matched.filter((e) => e.weight < 0).slice(0, MAX_REASONS);
    if (pros.length > 0) rationale.fit = pros.map((e) => e.reason).join(' ');
    if (cons.length > 0) rationale.tradeoffs = cons.map((e) => e.reason).join(' ');
    for (const e of pros) facts.push(...e.facts);

    const services: string[] = [];
    for (const s of best.c.services) {
      if (matchesAll(s.when, full) && !matchesAny(s.unless, full) && !services.includes(s.text)) {
        services.push(s.text);
        facts.push(...s.facts);
      }
    }
    if (services.length === 0) services.push(...knowledge.kinds[best.kind].services.slice(0, 1));
    for (const k of ranked) for (const f of k.blockerFacts) facts.push(...f);

    const ranking: RankingEntry[] = ranked.map((k) => ({
      kind: k.kind,
      score: k.score,
      blockers: k.blockers,
    }));
    return {
      primary: best.kind,
      ranking,
      services,
      rationale: rationale as Recommendation['rationale'],
      assumptions,
      sources: sourcesFor(facts),
    };
  }

  function evaluate(profile: Profile): KindEvaluation[] {
    const { full, assumptions } = resolveProfile(profile);
    return rank(full, assumptions).map(({ kind, raw, score, blockers, reasons }) => ({
      kind,
      raw,
      score,
      blockers,
      reasons,
    }));
  }

  return { recommend, resolveProfile, evaluate, defaults };
}

const engine = createEngine(KNOWLEDGE);

/** The assumption for every question left unanswered or `unsure` (knowledge/rules.ts DEFAULT_ANSWERS). */
export const DEFAULTS: FullProfile = engine.defaults;
export const recommend: (profile: Profile) => Recommendation = engine.recommend;
export const resolveProfile: Engine['resolveProfile'] = engine.resolveProfile;
export const evaluate: Engine['evaluate'] = engine.evaluate;
