// Shapes of the decision data (rules.ts, services.ts, rationale.ts), every rule keyed by the platform it
// is about. A condition is a partial map from question id (or detail key) to the option ids it matches:
// every listed key must match (AND), any listed option of one key matches it (OR). Conditions are
// evaluated on the resolved profile (defaults filled in) and the details: `hardware` matches when any
// listed need was named (`none`: no special hardware was named); `os_family` is `linux` unless the
// workload was said to be Windows.
import { z } from 'zod';
import { DETAIL_OPTIONS, PlatformId, QUESTION_OPTIONS, type QuestionId } from './ids.js';

/** The keys a condition may test besides the ten questions, with the options each accepts. */
const DETAIL_CONDITIONS = {
  hardware: [...DETAIL_OPTIONS.hardware, 'none'],
  os_family: DETAIL_OPTIONS.os_family,
} as const;
type DetailKey = keyof typeof DETAIL_CONDITIONS;
export type ConditionKey = QuestionId | DetailKey;

function optionsOf(key: string): readonly string[] | undefined {
  if (Object.hasOwn(QUESTION_OPTIONS, key)) return QUESTION_OPTIONS[key as QuestionId];
  if (Object.hasOwn(DETAIL_CONDITIONS, key)) return DETAIL_CONDITIONS[key as DetailKey];
  return undefined;
}

export const Condition = z
  .record(z.string(), z.array(z.string()).min(1))
  .superRefine((cond, ctx) => {
    for (const [q, options] of Object.entries(cond)) {
      const allowed = optionsOf(q);
      if (!allowed) {
        ctx.addIssue({ code: 'custom', path: [q], message: `unknown question id "${q}"` });
        continue;
      }
      for (const o of options) {
        if (!allowed.includes(o)) {
          ctx.addIssue({ code: 'custom', path: [q], message: `unknown option "${o}" for question "${q}"` });
        }
      }
    }
  })
  .transform((c) => c as Partial<Record<ConditionKey, string[]>>);
export type Condition = z.infer<typeof Condition>;

const ruleId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'rule ids are kebab-case');
const factIds = z.array(z.string().min(1)).min(1);

/**
 * A hard blocker: when it matches, the platform cannot do the job; the message names the platform and
 * says why, with the figure.
 */
export const Blocker = z.strictObject({
  id: ruleId,
  platform: PlatformId,
  when: Condition,
  message: z.string().min(1),
  /** The reason as a clause after "not <platform>:", e.g. "it refuses privileged containers". */
  short: z.string().min(1),
  facts: factIds,
});
export type Blocker = z.infer<typeof Blocker>;

/** One platform's share of a preference: a weight (positive favours it) and the sentence that explains it. */
export const Effect = z.strictObject({
  platform: PlatformId,
  weight: z.number().int().min(-50).max(50),
  reason: z.string().min(1),
  facts: factIds,
});
export type Effect = z.infer<typeof Effect>;

/** A weighted preference: when the profile matches, each effect moves its platform's score. */
export const Preference = z.strictObject({
  id: ruleId,
  when: Condition,
  effects: z.array(Effect).min(1),
});
export type Preference = z.infer<typeof Preference>;

/** A service to suggest when `platform` is recommended and the profile matches `when` but not `unless`. */
export const ServiceRule = z.strictObject({
  id: ruleId,
  platform: PlatformId,
  when: Condition.optional(),
  unless: Condition.optional(),
  service: z.string().min(1),
  facts: factIds,
});
export type ServiceRule = z.infer<typeof ServiceRule>;

export const AXES = ['isolation', 'resources', 'maintenance', 'cost', 'scaling'] as const;
export const Axis = z.enum(AXES);
export type Axis = z.infer<typeof Axis>;

/** A sentence of the rationale for `platform` on one axis; all matching entries are joined in order. */
export const RationaleRule = z.strictObject({
  id: ruleId,
  platform: PlatformId,
  axis: Axis,
  when: Condition.optional(),
  unless: Condition.optional(),
  text: z.string().min(1),
  facts: factIds,
});
export type RationaleRule = z.infer<typeof RationaleRule>;

export const Scoring = z.strictObject({
  /** Raw points of a platform before any preference applies; preferences add their weights to it. */
  base: z.number().int().min(0).max(100),
  /** Raw points shown as a middling fit; `spread` raw points move the shown score along a logistic curve. */
  midpoint: z.number(),
  spread: z.number().positive(),
  /** A preference that rests on an assumed answer (unanswered or `unsure`) counts this fraction of its weight. */
  assumedWeight: z.number().min(0).max(1),
  /** Lowest score an unblocked platform can show; blocked ones show at most `blockedMax`, below it. */
  unblockedMin: z.number().int().min(1).max(100),
  blockedMax: z.number().int().min(0).max(100),
  /** Equal raw points go to the platform listed first (AWS's guides start from the most managed option). */
  tieBreak: z.array(PlatformId).length(6),
});
export type Scoring = z.infer<typeof Scoring>;
