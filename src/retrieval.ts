// BM25 retrieval over short documents (Q&A entries and facts), tolerant of paraphrase, abbreviations
// and typos: query words are stemmed, expanded with the vocabulary's synonyms ("k8s" → kubernetes,
// "ram" → memory) and, when unknown, matched to index words within a small edit distance.
import { LRUCache } from 'lru-cache';
import { COMPOUNDS, STOPWORDS, SYNONYMS } from '../knowledge/vocabulary.js';
import { editDistance, typoAllowance } from './text-fuzzy.js';
import { FRAME_WEIGHT, FRAME_WORDS, headHints, subjectSources } from './text-question.js';
import { stem } from './text-stem.js';
import { words } from './text-tokens.js';

interface DocField {
  text: string;
  weight: number;
  /** Says what the document is about (a title, sample questions, keywords), not just what it mentions. */
  head?: boolean;
}
export interface Doc {
  id: string;
  fields: DocField[];
}

interface IndexedDoc {
  id: string;
  tf: Map<string, number>;
  head: Set<string>;
  length: number;
}

export interface Index {
  docs: IndexedDoc[];
  df: Map<string, number>;
  avgLength: number;
  /** The index's terms by length, for typo correction: a word is compared only with terms whose
   * length is within its typo allowance. Each list is in the order the terms entered the index. */
  termsByLength: Map<number, string[]>;
  /** Where each term entered the index: corrections at one distance are kept in that order. */
  termOrder: Map<string, number>;
  /** Unknown words already corrected against this index (the same typos and odd words recur). */
  corrections: LRUCache<string, readonly string[]>;
}

/** How many corrected words an index remembers. */
const MAX_CORRECTIONS = 2_000;

export interface Hit {
  id: string;
  score: number;
  /** Share of the query's content words this document matched (directly, by synonym or typo). */
  coverage: number;
  /** How many content words the query had. */
  contentWords: number;
  /** The question has a subject (words beyond service names and framing verbs) and the document
   * shares none of it: it is about something else, however well it matches the rest. */
  missesKey: boolean;
}

/** Query words beyond this are ignored: questions are short, and this bounds the fuzzy matching. */
const MAX_QUERY_WORDS = 40;
const K1 = 1.2;
const B = 0.5;
const SYNONYM_WEIGHT = 0.5;
const TYPO_WEIGHT = 0.6;
const HINT_WEIGHT = 0.5;

const COMPOUND_BY_FIRST = new Map<string, Array<[string, string]>>();
for (const [a, b, joined] of COMPOUNDS) {
  const list = COMPOUND_BY_FIRST.get(a) ?? [];
  list.push([b, joined]);
  COMPOUND_BY_FIRST.set(a, list);
}

/** Words with multi-word names joined ("step functions" → "stepfunctions") and stop words dropped. */
function contentWords(text: string): string[] {
  const ws = words(text);
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as string;
    const joined = COMPOUND_BY_FIRST.get(w)?.find(([second]) => second === ws[i + 1])?.[1];
    if (joined) {
      out.push(joined);
      i++;
    } else if (!STOPWORDS.has(w)) {
      out.push(w);
    }
  }
  return out;
}

function termsOf(text: string): string[] {
  return contentWords(text).map(stem);
}

export function buildIndex(docs: readonly Doc[]): Index {
  const indexed: IndexedDoc[] = [];
  const df = new Map<string, number>();
  for (const doc of docs) {
    const tf = new Map<string, number>();
    const head = new Set<string>();
    let length = 0;
    for (const field of doc.fields) {
      for (const term of termsOf(field.text)) {
        tf.set(term, (tf.get(term) ?? 0) + field.weight);
        length += field.weight;
        if (field.head) head.add(term);
      }
    }
    for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    indexed.push({ id: doc.id, tf, head, length });
  }
  const avgLength = indexed.reduce((s, d) => s + d.length, 0) / Math.max(1, indexed.length);
  const termsByLength = new Map<number, string[]>();
  const termOrder = new Map<string, number>();
  for (const term of df.keys()) {
    termOrder.set(term, termOrder.size);
    const list = termsByLength.get(term.length) ?? [];
    list.push(term);
    termsByLength.set(term.length, list);
  }
  // A count bound written as a size bound (one unit each): the cache's slots then grow with use.
  const corrections = new LRUCache<string, readonly string[]>({
    maxSize: MAX_CORRECTIONS,
    sizeCalculation: () => 1,
  });
  return { docs: indexed, df, avgLength, termsByLength, termOrder, corrections };
}

interface QueryTerm {
  term: string;
  weight: number;
  /** Which content word of the query it stands for. */
  source: number;
  /** A guess at a misspelt word. */
  typo?: boolean;
  /** Added from the question's head ("how long" → duration): helps the score, never counts as coverage. */
  hint?: boolean;
}

/** Up to three index terms an unknown word may be a misspelling of (of it or of its stem `s`), the
 * closest first, in index order at one distance. */
