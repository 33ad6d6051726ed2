// How a question is put, for retrieval: its head ("how long", "how big", "how much does") names what
// it asks for though those words say little; framing verbs ("does X support Y") say little too; the
// rest of its content words, bar service names, are its subject.
import { SERVICE_GROUPS } from '../knowledge/vocabulary.js';
import { FRAME_WORDS, HEAD_HINTS, HOUR_WORDS } from '../knowledge/vocabulary-questions.js';
import { words } from './text-tokens.js';

/** Only this many words of a question are read for its head. */
const MAX_HEAD_WORDS = 80;

/** A number or a word for one before "hour(s)": "3 hour", "a few hours" (not "per hour"). */
const COUNT_WORD = /^([0-9]+(\.[0-9]+)?|an?|one|two|three|four|five|six|eight|ten|twelve|few|several|many)$/;

/** A head that names price only before a verb ("how much does it cost", not "how much memory"). */
function followsHead(nextIn: readonly string[] | undefined, w: string | undefined): boolean {
  return !nextIn || w === undefined || nextIn.includes(w);
}

export { FRAME_WORDS };

/** Index terms a question hints at through its head and any duration in hours. */
export function headHints(text: string): string[] {
  const ws = words(text).slice(0, MAX_HEAD_WORDS);
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    for (const h of HEAD_HINTS) {
      if (h.head.every((w, k) => ws[i + k] === w) && followsHead(h.nextIn, ws[i + h.head.length]))
        out.push(...h.terms);
    }
    const w = ws[i] as string;
    if (HOUR_WORDS.has(w) && (w === 'overnight' || COUNT_WORD.test(ws[i - 1] ?? '')))
      out.push('duration', 'hour', 'limit');
  }
  return [...new Set(out)];
}

export const FRAME_WEIGHT = 0.4;
const SERVICE_NAMES = new Set(Object.values(SERVICE_GROUPS).flat());

/** Content words that say what the question is about: not a service name, not a framing verb. */
export function subjectSources(content: readonly string[]): Set<number> {
  const out = new Set<number>();
  content.forEach((w, i) => {
    if (!FRAME_WORDS.has(w) && !SERVICE_NAMES.has(w) && /[a-z]/.test(w)) out.add(i);
  });
  return out;
}
