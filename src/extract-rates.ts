// Request rates ("fifty requests a day", "5,000 requests per second", "200 rps"): a rate low enough
// that the workload sits idle most of the time reads as bursty/idle-heavy traffic (where per-request
// pricing shines); a high sustained rate hints at steady load. Thresholds live in the vocabulary.
import {
  BUSY_MIN_PER_SECOND,
  DURATION_UNITS,
  EVENT_NOUNS,
  IDLE_MAX_PER_HOUR,
  RATE_UNITS,
} from '../knowledge/vocabulary.js';
import { type Candidate, quote } from './extract-cues.js';
import { readNumber } from './text-numbers.js';
import { BOUNDARY, type Token } from './text-tokens.js';

const PER_WORDS = new Set(['per', 'a', 'an', 'each', 'every', 'in']);
/** Words allowed between the count and the noun: "fifty GitHub events", "200 HTTP requests". */
const MAX_GAP = 2;

function perSecond(
  tokens: readonly Token[],
  i: number,
  afterNoun: boolean,
): { rate: number; end: number } | undefined {
  const first = tokens[i]?.t ?? '';
  const direct = RATE_UNITS.get(first);
  if (direct !== undefined) return { rate: 1 / direct, end: i };
  // "req/min", "events/day": the slash is gone after tokenising, so the unit follows the noun directly
  // (only after a noun: "15 minutes" alone is a duration, not a rate).
  const glued = DURATION_UNITS.get(first);
  if (afterNoun && glued !== undefined && first.length > 1) return { rate: 1 / glued, end: i };
  if (!PER_WORDS.has(first)) return undefined;
  const unit = tokens[i + 1]?.t ?? '';
  const seconds = DURATION_UNITS.get(unit);
  return seconds === undefined ? undefined : { rate: 1 / seconds, end: i + 1 };
}

export function rateCandidates(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = (tokens[i] as Token).t;
    if (t === BOUNDARY) continue;
    const n = readNumber(tokens, i);
    if (!n || (n.value === 1 && (t === 'a' || t === 'an'))) continue;
    let j = n.next;
    // "200 rps", "5,000 req/s"
    let per = perSecond(tokens, j, false);
    if (!per) {
      for (let gap = 0; gap <= MAX_GAP && j + gap < tokens.length; gap++) {
        const w = (tokens[j + gap] as Token).t;
        if (w === BOUNDARY) break;
        if (EVENT_NOUNS.has(w)) {
          j = j + gap + 1;
          per = perSecond(tokens, j, true);
          break;
        }
      }
    }
    if (!per) continue;
    const rate = n.value * per.rate;
    const evidence = quote(text, tokens, i, per.end);
    if (rate * 3_600 <= IDLE_MAX_PER_HOUR) out.push({ q: 'traffic', a: 'bursty', w: 2, evidence, at: i });
    else if (rate >= BUSY_MIN_PER_SECOND) out.push({ q: 'traffic', a: 'steady', w: 1, evidence, at: i });
    i = per.end;
  }
  return out;
}
