// The recommendation's contract (docs/contract.md §3), over the ids in knowledge/ids.ts, which every
// module may also import from here.
import { z } from 'zod';
import { Kind, PLATFORM_IDS, PlatformId, QuestionIdSchema, Source } from '../knowledge/ids.js';

export * from '../knowledge/ids.js';

export const RankingEntry = z.object({
  kind: Kind,
  score: z.number().int().min(0).max(100),
  blockers: z.array(z.string()),
});
export type RankingEntry = z.infer<typeof RankingEntry>;

/** One platform's place in a recommendation: its kind, score and what rules it out (if anything). */
const PlatformEntry = z.object({
  platform: PlatformId,
  kind: Kind,
  score: z.number().int().min(0).max(100),
  blockers: z.array(z.string()),
});

export const Recommendation = z.object({
  primary: Kind,
  /** The best platform; its kind is `primary`. */
  platform: PlatformId,
  ranking: z.array(RankingEntry).length(3),
  /** All six platforms, best first; blocked ones after every unblocked one. */
  platforms: z.array(PlatformEntry).length(PLATFORM_IDS.length),
  services: z.array(z.string()).min(1),
  rationale: z
    .object({ isolation: z.string().min(1), resources: z.string().min(1), maintenance: z.string().min(1) })
    .catchall(z.string()),
  assumptions: z.array(z.object({ question: QuestionIdSchema, assumed: z.string() })),
  sources: z.array(Source),
});
export type Recommendation = z.infer<typeof Recommendation>;