export function typoCorrections(index: Index, word: string, s: string): readonly string[] {
  const allowance = typoAllowance(word);
  if (allowance === 0) return [];
  let best = allowance + 1;
  let bestTerms: string[] = [];
  // Only terms whose length is within the allowance of the word's or its stem's can be that close.
  const shortest = Math.min(word.length, s.length) - allowance;
  const longest = Math.max(word.length, s.length) + allowance;
  for (let length = Math.max(0, shortest); length <= longest; length++) {
    for (const candidate of index.termsByLength.get(length) ?? []) {
      const d = Math.min(editDistance(s, candidate, allowance), editDistance(word, candidate, allowance));
      if (d > allowance) continue;
      if (d < best) {
        best = d;
        bestTerms = [candidate];
      } else if (d === best) {
        bestTerms.push(candidate);
      }
    }
  }
  const order = (t: string): number => index.termOrder.get(t) ?? 0;
  return bestTerms.sort((a, b) => order(a) - order(b)).slice(0, 3);
}

/** The query as weighted index terms: the words themselves, their synonyms, and typo corrections. */
function expandQuery(
  index: Index,
  query: string,
): { terms: QueryTerm[]; contentWords: number; hasWord: boolean; subjects: Set<number> } {
  const content = contentWords(query).slice(0, MAX_QUERY_WORDS);
  const terms: QueryTerm[] = [];
  const add = (term: string, w: number, source: number, typo = false): void => {
    // A framing verb ("support", "run") is a weak clue however rare it is in the knowledge.
    const weight = FRAME_WORDS.has(content[source] as string) ? w * FRAME_WEIGHT : w;
    const existing = terms.find((t) => t.term === term && t.source === source);
    if (existing) existing.weight = Math.max(existing.weight, weight);
    else terms.push(typo ? { term, weight, source, typo } : { term, weight, source });
  };
  content.forEach((word, source) => {
    const s = stem(word);
    let known = index.df.has(s);
    if (known) add(s, 1, source);
    for (const syn of SYNONYMS.get(word) ?? SYNONYMS.get(s) ?? []) {
      const t = stem(syn);
      if (index.df.has(t)) {
        add(t, known ? SYNONYM_WEIGHT : 1, source);
        known = true;
      }
    }
    if (known) return;
    // A word repeated in the query, or met in an earlier one, is corrected once.
    let corrected = index.corrections.get(word);
    if (corrected === undefined) {
      corrected = typoCorrections(index, word, s);
      index.corrections.set(word, corrected);
    }
    for (const t of corrected) add(t, TYPO_WEIGHT, source, true);
  });
  for (const hint of headHints(query)) {
    const t = stem(hint);
    if (index.df.has(t)) terms.push({ term: t, weight: HINT_WEIGHT, source: content.length, hint: true });
  }
  return {
    terms,
    contentWords: content.length,
    hasWord: content.some((w) => /[a-z]/.test(w)),
    subjects: subjectSources(content),
  };
}

export function search(index: Index, query: string, limit = 5): Hit[] {
  const { terms, contentWords, hasWord, subjects } = expandQuery(index, query);
  // Figures alone ("1", "15 10") are an answer to something, not a question about anything.
  if (terms.length === 0 || index.docs.length === 0 || !hasWord) return [];
  const n = index.docs.length;
  const hits: Hit[] = [];
  for (const doc of index.docs) {
    // Each query word counts once, through its best-matching form: a synonym must not add to the
    // word itself ("container" and its synonym "docker" are one clue, not two). A typo-corrected
    // word counts for less, in the score and in how much of the question is covered.
    const best = new Map<number, { score: number; credit: number; head: boolean }>();
    for (const q of terms) {
      const tf = doc.tf.get(q.term);
      if (!tf) continue;
      const df = index.df.get(q.term) ?? 0;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      const s = q.weight * idf * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * doc.length) / index.avgLength)));
      const cur = best.get(q.source);
      const head = doc.head.has(q.term);
      if (!cur || s > cur.score)
        best.set(q.source, {
          score: s,
          credit: q.typo ? TYPO_WEIGHT : 1,
          head: head || (cur?.head ?? false),
        });
      else if (head) cur.head = true;
    }
    let score = 0;
    let credit = 0;
    let headCredit = 0;
    for (const [source, b] of best) {
      score += b.score;
      if (source >= contentWords) continue;
      credit += b.credit;
      if (b.head) headCredit += b.credit;
    }
    // A document that shares only service names and framing verbs with a question that has a subject
    // of its own is about something else: "does lambda support windows" is not the Lambda-GPU entry.
    const subjectHit = [...subjects].some((i) => best.has(i));
    const missesKey = subjects.size > 0 && !subjectHit;
    const coverage = credit / Math.max(1, contentWords);
    const headCoverage = headCredit / Math.max(1, contentWords);
    // A document that is about every part of the question beats one that mentions a few of its
    // words often: "gpus in fargate tasks" is the Fargate-GPU entry, not the long comparison.
    if (score > 0)
      hits.push({
        id: doc.id,
        score: score * (0.3 + 0.7 * headCoverage),
        coverage,
        contentWords,
        missesKey,
      });
  }
  hits.sort((a, b) => b.score - a.score);
  return hits.slice(0, limit);
}
