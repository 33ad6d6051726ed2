// Turns the knowledge module's rules into flat, pre-indexed structures once, so that recommend() is a
// few array walks per call (the conversation planner calls it many times per turn).
import type { Knowledge } from '../knowledge/index.js';
import type { Condition } from '../knowledge/rule-schema.js';
import { type FullProfile, KIND_IDS, type Kind, type QuestionId } from './domain.js';

/** A condition as [question, allowed options] pairs; `null` means "always". */
export type Test = readonly (readonly [QuestionId, ReadonlySet<string>])[] | null;

function compileCondition(cond: Condition | undefined): Test {
  if (!cond) return null;
  const pairs = Object.entries(cond).map(([q, opts]) => [q as QuestionId, new Set(opts)] as const);
  return pairs.length === 0 ? null : pairs;
}

/** Every pair matches (AND); an absent condition matches everything. */
export function matchesAll(test: Test, p: FullProfile): boolean {
  if (test === null) return true;
  for (const [q, opts] of test) if (!opts.has(p[q])) return false;
  return true;
}

/** Some pair matches (OR) — the meaning of `unless`; an absent condition matches nothing. */
export function matchesAny(test: Test, p: FullProfile): boolean {
  if (test === null) return false;
  for (const [q, opts] of test) if (opts.has(p[q])) return true;
  return false;
}

/** Whether the condition looks at any of these questions. */
export function dependsOnAny(test: Test, questions: ReadonlySet<QuestionId>): boolean {
  if (test === null || questions.size === 0) return false;
  for (const [q] of test) if (questions.has(q)) return true;
  return false;
}

export type CompiledEffect = { when: Test; weight: number; reason: string; facts: readonly string[] };
type CompiledText = { when: Test; unless: Test; text: string; facts: readonly string[] };

export type CompiledKind = {
  kind: Kind;
  blockers: { when: Test; message: string; facts: readonly string[] }[];
  effects: CompiledEffect[];
  services: CompiledText[];
  rationale: Map<string, CompiledText[]>;
  tieRank: number;
};

export function compileKnowledge(k: Knowledge): Record<Kind, CompiledKind> {
  const out = {} as Record<Kind, CompiledKind>;
  for (const kind of KIND_IDS) {
    out[kind] = {
      kind,
      blockers: k.blockers
        .filter((b) => b.kind === kind)
        .map((b) => ({ when: compileCondition(b.when), message: b.message, facts: b.facts })),
      effects: k.preferences.flatMap((p) =>
        p.effects
          .filter((e) => e.kind === kind)
          .map((e) => ({
            when: compileCondition(p.when),
            weight: e.weight,
            reason: e.reason,
            facts: e.facts,
          })),
      ),
      services: k.services
        .filter((s) => s.kind === kind)
        .map((s) => ({
          when: compileCondition(s.when),
          unless: compileCondition(s.unless),
          text: s.service,
          facts: s.facts,
        })),
      rationale: new Map(),
      tieRank: k.scoring.tieBreak.indexOf(kind),
    };
    for (const r of k.rationale.filter((x) => x.kind === kind)) {
      const list = out[kind].rationale.get(r.axis) ?? [];
      list.push({
        when: compileCondition(r.when),
        unless: compileCondition(r.unless),
        text: r.text,
        facts: r.facts,
      });
      out[kind].rationale.set(r.axis, list);
    }
  }
  return out;
}
