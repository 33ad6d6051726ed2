// Turns what a user did — a button value or typed words — into one intent. Button values arrive
// untouched from the platform (a Slack value is a JSON string, a Teams Action.Submit is an object),
// so they are parsed here once; anything that does not parse is a forgery or a stale card.
import { z } from 'zod';
import { questionById } from '../knowledge/questions.js';
import { TYPED_COMMANDS, UNSURE_REPLIES } from '../knowledge/vocabulary-answers.js';
import { wordTable } from '../knowledge/word-table.js';
import { isOptionOf, QUESTION_IDS, type QuestionId, QuestionIdSchema, UNSURE } from './domain.js';

/** `finish` is typed only ("recommend now"): recommend from the answers so far. */
export type NavAction = 'back' | 'restart' | 'compare' | 'start' | 'help' | 'share' | 'details' | 'finish';

export type Intent =
  | { type: 'answer'; q: QuestionId; a: string }
  | { type: 'nav'; action: NavAction }
  | { type: 'change'; q: QuestionId }
  /** A button value that is not one of ours, or names an unknown question or option. */
  | { type: 'invalid' };

const Id = z.string().min(1).max(64);
const ChangeValue = z.looseObject({ action: z.literal('change'), q: Id });
const NavValue = z.looseObject({
  action: z.enum(['back', 'restart', 'compare', 'start', 'help', 'share', 'details']),
});
const AnswerValue = z.looseObject({ q: Id, a: Id });

export function parseButton(raw: unknown): Intent {
  let value = raw;
  if (typeof value === 'string') {
    if (value.length > 2_000) return { type: 'invalid' };
    try {
      value = JSON.parse(value);
    } catch {
      return { type: 'invalid' };
    }
  }
  const change = ChangeValue.safeParse(value);
  if (change.success) {
    const q = QuestionIdSchema.safeParse(change.data.q);
    return q.success ? { type: 'change', q: q.data } : { type: 'invalid' };
  }
  const nav = NavValue.safeParse(value);
  if (nav.success) return { type: 'nav', action: nav.data.action };
  const answer = AnswerValue.safeParse(value);
  if (answer.success && isOptionOf(answer.data.q, answer.data.a)) {
    return { type: 'answer', q: answer.data.q as QuestionId, a: answer.data.a };
  }
  return { type: 'invalid' };
}

/** Lower case, single spaces, no surrounding punctuation or quotes: "  Not Sure! " → "not sure". */
export function normalize(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[\s_]+/g, ' ')
      // Curly quotes written as escapes: the server's bundle must stay ASCII (scripts/bundle-server.ts).
      .replace(
        /^[\s"'\u201c\u201d\u2018\u2019`.!?,;:()[\]-]+|[\s"'\u201c\u201d\u2018\u2019`.!?,;:()[\]-]+$/g,
        '',
      )
      .trim()
  );
}

/** Typed command words, from the vocabulary; only known actions are kept. */
// A Record over NavAction, so a new action cannot be forgotten here.
const NAV: Record<NavAction, true> = {
  back: true,
  restart: true,
  compare: true,
  start: true,
  help: true,
  share: true,
  details: true,
  finish: true,
};
const NAV_ACTIONS = new Set<string>(Object.keys(NAV));
const COMMANDS = wordTable(
  Object.fromEntries(Object.entries(TYPED_COMMANDS).filter(([, a]) => NAV_ACTIONS.has(a))) as Record<
    string,
    NavAction
  >,
);

const UNSURE_SET = new Set(UNSURE_REPLIES);

/** A command word typed at any point ("back", "restart", "help"), or undefined. */
export function typedCommand(text: string): NavAction | undefined {
  return COMMANDS.get(normalize(text));
}

/** "change runtime" / "change run time": re-ask one question by id or topic name. */
export function typedChange(text: string, topics: Record<QuestionId, string>): QuestionId | undefined {
  const m = /^change (.+)$/.exec(normalize(text));
  if (!m?.[1]) return undefined;
  const target = m[1];
  return QUESTION_IDS.find((q) => q.replace(/_/g, ' ') === target || topics[q].toLowerCase() === target);
}

/**
 * A typed answer to question `q`: the option's number as listed (1-based; one past the last is
 * "Not sure", as on the buttons), its id, its label, or an unsure word. Case and spacing do not matter.
 */
export function typedAnswer(q: QuestionId, text: string): string | undefined {
  const said = normalize(text);
  if (said === '') return undefined;
  const options = questionById(q).options;
  if (UNSURE_SET.has(said.replace(/['\u2019]/g, ''))) return UNSURE;
  if (/^\d{1,3}$/.test(said)) {
    const n = Number(said);
    if (n >= 1 && n <= options.length) return options[n - 1]?.id;
    if (n === options.length + 1) return UNSURE;
    return undefined;
  }
  for (const o of options) {
    if (said === o.id.replace(/_/g, ' ') || said === normalize(o.label)) return o.id;
  }
  // The part of a label before its colon or comma ("minimal" for "Minimal: fully managed only"),
  // when that is unambiguous among this question's options.
  const heads = options.filter((o) => normalize(o.label.split(/[:,(]/)[0] ?? '') === said);
  if (heads.length === 1) return heads[0]?.id;
  return undefined;
}

/** "change load to steady" / "set run time to long": which question, and the words for its answer. */
export function typedChangeTo(
  text: string,
  topics: Record<QuestionId, string>,
): { q: QuestionId; words: string } | undefined {
  const m = /^(?:change|set|make) (.+?) (?:to|=) (.+)$/.exec(normalize(text));
  if (!m?.[1] || !m[2]) return undefined;
  const q = typedChange(`change ${m[1].replace(/^the /, '')}`, topics);
  return q === undefined ? undefined : { q, words: m[2] };
}
