// The interview's stored state: small, plain JSON, versioned so a future shape can migrate old
// records instead of misreading them. Any store (memory, Redis) holds it as-is.
import { z } from 'zod';
import { DetailsSchema, ProfileSchema, QuestionIdSchema } from './domain.js';

export const ConversationState = z.strictObject({
  v: z.literal(1),
  /** The user who started the interview: only they may answer or navigate it. */
  ownerId: z.string().min(1).max(256),
  /** `interview` while a question is pending; `done` once the recommendation was shown. */
  phase: z.enum(['interview', 'done']),
  answers: ProfileSchema,
  /**
   * What a description said beyond the ten questions (special hardware, a Windows workload): it
   * chooses the platform and its services. Optional, so records stored before it exist still load.
   */
  details: DetailsSchema.optional(),
  /** The question asked last and not yet answered (absent when done). */
  pending: QuestionIdSchema.optional(),
  /** Questions answered in this interview, in order: `back` pops from here. */
  history: z.array(QuestionIdSchema).max(10),
  /**
   * Of those, the ones a sentence typed mid-interview answered rather than a question card: the
   * progress hint counts only questions actually asked. Optional, so records stored before it exist
   * still load.
   */
  described: z.array(QuestionIdSchema).max(10).optional(),
  startedAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});
export type ConversationState = z.infer<typeof ConversationState>;

export function freshState(ownerId: string, at: number): ConversationState {
  return { v: 1, ownerId, phase: 'interview', answers: {}, history: [], startedAt: at, updatedAt: at };
}
