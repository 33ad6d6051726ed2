// Shape of a question-and-answer entry for `ask`. Answers are templates whose `{group.name}`
// placeholders (optionally `/1024`, `/60` or `*N`) are filled from knowledge/limits.ts at load.
import { z } from 'zod';
import { SOURCES } from './sources.js';

const SOURCE_KEYS = SOURCES.map((s) => s.key) as [string, ...string[]];

export const QaEntry = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Short label, offered as a suggestion when a question matches nothing well. */
  topic: z.string().min(3),
  /** Sample phrasings: retrieval indexes them with the keywords. */
  questions: z.array(z.string().min(3)).min(1),
  keywords: z.array(z.string().min(1)).min(1),
  answer: z.string().min(20),
  sources: z.array(z.enum(SOURCE_KEYS)).min(1),
  reviewedOn: z.iso.date(),
  /** Answers "what is …?" (a definition), preferred when a question asks for one. */
  definition: z.boolean().optional(),
});
export type QaEntry = z.infer<typeof QaEntry>;

/** An entry as authored; `reviewedOn` defaults to the knowledge module's review date. */
export type QaData = Omit<QaEntry, 'reviewedOn' | 'sources'> & { sources: string[]; reviewedOn?: string };
