// Shapes of the decision data (rules.ts, services.ts, rationale.ts). A condition is a partial map from
// question id to the option ids it matches: every listed question must match (AND), any listed option
// of one question matches it (OR). Conditions are evaluated on the resolved profile (defaults filled in).
import { z } from 'zod';
import { Kind, QUESTION_OPTIONS, type QuestionId } from '../src/domain.js';

export const Condition = z
  .record(z.string(), z.array(z.string()).min(1))
  .superRefine((cond, ctx) => {
    for (const [q, options] of Object.entries(cond)) {
      const allowed = QUESTION_OPTIONS[q as QuestionId] as readonly string[] | undefined;
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
  .transform((c) => c as Partial<Record<QuestionId, string[]>>);
export type Condition = z.infer<typeof Condition>;

const ruleId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'rule ids are kebab-case');
const factIds = z.array(z.string().min(1)).min(1);

/** A hard blocker: when it matches, the kind cannot do the job; the message says why, with the figure. */
export const Blocker = z.strictObject({
  id: ruleId,
  kind: Kind,
  when: Condition,
  message: z.string().min(1),
  facts: factIds,
});
export type Blocker = z.infer<typeof Blocker>;

/** One kind's share of a preference: a weight (positive favours it) and the sentence that explains it. */
export const Effect = z.strictObject({
  kind: Kind,
  weight: z.number().int().min(-50).max(50),
  reason: z.string().min(1),
  facts: factIds,
});
export type Effect = z.infer<typeof Effect>;

/** A weighted preference: when the profile matches, each effect moves its kind's score. */
export const Preference = z.strictObject({
  id: ruleId,
  when: Condition,
  effects: z.array(Effect).min(1),
});
export type Preference = z.infer<typeof Preference>;

/** A service to suggest when `kind` is recommended and the profile matches `when` but not `unless`. */
export const ServiceRule = z.strictObject({
  id: ruleId,
  kind: Kind,
  when: Condition.optional(),
  unless: Condition.optional(),
  service: z.string().min(1),
  facts: factIds,
});
export type ServiceRule = z.infer<typeof ServiceRule>;

export const AXES = ['isolation', 'resources', 'maintenance', 'cost', 'scaling'] as const;
export const Axis = z.enum(AXES);
export type Axis = z.infer<typeof Axis>;

/** A sentence of the rationale for `kind` on one axis; all matching entries are joined in order. */
export const RationaleRule = z.strictObject({
  id: ruleId,
  kind: Kind,
  axis: Axis,
  when: Condition.optional(),
  unless: Condition.optional(),
  text: z.string().min(1),
  facts: factIds,
});
export type RationaleRule = z.infer<typeof RationaleRule>;

export const Scoring = z.strictObject({
  /** Raw points of a kind before any preference applies; preferences add their weights to it. */
  base: z.number().int().min(0).max(100),
  /** Raw points shown as a middling fit; `spread` raw points move the shown score along a logistic curve. */
  midpoint: z.number(),
  spread: z.number().positive(),
  /** A preference that rests on an assumed answer (unanswered or `unsure`) counts this fraction of its weight. */
  assumedWeight: z.number().min(0).max(1),
  /** Lowest score an unblocked kind can show; blocked kinds show at most `blockedMax`, below it. */
  unblockedMin: z.number().int().min(1).max(100),
  blockedMax: z.number().int().min(0).max(100),
  /** Equal raw points go to the kind listed first (AWS's guides start from the most managed option). */
  tieBreak: z.array(Kind).length(3),
});
export type Scoring = z.infer<typeof Scoring>;
