// Turns the knowledge module's rules into flat, pre-indexed structures once, so that recommend() is a
// few array walks per call (the conversation planner calls it many times per turn).
import type { Knowledge } from '../knowledge/index.js';
import type { Condition, ConditionKey } from '../knowledge/rule-schema.js';
import { type FullProfile, PLATFORM_IDS, type PlatformId, type QuestionId } from './domain.js';

/**
 * What conditions are tested against: the resolved profile plus the details, `hardware` as the list of
 * named needs (`['none']` when none was named) and `os_family` (`linux` unless said to be Windows).
 */
export type Situation = FullProfile & { readonly os_family: string; readonly hardware: readonly string[] };

/** A condition as [key, allowed options] pairs; `null` means "always". */
export type Test = readonly (readonly [ConditionKey, ReadonlySet<string>])[] | null;

function compileCondition(cond: Condition | undefined): Test {
  if (!cond) return null;
  const pairs = Object.entries(cond).map(([q, opts]) => [q as ConditionKey, new Set(opts)] as const);
  return pairs.length === 0 ? null : pairs;
}

function holds(key: ConditionKey, opts: ReadonlySet<string>, s: Situation): boolean {
  if (key === 'hardware') return s.hardware.some((h) => opts.has(h));
  return opts.has(s[key]);
}

/** Every pair matches (AND); an absent condition matches everything. */
export function matchesAll(test: Test, s: Situation): boolean {
  if (test === null) return true;
  for (const [key, opts] of test) if (!holds(key, opts, s)) return false;
  return true;
}

/** Some pair matches (OR) — the meaning of `unless`; an absent condition matches nothing. */
export function matchesAny(test: Test, s: Situation): boolean {
  if (test === null) return false;
  for (const [key, opts] of test) if (holds(key, opts, s)) return true;
  return false;
}

/** Whether the condition looks at any of these questions. */
export function dependsOnAny(test: Test, questions: ReadonlySet<QuestionId>): boolean {
  if (test === null || questions.size === 0) return false;
  for (const [q] of test) if (questions.has(q as QuestionId)) return true;
  return false;
}

export type CompiledEffect = {
  /** The preference it belongs to: sibling platforms are compared preference by preference. */
  id: string;
  when: Test;
  weight: number;
  reason: string;
  facts: readonly string[];
};
export type CompiledBlocker = { when: Test; message: string; short: string; facts: readonly string[] };
type CompiledText = { when: Test; unless: Test; text: string; facts: readonly string[] };

export type CompiledPlatform = {
  platform: PlatformId;
  blockers: CompiledBlocker[];
  effects: CompiledEffect[];
  services: CompiledText[];
  rationale: Map<string, CompiledText[]>;
  tieRank: number;
};

export function compileKnowledge(k: Knowledge): Record<PlatformId, CompiledPlatform> {
  const out = {} as Record<PlatformId, CompiledPlatform>;
  for (const platform of PLATFORM_IDS) {
    out[platform] = {
      platform,
      blockers: k.blockers
        .filter((b) => b.platform === platform)
        .map((b) => ({ when: compileCondition(b.when), message: b.message, short: b.short, facts: b.facts })),
      effects: k.preferences.flatMap((p) =>
        p.effects
          .filter((e) => e.platform === platform)
          .map((e) => ({
            id: p.id,
            when: compileCondition(p.when),
            weight: e.weight,
            reason: e.reason,
            facts: e.facts,
          })),
      ),
      services: k.services
        .filter((s) => s.platform === platform)
        .map((s) => ({
          when: compileCondition(s.when),
          unless: compileCondition(s.unless),
          text: s.service,
          facts: s.facts,
        })),
      rationale: new Map(),
      tieRank: k.scoring.tieBreak.indexOf(platform),
    };
    for (const r of k.rationale.filter((x) => x.platform === platform)) {
      const list = out[platform].rationale.get(r.axis) ?? [];
      list.push({
        when: compileCondition(r.when),
        unless: compileCondition(r.unless),
        text: r.text,
        facts: r.facts,
      });
      out[platform].rationale.set(r.axis, list);
    }
  }
  return out;
}
