// Lenient reading of a short typed answer, for people who type rather than click: "it's bursty I
// think", "steddy", "the second one", "nope", "just my code", "as little as possible". Tried only
// after the exact forms (number, id, label) and after the question check, so "how long can Lambda
// run?" never answers `long`. Words come from the shared tokenizer, typos from the shared edit
// distance, word forms from the shared stemmer.

import { type Question, type QuestionOption, questionById } from '../knowledge/questions.js';
import {
  ANSWER_NEGATIONS,
  ANSWER_STOPWORDS,
  NO_WORDS,
  ORDINALS,
  QUESTION_WORDS,
  UNSURE_PHRASES,
  YES_WORDS,
} from '../knowledge/vocabulary-answers.js';
import { type QuestionId, UNSURE } from './domain.js';
import { editDistance, typoAllowance } from './text-fuzzy.js';
import { stem } from './text-stem.js';
import { words } from './text-tokens.js';

/** Longer messages are descriptions: they go to the extractor, which reads every field they mention. */
const MAX_WORDS = 6;
/** A yes or no counts only in a reply this short ("no", "nope, aws only"). */
const MAX_YES_NO_WORDS = 3;

/** A key word matches a typed word exactly, in another form ("notices"), or with a typo or two. */
function sameWord(key: string, word: string): boolean {
  if (key === word) return true;
  if (key.length < 5 || word.length < 4) return stem(key) === stem(word) && key.length > 3;
  const allowed = typoAllowance(key);
  return editDistance(key, word, allowed) <= allowed || stem(key) === stem(word);
}

/** The words that name an option: its id ("always_on" → "always on"), its label's head, its synonyms. */
function keysOf(option: QuestionOption): string[] {
  const head = option.label.split(/[:,(]/)[0] ?? '';
  return [option.id.replace(/_/g, ' '), head.toLowerCase().trim(), ...(option.synonyms ?? [])].filter(
    (k) => k.length > 0,
  );
}

function mentions(said: readonly string[], key: string): boolean {
  const keyWords = words(key);
  for (let i = 0; i + keyWords.length <= said.length; i++) {
    const hit = keyWords.every((k, j) => sameWord(k, said[i + j] as string));
    // "not bursty" names bursty only to deny it.
    if (hit && !ANSWER_NEGATIONS.has(said[i - 1] ?? '')) return true;
  }
  return false;
}

/** Per question, each option's distinctive word stems: in its label, description or synonyms and in
 * no other option of the same question. Computed once. */
const DISTINCTIVE = new Map<QuestionId, Map<string, Set<string>>>();

function distinctive(question: Question): Map<string, Set<string>> {
  const cached = DISTINCTIVE.get(question.id);
  if (cached) return cached;
  const stemsOf = (o: QuestionOption): Set<string> =>
    new Set(
      words(`${o.label} ${o.description} ${(o.synonyms ?? []).join(' ')}`)
        .filter((w) => !ANSWER_STOPWORDS.has(w))
        .map(stem),
    );
  const all = question.options.map((o) => ({ id: o.id, stems: stemsOf(o) }));
  const seen = new Map<string, number>();
  for (const { stems } of all) for (const s of stems) seen.set(s, (seen.get(s) ?? 0) + 1);
  const out = new Map(all.map(({ id, stems }) => [id, new Set([...stems].filter((s) => seen.get(s) === 1))]));
  DISTINCTIVE.set(question.id, out);
  return out;
}

/** The option whose distinctive words the reply uses most, when one clearly leads. */
function byDistinctiveWords(question: Question, said: readonly string[]): string | undefined {
  const table = distinctive(question);
  let best: string | undefined;
  let bestScore = 0;
  let tie = false;
  for (const [id, stems] of table) {
    let score = 0;
    said.forEach((w, i) => {
      if (ANSWER_STOPWORDS.has(w) || ANSWER_NEGATIONS.has(said[i - 1] ?? '')) return;
      const s = stem(w);
      if (stems.has(s) || [...stems].some((k) => k.length >= 5 && sameWord(k, s))) score++;
    });
    if (score > bestScore) {
      best = id;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) tie = true;
  }
  return bestScore > 0 && !tie ? best : undefined;
}

/**
 * The option a short, loosely typed answer names, if exactly one fits; otherwise undefined.
 * `byWords`: also match on an option's distinctive words — only when nothing else in the reply
 * was read as an answer, so a short description is never mistaken for a choice.
 */
export function looseAnswer(q: QuestionId, text: string, byWords = true): string | undefined {
  const said = words(text);
  if (said.length === 0 || said.length > MAX_WORDS || text.includes('?')) return undefined;
  if (QUESTION_WORDS.has(said[0] as string)) return undefined;
  const joined = said.join(' ');
  if (UNSURE_PHRASES.some((p) => joined.includes(p))) return UNSURE;
  const question = questionById(q);
  const options = question.options;
  const ordinal = said.map((w) => ORDINALS.indexOf(w)).find((i) => i >= 0);
  if (ordinal !== undefined && ordinal < options.length && said.length <= 3) return options[ordinal]?.id;
  const hits = options.filter((o) => keysOf(o).some((key) => mentions(said, key)));
  if (hits.length === 1) return hits[0]?.id;
  if (hits.length > 1) return undefined;
  const first = said[0] as string;
  if (said.length <= MAX_YES_NO_WORDS) {
    if (question.yes !== undefined && YES_WORDS.has(first)) return question.yes;
    if (question.no !== undefined && NO_WORDS.has(first)) return question.no;
  }
  return byWords ? byDistinctiveWords(question, said) : undefined;
}
