// Words and phrases that answer a workload question, as data. The extractor is generic over them.
// Phrase syntax (after tokenising: lower case, hyphens and punctuation split words, apostrophes
// dropped so "doesn't" is "doesnt"): words separated by spaces; a word ending in `*` matches any
// word starting with it; `_` matches any one word.
// Weights: 3 = decisive statement, 2 = clear cue, 1 = hint (used only when nothing stronger says
// otherwise). `negated` = what a negated mention means ("no GPU"): omitted → the mention is ignored.
import type { QuestionId } from '../src/domain.js';
import { CUES_PLATFORM } from './vocabulary-cues-platform.js';
import { CUES_TEAM } from './vocabulary-cues-team.js';
import { CUES_WORK } from './vocabulary-cues-work.js';

export interface CueData {
  phrases: string[];
  sets: Partial<Record<QuestionId, string>>;
  w: 1 | 2 | 3;
  negated?: Partial<Record<QuestionId, string>>;
}

export const CUE_DATA: CueData[] = [...CUES_WORK, ...CUES_PLATFORM, ...CUES_TEAM];
