// Finds the vocabulary's phrases in a token stream, with negation ("no GPU", "doesn't need root").
// Matching is a bounded scan: each phrase is compared word by word at the positions where its first
// word occurs, so the cost is linear in the text for a fixed vocabulary.
import { CUES, type Cue, NEGATION_STOPS, NEGATION_WINDOW, NEGATORS } from '../knowledge/vocabulary.js';
import { type HardwareNeed, type OsFamily, QUESTION_IDS, type QuestionId } from './domain.js';
import { canonicalPhrase } from './text-phrases.js';
import { stem } from './text-stem.js';
import { BOUNDARY, type Token } from './text-tokens.js';

export interface Candidate {
  q: QuestionId;
  a: string;
  w: number;
  /** The words that decided it, quoted from the text. */
  evidence: string;
  at: number;
}

/** Special hardware or an OS family a description names, with where it was read. */
export interface DetailHit {
  hardware?: HardwareNeed;
  os_family?: OsFamily;
  evidence: string;
  at: number;
}

/** What the cue pass found besides answers: details, and spans whose other readings it overrides. */
export interface CueFindings {
  candidates: Candidate[];
  details: DetailHit[];
}

const MAX_QUOTE_CHARS = 160;

/** One word of a compiled phrase, decided when the vocabulary is compiled, not at every token. */
interface WordPattern {
  kind: typeof ANY | typeof PREFIX | typeof EXACT | typeof STEM;
  /** The prefix ("patch" of "patch*"), the exact spelling ("sandboxing" of "=sandboxing") or the stem. */
  s: string;
}
/** `_`: any word. */
const ANY = 0;
/** `patch*`: a word starting with these letters. */
const PREFIX = 1;
/** `=sandboxing`: this spelling only. */
const EXACT = 2;
/** A plain word: any word with this stem ("sits", "sitting" for "sit"). */
const STEM = 3;

function wordPattern(word: string): WordPattern {
  if (word === '_') return { kind: ANY, s: '' };
  if (word.endsWith('*')) return { kind: PREFIX, s: word.slice(0, -1) };
  if (word.startsWith('=')) return { kind: EXACT, s: word.slice(1) };
  return { kind: STEM, s: word };
}

/** A question as one bit, so the questions silenced at a position are one number (of 32 bits). */
if (QUESTION_IDS.length > 31) throw new Error('more questions than bits in a silenced position');
const QUESTION_BIT = new Map<QuestionId, number>(QUESTION_IDS.map((q, k) => [q, 2 ** k]));
const questionBit = (q: QuestionId): number => QUESTION_BIT.get(q) ?? 0;

/** A cue's answers as a list: a long message can hit one cue thousands of times. */
type Answers = readonly (readonly [QuestionId, string])[];
const answersOf = (sets: Partial<Record<QuestionId, string>>): Answers =>
  Object.entries(sets) as [QuestionId, string][];

export interface CompiledPhrase {
  cue: Cue;
  /** The cue's answers, and what a negated mention answers, as lists made once. */
  answers: Answers;
  negated?: Answers;
  /** The questions the cue silences inside the phrase, as bits (0: none). */
  silences: number;
  words: WordPattern[];
  /** The phrase's first word as written, for "does it start with a negation?". */
  first: string;
  /** Its place in the vocabulary. */
  order: number;
}

/**
 * The phrases that start with one word, split by their second word: a common first word ("on", "no",
 * "run") starts dozens of phrases, and at each of its positions only those whose second word is the
 * next word's stem are worth comparing, with the few whose second word is not a plain word.
 */
interface PhraseGroup {
  bySecond: Map<string, CompiledPhrase[]>;
  /** Single words, and phrases whose second word is `_`, `word*` or `=word`. */
  rest: CompiledPhrase[];
}

/** Wildcard-first phrases ("patch* the hosts") are indexed by this many leading letters of the stem. */
const PREFIX_KEY = 3;

interface PhraseIndex {
  byFirst: Map<string, PhraseGroup>;
  /** "patch*"-style first words, by the first PREFIX_KEY letters of their stem. */
  byPrefix: Map<string, PhraseGroup>;
  /** First words that match any word ("_") or stems shorter than PREFIX_KEY: tried everywhere. */
  wildFirst: PhraseGroup;
}

function group(phrases: readonly CompiledPhrase[]): PhraseGroup {
  const bySecond = new Map<string, CompiledPhrase[]>();
  const rest: CompiledPhrase[] = [];
  for (const p of phrases) {
    const second = p.words[1];
    if (second?.kind !== STEM) rest.push(p);
    else bySecond.set(second.s, [...(bySecond.get(second.s) ?? []), p]);
  }
  return { bySecond, rest };
}

