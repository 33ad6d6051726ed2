// Checks over the cue vocabulary as data: a phrase (in any word form: "sits idle" and "sitting idle"
// are one phrase) may give a question only one answer in one place. Used by a data test, and by
// anyone editing the vocabulary to find the entry they are about to duplicate.

import type { CueData } from '../knowledge/vocabulary-cues.js';
import { stem } from './text-stem.js';

/** A phrase's canonical form: each plain word stemmed; wildcards, `_` and `=exact` words kept as
 * written (`=sandboxing` must not also match "sandbox", a test environment). */
export function canonicalPhrase(phrase: string): string {
  return phrase
    .split(' ')
    .map((w) => (w === '_' || w.endsWith('*') || w.startsWith('=') ? w : stem(w)))
    .join(' ');
}

export interface PhraseClash {
  phrase: string;
  question: string;
  answers: string[];
  kind: 'duplicate' | 'conflict';
}

/** Every phrase that gives one question an answer in more than one place. */
export function phraseClashes(cues: readonly CueData[]): PhraseClash[] {
  const seen = new Map<string, { phrase: string; question: string; answers: string[] }>();
  for (const cue of cues) {
    for (const phrase of new Set(cue.phrases.map(canonicalPhrase))) {
      for (const [question, answer] of Object.entries(cue.sets)) {
        const key = `${question}\u0000${phrase}`;
        const entry = seen.get(key) ?? { phrase, question, answers: [] };
        entry.answers.push(answer as string);
        seen.set(key, entry);
      }
    }
  }
  const out: PhraseClash[] = [];
  for (const e of seen.values()) {
    if (e.answers.length < 2) continue;
    out.push({ ...e, kind: new Set(e.answers).size === 1 ? 'duplicate' : 'conflict' });
  }
  return out;
}

/** Phrases repeated inside one cue's list (in any word form). */
export function repeatedInCue(cues: readonly CueData[]): string[] {
  const out: string[] = [];
  for (const cue of cues) {
    const seen = new Set<string>();
    for (const p of cue.phrases) {
      const c = canonicalPhrase(p);
      if (seen.has(c)) out.push(p);
      seen.add(c);
    }
  }
  return out;
}
