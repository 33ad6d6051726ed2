// The knowledge module, loaded and checked once at import. Invalid data fails fast with a message that
// names the bad entry (e.g. `preferences "ops-minimal" effect 0 cites unknown fact "nope"`), so a bad
// edit to a data file stops the process at start-up, not in the middle of a conversation.
import { z } from 'zod';
import { FACTS, FactSchema } from './facts.js';
import { type FullProfile, PLATFORM_IDS, type PlatformId, QUESTION_IDS, QUESTION_OPTIONS } from './ids.js';
import { KINDS, KindsSchema } from './kinds.js';
import { PLATFORMS, PlatformsSchema } from './platforms.js';
import { QUESTIONS, QuestionsSchema } from './questions.js';
import { RATIONALE_RULES } from './rationale.js';
import { Blocker, Preference, RationaleRule, Scoring, ServiceRule } from './rule-schema.js';
import { BLOCKERS, DEFAULT_ANSWERS, PREFERENCES, SCORING } from './rules.js';
import { SERVICE_RULES } from './services.js';
import { SOURCES, SourceEntry } from './sources.js';

const FullProfileSchema = z
  .strictObject(
    Object.fromEntries(
      QUESTION_IDS.map((q) => [q, z.enum(QUESTION_OPTIONS[q] as unknown as [string, ...string[]])]),
    ),
  )
  .transform((p) => p as FullProfile);

const KnowledgeSchema = z.strictObject({
  questions: QuestionsSchema,
  kinds: KindsSchema,
  platforms: PlatformsSchema,
  sources: z.array(SourceEntry).min(1),
  facts: z.array(FactSchema).min(1),
  blockers: z.array(Blocker),
  preferences: z.array(Preference).min(1),
  services: z.array(ServiceRule).min(1),
  rationale: z.array(RationaleRule).min(1),
  scoring: Scoring,
  defaults: FullProfileSchema,
});
export type Knowledge = z.infer<typeof KnowledgeSchema>;

export class KnowledgeError extends Error {
  override name = 'KnowledgeError';
}

type Entry = { id?: unknown; key?: unknown };
const RULE_LISTS = ['blockers', 'preferences', 'services', 'rationale'] as const;

/** "preferences[3] (\"ops-minimal\")": where an issue is, named by the entry's id when it has one. */
function describe(input: unknown, path: readonly PropertyKey[]): string {
  const [list, index, ...rest] = path;
  if (typeof index !== 'number') return path.length > 0 ? path.map(String).join('.') : 'knowledge';
  const entry = (input as Record<string, Entry[] | undefined> | null)?.[String(list)]?.[index];
  const name = entry?.id ?? entry?.key;
  const head = `${String(list)}[${index}]`;
  const named = typeof name === 'string' ? `${head} ("${name}")` : head;
  return rest.length > 0 ? `${named} ${rest.map(String).join('.')}` : named;
}

/** Cross-references zod cannot see: fact ids, source keys, duplicates, a platform that is never blocked. */
function crossCheck(k: Knowledge): string[] {
  const problems: string[] = [];
  const sourceKeys = new Set(k.sources.map((s) => s.key));
  const factIds = new Set<string>();
  for (const f of k.facts) {
    if (factIds.has(f.id)) problems.push(`facts "${f.id}": duplicate fact id`);
    factIds.add(f.id);
    for (const key of f.sources) {
      if (!sourceKeys.has(key)) problems.push(`facts "${f.id}": cites unknown source "${key}"`);
    }
  }
  for (const list of RULE_LISTS) {
    const seen = new Set<string>();
    for (const rule of k[list]) {
      if (seen.has(rule.id)) problems.push(`${list} "${rule.id}": duplicate rule id`);
      seen.add(rule.id);
      const cited =
        'effects' in rule
          ? rule.effects.map((e, i) => [`effect ${i} `, e.facts] as const)
          : [['', rule.facts] as const];
      for (const [where, facts] of cited) {
        for (const id of facts) {
          if (!factIds.has(id)) problems.push(`${list} "${rule.id}": ${where}cites unknown fact "${id}"`);
        }
      }
    }
  }
  const blocked = new Set<PlatformId>(k.blockers.map((b) => b.platform));
  if (PLATFORM_IDS.every((p) => blocked.has(p))) {
    problems.push(
      'blockers: every platform can be blocked; at least one platform must always remain available',
    );
  }
  if (k.scoring.blockedMax >= k.scoring.unblockedMin) {
    problems.push('scoring: blockedMax must be below unblockedMin so blocked platforms always score lower');
  }
  if (new Set(k.scoring.tieBreak).size !== PLATFORM_IDS.length)
    problems.push('scoring: tieBreak must list each platform once');
  return problems;
}

/** Parse and cross-check knowledge data; throws KnowledgeError naming every bad entry. */
export function validateKnowledge(input: unknown): Knowledge {
  const parsed = KnowledgeSchema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${describe(input, i.path)}: ${i.message}`);
    throw new KnowledgeError(`invalid knowledge: ${lines.join('; ')}`);
  }
  const problems = crossCheck(parsed.data);
  if (problems.length > 0) throw new KnowledgeError(`invalid knowledge: ${problems.join('; ')}`);
  return parsed.data;
}

/** The raw data files, before validation (tests start from this to build broken variants). */
export const KNOWLEDGE_DATA = {
  questions: QUESTIONS,
  kinds: KINDS,
  platforms: PLATFORMS,
  sources: SOURCES,
  facts: FACTS,
  blockers: BLOCKERS,
  preferences: PREFERENCES,
  services: SERVICE_RULES,
  rationale: RATIONALE_RULES,
  scoring: SCORING,
  defaults: DEFAULT_ANSWERS,
};

export const KNOWLEDGE: Knowledge = validateKnowledge(KNOWLEDGE_DATA);
