// Questions in several parts. "Do tasks on EC2 share a kernel? What about Fargate?" is two
// questions, the second borrowing the first's words for another service: both are answered.
// "I need 300 GB of RAM. Is Fargate enough?" asks about the sentence before it: the question is
// read together with that sentence's subject. One pass over the (capped) text; no regex over it.
import { FOLLOW_UP_OPENERS, SERVICE_WORDS } from '../knowledge/vocabulary-questions.js';
import { wordTable } from '../knowledge/word-table.js';
import type { AskResult } from './ask.js';
import { words } from './text-tokens.js';

/** Only this much of a message is split into parts; questions are far shorter. */
const MAX_CHARS = 2_000;
const MAX_PARTS = 4;
/** A question with this few words leans on the sentence before it ("Is Fargate enough?"). */
const TERSE_WORDS = 5;

const SERVICES = new Set(SERVICE_WORDS);

/** What a figure's unit measures, to ask a service's limit on it ("400 GB" → memory). */
const MEASURES: ReadonlyMap<string, string[]> = wordTable({
  gb: ['memory'],
  gib: ['memory'],
  tb: ['memory'],
  ram: ['memory'],
  memory: ['memory'],
  vcpu: ['vcpu'],
  vcpus: ['vcpu'],
  cpus: ['vcpu'],
  cores: ['vcpu'],
  minutes: ['run', 'time'],
  hours: ['run', 'time'],
  mb: ['size'],
});

/** Sentences, each with whether it ends in a question mark. */
function sentences(text: string): { text: string; question: boolean }[] {
  const out: { text: string; question: boolean }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch !== '?' && ch !== '.' && ch !== '!' && ch !== '\n') continue;
    // "1.5 GB", "e.g." — a point between word characters is not the end of a sentence.
    if (ch === '.' && /\w/.test(text[i + 1] ?? '')) continue;
    const part = text.slice(start, i).trim();
    if (part) out.push({ text: part, question: ch === '?' });
    start = i + 1;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push({ text: rest, question: false });
  return out;
}

function followUpSubject(part: string): string[] | undefined {
  const ws = words(part);
  const joined = ws.join(' ');
  const opener = FOLLOW_UP_OPENERS.find((o) => joined === o || joined.startsWith(`${o} `));
  if (!opener) return undefined;
  const subject = ws.slice(opener.split(' ').length);
  return subject.length > 0 && subject.length <= 4 ? subject : undefined;
}

/** The previous question with its service swapped for the follow-up's ("… on Fargate share a kernel"). */
function borrow(previous: string, subject: string[]): string {
  const prev = words(previous);
  const named = subject.filter((w) => SERVICES.has(w));
  if (named.length === 0) return `${prev.join(' ')} ${subject.join(' ')}`;
  let swapped = false;
  const out = prev.map((w) => {
    if (!SERVICES.has(w)) return w;
    swapped = true;
    return named.join(' ');
  });
  return swapped ? out.join(' ') : `${out.join(' ')} ${named.join(' ')}`;
}

function merge(results: AskResult[]): AskResult {
  const first = results[0] as AskResult;
  const answers: string[] = [];
  for (const r of results) if (!answers.includes(r.answer)) answers.push(r.answer);
  const topics = [...new Set(results.flatMap((r) => r.topics))];
  const seen = new Set<string>();
  const sources = results
    .flatMap((r) => r.sources)
    .filter((s) => !seen.has(s.url) && seen.add(s.url) !== undefined);
  return { ...first, answer: answers.join('\n\n'), topics, sources };
}

/** An asker that also answers questions in several parts, and terse questions about the sentence before. */
export function withParts(askOne: (question: string) => AskResult): (question: string) => AskResult {
  return (question: string): AskResult => {
    const whole = askOne(question);
    if (typeof question !== 'string') return whole;
    const parts = sentences(question.slice(0, MAX_CHARS)).slice(0, MAX_PARTS);
    const asked = parts.filter((p) => p.question);
    if (asked.length >= 2) {
      const results: AskResult[] = [];
      let previous: string | undefined;
      for (const p of asked) {
        const subject = previous === undefined ? undefined : followUpSubject(p.text);
        const query = subject && previous ? borrow(previous, subject) : p.text;
        const r = askOne(query);
        if (r.matched) results.push(r);
        previous = subject && previous ? query : p.text;
      }
      const distinct = new Set(results.map((r) => r.answer));
      if (results.length >= 2 && distinct.size >= 2) return merge(results);
      return whole.matched || results.length === 0 ? whole : (results[0] as AskResult);
    }
    if (whole.matched) return whole;
    // "Our job needs 300 GB of RAM. Is Fargate enough?": read the statement about the service asked.
    const last = parts[parts.length - 1];
    const before = parts[parts.length - 2];
    if (last?.question && before && !before.question && words(last.text).length <= TERSE_WORDS) {
      const named = words(last.text).filter((w) => SERVICES.has(w));
      const about = [...new Set(words(before.text).flatMap((w) => MEASURES.get(w) ?? []))];
      if (named.length > 0 && about.length > 0) {
        const r = askOne(`${named.join(' ')} maximum ${about.join(' ')}`);
        if (r.matched) return r;
      }
    }
    return whole;
  };
}
