// How a question is put, for retrieval: its head ("how long", "how big", "how much does") names what
// it asks for though those words say little; framing verbs ("does X support Y") say little too; the
// rest of its content words, bar service names, are its subject.
import { SERVICE_GROUPS } from '../knowledge/vocabulary.js';
import { words } from './text-tokens.js';

/** Only this many words of a question are read for its head. */
const MAX_HEAD_WORDS = 80;

/** Question heads that name what is asked for, though their words ("long", "much") say little. */
const HEAD_HINTS: Array<{ head: string[]; next?: (w: string | undefined) => boolean; terms: string[] }> = [
  { head: ['how', 'long'], terms: ['duration', 'timeout', 'maximum', 'time'] },
  { head: ['how', 'big'], terms: ['size', 'maximum'] },
  { head: ['how', 'large'], terms: ['size', 'maximum'] },
  // "how much does it cost" is price; "how much memory" names its own subject.
  {
    head: ['how', 'much'],
    next: (w) => w === undefined || ['does', 'do', 'is', 'will', 'would', 'cost', 'costs'].includes(w),
    terms: ['cost', 'price', 'billed'],
  },
  { head: ['how', 'expensive'], terms: ['cost', 'price', 'billed'] },
];
/** A duration in hours ("3 hour", "2 hours", "overnight") asks about the run-time limit. */
const HOUR_WORDS = new Set(['hour', 'hours', 'hr', 'hrs', 'overnight']);

/** A number or a word for one before "hour(s)": "3 hour", "a few hours" (not "per hour"). */
const COUNT_WORD = /^([0-9]+(\.[0-9]+)?|an?|one|two|three|four|five|six|eight|ten|twelve|few|several|many)$/;

/** Index terms a question hints at through its head and any duration in hours. */
export function headHints(text: string): string[] {
  const ws = words(text).slice(0, MAX_HEAD_WORDS);
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    for (const h of HEAD_HINTS) {
      if (h.head.every((w, k) => ws[i + k] === w) && (!h.next || h.next(ws[i + h.head.length])))
        out.push(...h.terms);
    }
    const w = ws[i] as string;
    if (HOUR_WORDS.has(w) && (w === 'overnight' || COUNT_WORD.test(ws[i - 1] ?? '')))
      out.push('duration', 'hour', 'limit');
  }
  return [...new Set(out)];
}

/** Words that frame a question ("does X support Y", "can X run Y") rather than say what it is about. */
export const FRAME_WORDS = new Set([
  'support',
  'supports',
  'supported',
  'run',
  'runs',
  'running',
  'use',
  'using',
  'used',
  'work',
  'works',
  'handle',
  'handles',
  'allow',
  'allows',
  'get',
  'give',
  'need',
  'want',
  'good',
  'better',
  'best',
  'idea',
  'ok',
  'okay',
  'fine',
  'possible',
  'able',
  'happen',
  'happens',
]);
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
