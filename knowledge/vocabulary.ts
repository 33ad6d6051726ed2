// Vocabulary for reading plain English: units, number words, negations, extraction cues and the
// synonyms/abbreviations retrieval expands. Data only, validated once at load (fails fast naming
// the bad entry). Numbers are decided against knowledge/limits.ts, never against figures here.
import { z } from 'zod';
import { DETAIL_OPTIONS, isOptionOf, QuestionIdSchema } from './ids.js';
import { CUE_DATA } from './vocabulary-cues.js';

/** Negation words: a cue within NEGATION_WINDOW words after one of these (same clause) is negated. */
export const NEGATORS = new Set([
  'no',
  'not',
  'without',
  'never',
  'dont',
  'doesnt',
  'isnt',
  'arent',
  'wont',
  'cannot',
  'cant',
  'nor',
  'neither',
  'didnt',
  'wasnt',
  'shouldnt',
  'mustnt',
  'needn',
  'avoid',
  'zero',
  'non',
  'nothing',
  'nobody',
  'none',
  'forbid',
  'forbids',
  'forbidden',
  'prohibit',
  'prohibits',
  'prohibited',
  'disallow',
  'disallows',
  'noone',
]);
export const NEGATION_WINDOW = 6;

/** Words that end a negation's reach even inside a clause. */
export const NEGATION_STOPS = new Set([
  'but',
  'and',
  'then',
  'so',
  'although',
  'though',
  'however',
  'yet',
  'while',
  'whereas',
]);

/** When a question gets several answers of equal weight, the first listed wins (the safer reading). */
export const PRECEDENCE: Record<string, string[]> = {
  runtime: ['always_on', 'long', 'medium', 'short'],
  traffic: ['scheduled', 'bursty', 'steady'],
  isolation: ['dedicated', 'strong', 'standard'],
  os_control: ['full', 'packages', 'none'],
  compute: ['special', 'large', 'small'],
  state: ['local', 'stateless', 'external'],
  ops: ['minimal', 'full', 'moderate'],
  latency: ['sensitive', 'tolerant'],
  portability: ['portable', 'aws_only'],
  starting_point: ['vm_based', 'containerized', 'new'],
};

const Phrase = z
  .string()
  .min(1)
  .regex(/^=?[a-z0-9_*+]+( =?[a-z0-9_*+]+)*$/, 'a phrase is lower-case words separated by single spaces');
const Sets = z.partialRecord(QuestionIdSchema, z.string()).superRefine((sets, ctx) => {
  for (const [q, a] of Object.entries(sets)) {
    if (!isOptionOf(q, a) || a === 'unsure')
      ctx.addIssue({ code: 'custom', message: `unknown option "${a}" for "${q}"` });
  }
});
export const CueSchema = z.object({
  phrases: z.array(Phrase).min(1),
  sets: Sets,
  w: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  negated: Sets.optional(),
  unless: z
    .array(z.string().regex(/^[a-z0-9]+$/))
    .min(1)
    .optional(),
  overrides: z.array(QuestionIdSchema).min(1).optional(),
  details: z
    .strictObject({
      hardware: z.enum(DETAIL_OPTIONS.hardware).optional(),
      os_family: z.enum(DETAIL_OPTIONS.os_family).optional(),
    })
    .optional(),
});
export type Cue = z.infer<typeof CueSchema>;

function load(): Cue[] {
  return CUE_DATA.map((cue, i) => {
    const parsed = CueSchema.safeParse(cue);
    if (!parsed.success) {
      throw new Error(
        `knowledge/vocabulary: cue #${i} (${cue.phrases[0] ?? '?'}): ${z.prettifyError(parsed.error)}`,
      );
    }
    return parsed.data;
  });
}

export const CUES: readonly Cue[] = load();

export * from './vocabulary-quantities.js';
export { COMPOUNDS, SERVICE_GROUPS, STOPWORDS, SYNONYMS } from './vocabulary-synonyms.js';
export * from './vocabulary-units.js';
