// Lenient reading of a short typed answer, for people who type rather than click: "it's bursty I
// think", "steddy", "the second one", "prob not sure". Tried only after the exact forms (number, id,
// label) and after the question check, so "how long can Lambda run?" never answers `long`.
import { questionById } from '../knowledge/questions.js';
import { type QuestionId, UNSURE } from './domain.js';
import { editDistance } from './text-fuzzy.js';

/** Longer messages are descriptions: they go to the extractor, which reads every field they mention. */
const MAX_WORDS = 6;
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];
const NEGATIONS = new Set(['not', 'no', 'never', "isn't", "doesn't", "don't", 'hardly', 'nor']);
const QUESTION_WORDS = new Set([
  'how',
  'what',
  'why',
  'when',
  'which',
  'can',
  'does',
  'do',
  'is',
  'should',
  'will',
]);
const UNSURE_PHRASES = ['not sure', 'no idea', "don't know", 'dont know', 'unsure', 'no clue', 'unknown'];

const words = (text: string): string[] => text.toLowerCase().match(/[a-z0-9']+/g) ?? [];

/** A one-word key matches a word with at most one typo (two for long words); short words exactly. */
function sameWord(key: string, word: string): boolean {
  if (key === word) return true;
  if (key.length < 5 || word.length < 4) return false;
  const allowed = key.length >= 8 ? 2 : 1;
  return editDistance(key, word, allowed) <= allowed;
}

/** The words that name an option: its id ("always_on" → "always on") and its label's head. */
function keysOf(option: { id: string; label: string }): string[] {
  const head = option.label.split(/[:,(]/)[0] ?? '';
  return [option.id.replace(/_/g, ' '), head.toLowerCase().trim()].filter((k) => k.length > 0);
}

function mentions(said: string[], key: string): boolean {
  const keyWords = words(key);
  for (let i = 0; i + keyWords.length <= said.length; i++) {
    const hit = keyWords.every((k, j) => sameWord(k, said[i + j] as string));
    // "not bursty" names bursty only to deny it.
    if (hit && !NEGATIONS.has(said[i - 1] ?? '')) return true;
  }
  return false;
}

/** The option a short, loosely typed answer names, if exactly one fits; otherwise undefined. */
export function looseAnswer(q: QuestionId, text: string): string | undefined {
  const said = words(text);
  if (said.length === 0 || said.length > MAX_WORDS || text.includes('?')) return undefined;
  if (QUESTION_WORDS.has(said[0] as string)) return undefined;
  const joined = said.join(' ');
  if (UNSURE_PHRASES.some((p) => joined.includes(p))) return UNSURE;
  const options = questionById(q).options;
  const ordinal = said.map((w) => ORDINALS.indexOf(w)).find((i) => i >= 0);
  if (ordinal !== undefined && ordinal < options.length && said.length <= 3) return options[ordinal]?.id;
  const hits = options.filter((o) => keysOf(o).some((key) => mentions(said, key)));
  return hits.length === 1 ? hits[0]?.id : undefined;
}
