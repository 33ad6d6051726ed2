// Question-and-answer entries for `ask`, validated at load: a bad entry, an unknown source key or a
// placeholder that names no limit fails fast with the entry's id.
import { z } from 'zod';
import { LIMITS } from './limits.js';
import { grouped } from './numbers.js';
import { QA_COMPARE } from './qa-compare.js';
import { QA_CONTAINERS } from './qa-containers.js';
import { QA_GENERAL } from './qa-general.js';
import { QA_LAMBDA } from './qa-lambda.js';
import { type QaData, QaEntry } from './qa-schema.js';

export type { QaEntry } from './qa-schema.js';

/** When the Q&A wording was last checked against the AWS pages it cites. */
const QA_REVIEWED_ON = '2026-11-26';

const PLACEHOLDER = /\{([a-z0-9]+)\.([A-Za-z0-9]+)(?:([/*])([0-9]+))?\}/g;

function limitValue(group: string, name: string): number | undefined {
  const g = (LIMITS as Record<string, Record<string, { value: number }>>)[group];
  return g?.[name]?.value;
}

/** Fill `{lambda.maxMemoryMb}`-style placeholders from LIMITS; throws naming the unknown one. */
export function fillLimits(template: string, where: string): string {
  return template.replace(PLACEHOLDER, (_m, group: string, name: string, op?: string, by?: string) => {
    let v = limitValue(group, name);
    if (v === undefined) throw new Error(`knowledge/qa: ${where}: unknown limit {${group}.${name}}`);
    if (op === '/') v /= Number(by);
    if (op === '*') v *= Number(by);
    return Number.isInteger(v) ? grouped(v) : v.toFixed(1);
  });
}

function load(data: readonly QaData[]): QaEntry[] {
  const seen = new Set<string>();
  return data.map((raw) => {
    const parsed = QaEntry.safeParse({ reviewedOn: QA_REVIEWED_ON, ...raw });
    if (!parsed.success) throw new Error(`knowledge/qa: entry "${raw.id}": ${z.prettifyError(parsed.error)}`);
    if (seen.has(parsed.data.id)) throw new Error(`knowledge/qa: duplicate entry id "${parsed.data.id}"`);
    seen.add(parsed.data.id);
    const answer = fillLimits(parsed.data.answer, parsed.data.id);
    if (answer.includes('{'))
      throw new Error(`knowledge/qa: entry "${parsed.data.id}": malformed placeholder`);
    return { ...parsed.data, answer };
  });
}

export const QA: readonly QaEntry[] = load([...QA_LAMBDA, ...QA_CONTAINERS, ...QA_GENERAL, ...QA_COMPARE]);