function compile(): PhraseIndex {
  const byFirst = new Map<string, CompiledPhrase[]>();
  const byPrefix = new Map<string, CompiledPhrase[]>();
  const wildFirst: CompiledPhrase[] = [];
  const push = (map: Map<string, CompiledPhrase[]>, key: string, p: CompiledPhrase): void => {
    const list = map.get(key) ?? [];
    list.push(p);
    map.set(key, list);
  };
  let order = 0;
  for (const cue of CUES) {
    const answers = answersOf(cue.sets);
    const negated = cue.negated ? answersOf(cue.negated) : undefined;
    const silences = (cue.overrides ?? []).reduce((bits, q) => bits | questionBit(q), 0);
    for (const phrase of cue.phrases) {
      // Compiled through the stemmer: "sits idle" also matches "sitting idle".
      const canonical = canonicalPhrase(phrase).split(' ');
      const compiled: CompiledPhrase = {
        cue,
        answers,
        ...(negated ? { negated } : {}),
        silences,
        words: canonical.map(wordPattern),
        first: phrase.split(' ')[0] as string,
        order: order++,
      };
      const lead = canonical[0] as string;
      // An exact first word is found by its stem too, then compared exactly.
      const first = lead.startsWith('=') ? stem(lead.slice(1)) : lead;
      const stemLength = first.length - 1;
      if (first.endsWith('*') && stemLength >= PREFIX_KEY)
        push(byPrefix, first.slice(0, PREFIX_KEY), compiled);
      else if (first.endsWith('*') || first === '_') wildFirst.push(compiled);
      else push(byFirst, first, compiled);
    }
  }
  const grouped = (map: Map<string, CompiledPhrase[]>) =>
    new Map([...map].map(([key, phrases]) => [key, group(phrases)] as const));
  return { byFirst: grouped(byFirst), byPrefix: grouped(byPrefix), wildFirst: group(wildFirst) };
}

const INDEX = compile();

function wordMatches(
  pattern: WordPattern,
  tokens: readonly Token[],
  stems: readonly string[],
  i: number,
): boolean {
  const word = tokens[i]?.t;
  if (word === undefined || word === BOUNDARY) return false;
  switch (pattern.kind) {
    case ANY:
      return true;
    case PREFIX:
      return word.startsWith(pattern.s);
    case EXACT:
      return pattern.s === word;
    default:
      return pattern.s === stems[i];
  }
}

function matchesAt(
  tokens: readonly Token[],
  stems: readonly string[],
  i: number,
  words: readonly WordPattern[],
): boolean {
  for (let k = 0; k < words.length; k++) {
    if (!wordMatches(words[k] as WordPattern, tokens, stems, i + k)) return false;
  }
  return true;
}

const NO_PHRASES: CompiledPhrase[] = [];

/** The phrases of a group found at i, in vocabulary order, added to `found`. */
function findIn(
  g: PhraseGroup | undefined,
  tokens: readonly Token[],
  stems: readonly string[],
  i: number,
  found: CompiledPhrase[],
): void {
  if (g === undefined) return;
  const a = g.bySecond.get(stems[i + 1] as string) ?? NO_PHRASES;
  const b = g.rest;
  // Both lists are in vocabulary order: merge them so the phrases are read in that order.
  for (let x = 0, y = 0; x < a.length || y < b.length; ) {
    const p = (
      y >= b.length || (x < a.length && (a[x] as CompiledPhrase).order < (b[y] as CompiledPhrase).order)
        ? a[x++]
        : b[y++]
    ) as CompiledPhrase;
    if (matchesAt(tokens, stems, i, p.words)) found.push(p);
  }
}

/**
 * The vocabulary's phrases found at position i of the tokens (`stems` are their stems), written into
 * `found`: those starting with a word, then with a prefix ("patch*"), then with any word, each in
 * vocabulary order. The cue pass reads them in that order; tests compare them with every phrase tried
 * at every position.
 */
export function phrasesAt(
  tokens: readonly Token[],
  stems: readonly string[],
  i: number,
  found: CompiledPhrase[] = [],
): CompiledPhrase[] {
  if (found.length > 0) found.length = 0;
  const t = (tokens[i] as Token).t;
  findIn(INDEX.byFirst.get(stems[i] as string), tokens, stems, i, found);
  if (t.length >= PREFIX_KEY) findIn(INDEX.byPrefix.get(t.slice(0, PREFIX_KEY)), tokens, stems, i, found);
  findIn(INDEX.wildFirst, tokens, stems, i, found);
  return found;
}

