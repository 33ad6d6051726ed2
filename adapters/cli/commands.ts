// The command line's commands (docs/contract.md §4) as functions from arguments to output text. Bad input throws
// AdvisorError `input_invalid` (or `input_too_large`) with a one-line message naming what was wrong.
import { closeSync, openSync, readSync } from 'node:fs';
import { ask } from '../../src/ask.js';
import { answerCard, recommendationCard, TOPIC } from '../../src/cards.js';
import {
  DETAIL_OPTIONS,
  type Details,
  DetailsSchema,
  type Profile,
  ProfileSchema,
  QUESTION_IDS,
  QUESTION_OPTIONS,
  type Recommendation,
} from '../../src/domain.js';
import { recommend } from '../../src/engine.js';
import { AdvisorError, errorMessage } from '../../src/errors.js';
import { extract } from '../../src/extract.js';
import { renderText } from '../terminal/render-text.js';

/** A refusal of the user's input: exit 2 with this one line. */
export function invalid(message: string): AdvisorError {
  return new AdvisorError('input_invalid', message);
}

/**
 * --answers is a profile or a list of them: a few KB. Anything past 1 MiB is refused before it is
 * read whole (`@/dev/zero` never ends), and nesting past 32 levels before it is parsed (a profile is
 * two levels deep; a 50,000-deep object would overflow the stack of whatever walks it).
 */
export const MAX_ANSWERS_BYTES = 1024 * 1024;
const MAX_ANSWERS_DEPTH = 32;

export type Format = 'json' | 'text';

export function parseFormat(value: string | undefined, fallback: Format): Format {
  if (value === undefined) return fallback;
  if (value === 'json' || value === 'text') return value;
  throw invalid(`--format must be json or text (got "${oneLine(value)}")`);
}

/** User text echoed in an error stays on one short line. */
export function oneLine(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}

const tooLarge = () =>
  new AdvisorError('input_too_large', `--answers is larger than ${MAX_ANSWERS_BYTES / 1024 / 1024} MiB`);

/** At most `limit` + 1 bytes of a file (or device, or pipe), so an endless one cannot fill memory. */
function readBounded(path: string, limit: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) return buffer.subarray(0, length);
      length += n;
      if (length > limit) throw tooLarge();
    }
  } finally {
    closeSync(fd);
  }
}

function readAnswersArgument(raw: string): string {
  if (!raw.startsWith('@')) {
    if (Buffer.byteLength(raw) > MAX_ANSWERS_BYTES) throw tooLarge();
    return raw;
  }
  const path = raw.slice(1);
  if (path === '') throw invalid('--answers @file: the file name is missing');
  try {
    return readBounded(path, MAX_ANSWERS_BYTES).toString('utf8');
  } catch (error) {
    if (error instanceof AdvisorError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw invalid(`--answers: cannot read file "${oneLine(path)}" (${code})`);
  }
}

/** The deepest nesting of objects and arrays in JSON text (brackets inside strings do not count). */
function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') deepest = Math.max(deepest, ++depth);
    else if (c === '}' || c === ']') depth--;
  }
  return deepest;
}

/** The refinements accepted beside the question ids: `hardware` (one id or a list) and `os_family`. */
function parseDetails(value: Record<string, unknown>, where: string): Details | undefined {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(DETAIL_OPTIONS)) {
    if (!Object.hasOwn(value, key)) continue;
    const v = value[key];
    raw[key] = key === 'hardware' && typeof v === 'string' ? [v] : v;
  }
  if (Object.keys(raw).length === 0) return undefined;
  const parsed = DetailsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? 'details');
    const allowed = (DETAIL_OPTIONS as Record<string, readonly string[]>)[key]?.join(', ') ?? '';
    throw invalid(
      `${where}: "${oneLine(key)}" must be ${key === 'hardware' ? 'one or a list of' : 'one of'}: ${allowed}`,
    );
  }
  return parsed.data;
}

function parseAnswers(value: unknown, where: string): { profile: Profile; details: Details | undefined } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(`${where}: expected a JSON object of question id to option id`);
  }
  const answers: Record<string, unknown> = {};
  for (const [q, a] of Object.entries(value)) {
    if (Object.hasOwn(DETAIL_OPTIONS, q)) continue;
    if (typeof a !== 'string' && Object.hasOwn(QUESTION_OPTIONS, q)) {
      throw invalid(
        `${where}: the answer to "${oneLine(q)}" must be an option id string (got ${oneLine(JSON.stringify(a))})`,
      );
    }
    if (typeof a !== 'string') throw invalid(`${where}: unknown question id "${oneLine(q)}"`);
    answers[q] = a;
  }
  const parsed = ProfileSchema.safeParse(answers);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(`${where}: ${issue?.message ?? 'invalid profile'}`);
  }
  return { profile: parsed.data, details: parseDetails(value as Record<string, unknown>, where) };
}

export function recommendCommand(answers: string | undefined, format: Format): string {
  if (answers === undefined) throw invalid('recommend needs --answers <json> or --answers @file.json');
  const text = readAnswersArgument(answers);
  if (text.trim() === '') throw invalid('--answers is empty: give a JSON object such as {"runtime":"long"}');
  if (jsonDepth(text) > MAX_ANSWERS_DEPTH)
    throw invalid(`--answers: nested more than ${MAX_ANSWERS_DEPTH} levels deep`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw invalid(`--answers: malformed JSON (${oneLine(errorMessage(error), 100)})`);
  }
  const render = (rec: Recommendation) => renderText(recommendationCard(rec), { showChoices: false });
  if (Array.isArray(json)) {
    const recs = json.map((item, i) => {
      const { profile, details } = parseAnswers(item, `--answers[${i}]`);
      return recommend(profile, details);
    });
    return format === 'json' ? JSON.stringify(recs, null, 2) : recs.map(render).join('\n');
  }
  const { profile, details } = parseAnswers(json, '--answers');
  const rec = recommend(profile, details);
  return format === 'json' ? JSON.stringify(rec, null, 2) : render(rec);
}

function requireText(words: string[], command: string, what: string): string {
  const text = words.join(' ').trim();
  if (text === '') throw invalid(`${command}: the ${what} is empty — try ${command} "…"`);
  return text;
}

export function askCommand(words: string[], format: Format): string {
  const question = requireText(words, 'ask', 'question');
  const result = ask(question);
  if (format === 'json') {
    return JSON.stringify({ answer: result.answer, topics: result.topics, sources: result.sources }, null, 2);
  }
  return renderText(answerCard(question, result), { showChoices: false });
}

export function extractCommand(words: string[], format: Format): string {
  const text = requireText(words, 'extract', 'description');
  const { answers, evidence, details } = extract(text);
  if (format === 'json') return JSON.stringify({ answers, evidence, details }, null, 2);
  const lines = QUESTION_IDS.filter((q) => answers[q] !== undefined).map(
    (q) => `${q} (${TOPIC[q]}): ${answers[q]}${evidence[q] ? ` — "${evidence[q]}"` : ''}`,
  );
  return lines.length > 0 ? lines.join('\n') : 'I could not tell anything about the workload from that text.';
}
