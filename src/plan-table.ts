// Every interview answered with buttons walks one tree: the empty profile asks the planner's first
// question, each of its answers (or "not sure") leads to a profile that asks the next one, and so on
// until nothing can change the platform. The build walks that whole tree once with the planner and
// writes it as three flat arrays (a few hundred KB); the server installs it at start-up, so a turn
// on any button-reachable profile costs a walk of at most ten steps, whatever the planner costs.
// Profiles off the tree (answers read from a description, a `change`, special details) are planned
// on demand and memoized, exactly as before. Pure: the file is read and written by the composition
// root (adapters/server/plan-table.ts).

import { type Profile, QUESTION_IDS, QUESTION_OPTIONS, type QuestionId, UNSURE } from './domain.js';
import { readTable, writeTable } from './table-file.js';

/** The tree in breadth-first order; node 0 is the empty profile. */
export interface PlanTable {
  /** The question each node asks (index into QUESTION_IDS), or DONE when the interview is over. */
  next: Uint8Array;
  /** The progress hint for that question (remainingFor), 0 at DONE. */
  remaining: Uint8Array;
  /** The first child's index (children follow the question's options, then "not sure"), or -1. */
  children: Int32Array;
}

const DONE = 255;
const NO_CHILDREN = -1;
/** Bounds the table (and the build) should a planner ever ask very long interviews: nodes past it are planned on demand. */
const MAX_NODES = 250_000;

const answersOf = (q: QuestionId): string[] => [...QUESTION_OPTIONS[q], UNSURE];

/** What the table was built for: the questions and their answers, in order (table-file.ts). */
const BUILT_FOR = QUESTION_IDS.map((q) => `${q}=${answersOf(q).join(',')}`).join(';');

/** Builds the tree from the planner (`plan` gives the next question, `remaining` its hint). */
export function buildPlanTable(
  plan: (answers: Profile) => QuestionId | undefined,
  remaining: (answers: Profile, q: QuestionId) => number,
  maxNodes = MAX_NODES,
): PlanTable {
  const next: number[] = [];
  const hints: number[] = [];
  const children: number[] = [];
  const profiles: Profile[] = [{}];
  for (let i = 0; i < profiles.length; i++) {
    const answers = profiles[i] as Profile;
    const q = plan(answers);
    if (q === undefined) {
      next.push(DONE);
      hints.push(0);
      children.push(NO_CHILDREN);
      continue;
    }
    next.push(QUESTION_IDS.indexOf(q));
    hints.push(Math.min(254, remaining(answers, q)));
    const options = answersOf(q);
    if (profiles.length + options.length > maxNodes) {
      children.push(NO_CHILDREN);
      continue;
    }
    children.push(profiles.length);
    for (const a of options) profiles.push({ ...answers, [q]: a } as Profile);
  }
  return {
    next: Uint8Array.from(next),
    remaining: Uint8Array.from(hints),
    children: Int32Array.from(children),
  };
}

type TableHit = { next: QuestionId; remaining: number } | { next: undefined };

/** The plan for `answers` when they are a node of the tree, else undefined (plan it on demand). */
export function lookup(table: PlanTable, answers: Profile): TableHit | undefined {
  let answered = 0;
  for (const q of QUESTION_IDS) if (answers[q] !== undefined) answered++;
  let node = 0;
  for (let depth = 0; ; depth++) {
    const asked = table.next[node];
    if (asked === undefined) return undefined;
    if (asked === DONE) return depth === answered ? { next: undefined } : undefined;
    const q = QUESTION_IDS[asked] as QuestionId;
    const a = answers[q];
    if (a === undefined)
      return depth === answered ? { next: q, remaining: table.remaining[node] ?? 0 } : undefined;
    const option = answersOf(q).indexOf(a);
    const first = table.children[node] ?? NO_CHILDREN;
    if (option < 0 || first === NO_CHILDREN) return undefined;
    node = first + option;
  }
}

/** The bytes of next, remaining and children (little-endian) behind the tables' header (table-file.ts). */
export function encodePlanTable(table: PlanTable): Uint8Array {
  const n = table.next.length;
  const data = new Uint8Array(n * 6);
  data.set(table.next, 0);
  data.set(table.remaining, n);
  data.set(new Uint8Array(table.children.buffer, table.children.byteOffset, n * 4), n * 2);
  return writeTable('v1', BUILT_FOR, n, data);
}

/** The table written by encodePlanTable, or undefined when it is for other questions or damaged. */
export function decodePlanTable(bytes: Uint8Array): PlanTable | undefined {
  const read = readTable(bytes, 'v1', BUILT_FOR);
  if (!read) return undefined;
  const { count: n, data } = read;
  if (data.length !== n * 6) return undefined;
  const children = new Int32Array(n);
  new Uint8Array(children.buffer).set(data.subarray(n * 2, n * 6));
  const table = { next: data.slice(0, n), remaining: data.slice(n, n * 2), children };
  // Every question id must exist and every child range lie inside the table, after its parent.
  for (let i = 0; i < n; i++) {
    const q = table.next[i] as number;
    const first = children[i] as number;
    if (q !== DONE && q >= QUESTION_IDS.length) return undefined;
    if (first !== NO_CHILDREN) {
      if (q === DONE) return undefined;
      const width = answersOf(QUESTION_IDS[q] as QuestionId).length;
      if (first <= i || first + width > n) return undefined;
    }
  }
  return table;
}
