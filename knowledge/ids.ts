// The contract's ids (docs/contract.md §1–§3) and the schemas of what users give: kinds, platforms,
// questions and their options, profiles, details, sources. They sit here, at the bottom of the
// dependency graph, because knowledge/ and src/ both build on them; knowledge/ imports nothing from src/.
import { z } from 'zod';

export const KIND_IDS = ['vm', 'container', 'serverless'] as const;
export const Kind = z.enum(KIND_IDS);
export type Kind = z.infer<typeof Kind>;

/** Question id → its option ids, exactly as docs/contract.md §2 names them. Order is the display order. */
export const QUESTION_OPTIONS = {
  runtime: ['short', 'medium', 'long', 'always_on'],
  traffic: ['bursty', 'steady', 'scheduled'],
  isolation: ['standard', 'strong', 'dedicated'],
  os_control: ['none', 'packages', 'full'],
  compute: ['small', 'large', 'special'],
  state: ['stateless', 'external', 'local'],
  ops: ['minimal', 'moderate', 'full'],
  latency: ['tolerant', 'sensitive'],
  portability: ['aws_only', 'portable'],
  starting_point: ['new', 'containerized', 'vm_based'],
} as const;

export type QuestionId = keyof typeof QUESTION_OPTIONS;
export const QUESTION_IDS = Object.keys(QUESTION_OPTIONS) as QuestionId[];
export const QuestionIdSchema = z.enum(QUESTION_IDS as [QuestionId, ...QuestionId[]]);
type OptionOf<Q extends QuestionId> = (typeof QUESTION_OPTIONS)[Q][number];

/** Every question also accepts `unsure` (docs/contract.md §2). */
export const UNSURE = 'unsure' as const;

/** A fully-specified profile: every question answered with a concrete option. */
export type FullProfile = { [Q in QuestionId]: OptionOf<Q> };

/** A workload profile: a partial map from question id to one option id (or `unsure`). */
export type Profile = { [Q in QuestionId]?: OptionOf<Q> | typeof UNSURE };

export function isOptionOf(question: string, option: string): boolean {
  if (!Object.hasOwn(QUESTION_OPTIONS, question)) return false; // not `in`: "__proto__", "toString" are in every object
  if (option === UNSURE) return true;
  return (QUESTION_OPTIONS[question as QuestionId] as readonly string[]).includes(option);
}

/** Strict profile schema: unknown question ids or option ids are refused with a message naming them. */
export const ProfileSchema = z
  .record(z.string(), z.string())
  .superRefine((value, ctx) => {
    for (const [q, a] of Object.entries(value)) {
      if (!Object.hasOwn(QUESTION_OPTIONS, q)) {
        ctx.addIssue({ code: 'custom', message: `unknown question id "${q}"`, path: [q] });
      } else if (!isOptionOf(q, a)) {
        const allowed = [...QUESTION_OPTIONS[q as QuestionId], UNSURE].join(', ');
        ctx.addIssue({
          code: 'custom',
          message: `unknown option "${a}" for question "${q}" (expected one of: ${allowed})`,
          path: [q],
        });
      }
    }
  })
  .transform((value) => value as Profile);

export const Source = z.object({ title: z.string().min(1), url: z.url() });
export type Source = z.infer<typeof Source>;

/** The concrete AWS platforms a recommendation names; each belongs to one kind. */
export const PLATFORM_IDS = [
  'lambda',
  'lambda_managed',
  'fargate',
  'containers_on_ec2',
  'ec2',
  'ec2_dedicated',
] as const;
export const PlatformId = z.enum(PLATFORM_IDS);
export type PlatformId = z.infer<typeof PlatformId>;
export const PLATFORM_KIND: Record<PlatformId, Kind> = {
  lambda: 'serverless',
  lambda_managed: 'serverless',
  fargate: 'container',
  containers_on_ec2: 'container',
  ec2: 'vm',
  ec2_dedicated: 'vm',
};

/**
 * Refinements the ten questions do not capture but that choose the platform's services and wording:
 * which special hardware (`compute: special` alone says only "something EC2-only"), and a Windows
 * workload (Lambda runs on Amazon Linux only; Fargate runs Windows Server containers). The interview
 * never asks them; descriptions fill them in, and the command line accepts them beside the answers.
 */
export const DETAIL_OPTIONS = {
  hardware: ['gpu', 'high_memory', 'hpc', 'local_storage', 'bare_metal'],
  os_family: ['linux', 'windows'],
} as const;
export type HardwareNeed = (typeof DETAIL_OPTIONS.hardware)[number];
export type OsFamily = (typeof DETAIL_OPTIONS.os_family)[number];
export const DetailsSchema = z.strictObject({
  hardware: z.array(z.enum(DETAIL_OPTIONS.hardware)).max(DETAIL_OPTIONS.hardware.length).optional(),
  os_family: z.enum(DETAIL_OPTIONS.os_family).optional(),
});
export type Details = z.infer<typeof DetailsSchema>;
