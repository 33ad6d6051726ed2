// Words and phrases that answer a workload question, as data. The extractor is generic over them.
// Phrase syntax (after tokenising: lower case, hyphens and punctuation split words, apostrophes
// dropped so "doesn't" is "doesnt"): words separated by spaces; a word ending in `*` matches any
// word starting with it; `_` matches any one word. Words are compared through the stemmer ("sits
// idle" also matches "sitting idle"); a word written `=word` matches only that exact form.
// Weights: 3 = decisive statement, 2 = clear cue, 1 = hint (used only when nothing stronger says
// otherwise). `negated` = what a negated mention means ("no GPU"): omitted → the mention is ignored.
// `unless` = words that, anywhere in the same description, cancel the cue ("dedicated servers" in a
// text about players and matches is game hosting, not hardware of one's own).
// `overrides` = questions whose other cues starting inside this phrase are dropped ("low-latency
// interconnect" is hardware, so its "low latency" says nothing about cold starts).
// `details` = the special hardware or OS family the phrase names, for choosing a platform's services.
import type { HardwareNeed, OsFamily, QuestionId } from './ids.js';
import { CUES_HARDWARE } from './vocabulary-cues-hardware.js';
import { CUES_LATENCY } from './vocabulary-cues-latency.js';
import { CUES_PLACE } from './vocabulary-cues-place.js';
import { CUES_PLATFORM } from './vocabulary-cues-platform.js';
import { CUES_RUNTIME } from './vocabulary-cues-runtime.js';
import { CUES_STATE } from './vocabulary-cues-state.js';
import { CUES_TEAM } from './vocabulary-cues-team.js';
import { CUES_TRAFFIC } from './vocabulary-cues-traffic.js';

export interface CueData {
  phrases: string[];
  sets: Partial<Record<QuestionId, string>>;
  w: 1 | 2 | 3;
  negated?: Partial<Record<QuestionId, string>>;
  unless?: string[];
  overrides?: QuestionId[];
  details?: { hardware?: HardwareNeed; os_family?: OsFamily };
}

// Only the order of one question's cues matters (it breaks ties between equal readings): each file
// holds whole questions, in the order their cues were written.
export const CUE_DATA: CueData[] = [
  ...CUES_RUNTIME,
  ...CUES_TRAFFIC,
  ...CUES_LATENCY,
  ...CUES_PLATFORM,
  ...CUES_HARDWARE,
  ...CUES_STATE,
  ...CUES_TEAM,
  ...CUES_PLACE,
];