/** Index of the negation word governing position i, or -1. */
export function negatorBefore(tokens: readonly Token[], i: number): number {
  for (let j = i - 1; j >= 0 && j >= i - NEGATION_WINDOW; j--) {
    const t = (tokens[j] as Token).t;
    if (t === BOUNDARY || NEGATION_STOPS.has(t)) return -1;
    if (NEGATORS.has(t)) return j;
  }
  return -1;
}

export function quote(text: string, tokens: readonly Token[], from: number, to: number): string {
  const a = tokens[from];
  const b = tokens[to];
  if (!a || !b) return '';
  // Evidence is a short quote; a phrase never spans more than a few words.
  const end = Math.min(b.end, a.start + MAX_QUOTE_CHARS);
  // Keep a leading dot that belongs to the word (".NET").
  const start =
    a.start > 0 && text[a.start - 1] === '.' && !/[\p{L}\p{N}]/u.test(text[a.start - 2] ?? '')
      ? a.start - 1
      : a.start;
  return tidy(text.slice(start, end));
}

/** Whitespace runs as one space, trimmed. Most quotes are words and single spaces and are returned
 * as they are; a long message can give thousands of quotes. */
export function tidy(s: string): string {
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    const plain = c === 32 ? i > 0 && i < last && s.charCodeAt(i + 1) !== 32 : c > 32 && c < 128;
    if (!plain) return s.replace(/\s+/g, ' ').trim();
  }
  return s;
}

function emit(out: Candidate[], answers: Answers, w: number, evidence: string, at: number): void {
  for (const [q, a] of answers) out.push({ q, a, w, evidence, at });
}

function detailHit(
  { hardware, os_family }: NonNullable<Cue['details']>,
  evidence: string,
  at: number,
): DetailHit {
  const hit: DetailHit = { evidence, at };
  if (hardware) hit.hardware = hardware;
  if (os_family) hit.os_family = os_family;
  return hit;
}

/** Every cue phrase found in the tokens, as answer candidates, details and overrides. */
export function cueFindings(text: string, tokens: readonly Token[]): CueFindings {
  const out: Candidate[] = [];
  const details: DetailHit[] = [];
  // Position → the questions an overriding phrase covering it silences, as bits (phrases are a few
  // words, so marking each covered position keeps this linear). Made at the first override.
  let silenced: Uint32Array | undefined;
  // Answers set by an overriding phrase itself survive its own override: true at their index in `out`.
  const own: boolean[] = [];
  // "unless" words are looked up once for the whole text: the check stays linear.
  const present = new Set<string>();
  const stems: string[] = new Array(tokens.length);
  // A text repeats its words: each distinct word is stemmed once.
  const stemOf = new Map<string, string>();
  // The phrases found at one position, reused from position to position.
  const found: CompiledPhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = (tokens[i] as Token).t;
    let s = stemOf.get(t);
    if (s === undefined) {
      s = t === BOUNDARY ? t : stem(t);
      stemOf.set(t, s);
      present.add(t);
    }
    stems[i] = s;
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = (tokens[i] as Token).t;
    if (t === BOUNDARY) continue;
    for (const { cue, answers, negated, silences, words, first } of phrasesAt(tokens, stems, i, found)) {
      if (cue.unless?.some((w) => present.has(w))) continue;
      const last = i + words.length - 1;
      // A phrase that itself starts with a negation ("no ops") is read as written.
      const neg = NEGATORS.has(first) ? -1 : negatorBefore(tokens, i);
      if (cue.overrides) {
        silenced ??= new Uint32Array(tokens.length);
        for (let p = i; p <= last; p++) silenced[p] = (silenced[p] as number) | silences;
      }
      if (neg < 0) {
        const evidence = quote(text, tokens, i, last);
        const before = out.length;
        emit(out, answers, cue.w, evidence, i);
        if (cue.overrides) for (let k = before; k < out.length; k++) own[k] = true;
        if (cue.details) details.push(detailHit(cue.details, evidence, i));
      } else if (negated) {
        emit(out, negated, cue.w, quote(text, tokens, neg, last), neg);
      }
    }
  }
  const mask = silenced;
  const kept =
    mask === undefined
      ? out
      : out.filter((c, k) => own[k] === true || ((mask[c.at] as number) & questionBit(c.q)) === 0);
  return { candidates: kept, details };
}
