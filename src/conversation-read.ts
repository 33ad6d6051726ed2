// Reading what a user typed: descriptions (with what the extractor could not read), questions to
// the knowledge, typed verbs, and how a sentence relates to answers already given. Pure helpers
// for the state machine in conversation.ts.

import { grouped } from '../knowledge/numbers.js';
import { optionLabel } from '../knowledge/questions.js';
import { GREETED, GREETINGS, THANKS, THANKS_INTENSIFIERS } from '../knowledge/vocabulary-answers.js';
import { ask } from './ask.js';
import { answerCard, TOPIC, understoodCard } from './cards.js';
import { privately, reply } from './conversation-flow.js';
import type { ConversationState } from './conversation-state.js';
import { type Details, isOptionOf, type Profile, QUESTION_IDS, type QuestionId, UNSURE } from './domain.js';
import type { Effect } from './events.js';
import { EXTRACT_MAX_CHARS, extractDetailed } from './extract.js';
import { noticeCard } from './notice.js';
import { words } from './text-tokens.js';

// "wait, how long can Lambda run?" — the interjection is how people talk, not part of the question,
// and a word like "wait" would otherwise pull retrieval towards Step Functions' waits.
const INTERJECTION =
  /^(?:wait|hold on|hang on|sorry|oh|ok(?:ay)?|so|btw|by the way|quick question|also|actually|hmm+|um+)\b[\s,.:;!-]*/i;

export function answerFor(text: string, interviewActive = false): Effect {
  let question = text.trim();
  for (
    let m = INTERJECTION.exec(question);
    m && m[0].length < question.length;
    m = INTERJECTION.exec(question)
  )
    question = question.slice(m[0].length);
  if (question === '') {
    return reply(noticeCard('Ask me a question, for example: "How long can a Lambda function run?"'));
  }
  return reply(answerCard(question, ask(question), { interviewActive }));
}

export type Read = { q: QuestionId; a: string; evidence?: string }[];

/** What a workload description answers, in question order, keeping only valid concrete options,
 * and the special hardware or OS family it names (they choose the platform's services). */
export function readDescription(text: string): { read: Read; truncated: boolean; details: Details } {
  const { answers, evidence, truncated, details } = extractDetailed(text);
  const read = QUESTION_IDS.flatMap((q) => {
    const a = answers[q];
    if (a === undefined || a === UNSURE || !isOptionOf(q, a)) return [];
    const said = evidence[q];
    return [said ? { q, a, evidence: said } : { q, a }];
  });
  return { read, truncated, details };
}

/** Details a newer sentence names join the state's: hardware adds up, a named OS family wins. */
export function withDetails(state: ConversationState, details: Details): ConversationState {
  if (!details.hardware && !details.os_family) return state;
  const had = state.details ?? {};
  const hardware = [...new Set([...(had.hardware ?? []), ...(details.hardware ?? [])])];
  const os_family = details.os_family ?? had.os_family;
  return {
    ...state,
    details: { ...(hardware.length ? { hardware } : {}), ...(os_family ? { os_family } : {}) },
  };
}

// The extractor reads a bounded prefix (it must stay fast on hostile input); say so rather than
// silently ignoring what came after it.
export const TRUNCATED = `That was a long description: I read only its first ${grouped(EXTRACT_MAX_CHARS)} characters.`;

export function understood(read: Read, truncated: boolean): Effect[] {
  return [...(truncated ? [reply(noticeCard(TRUNCATED))] : []), reply(understoodCard(read))];
}

/** Text with no letter or digit in any script: an emoji, a "…", a "+1". */
export const wordless = (text: string): boolean => !/[\p{L}\p{N}]/u.test(text);

/** "ask <question>" and "start <description>" typed as words: the same on every platform. */
export function typedVerb(text: string): { verb: 'ask' | 'start'; rest: string } | undefined {
  const m = /^\s*(ask|start)\b[\s:,-]+(\S[\s\S]*)$/i.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  // "start over" / "start again" are commands (typedCommand reads them first).
  return { verb: m[1].toLowerCase() as 'ask' | 'start', rest: m[2].trim() };
}

/**
 * May a sentence set `q`? Yes when it is open, answered "not sure", or answered by an earlier
 * sentence (the newer one wins: "it is a nightly job now"). An answer picked for a question stays.
 */
export function replaceable(state: ConversationState, q: QuestionId): boolean {
  const had = state.answers[q];
  return had === undefined || had === UNSURE || (state.described ?? []).includes(q);
}

/**
 * A button of a question already answered differently — a click that lost to a simultaneous one, or
 * an old card pressed later: one short private line naming the answer taken and how to change it,
 * never another copy of the question (whose next card is already in the chat).
 */
export function answerTaken(q: QuestionId, had: string): Effect {
  return privately(
    noticeCard(
      `That question was already answered — ✓ ${optionLabel(q, had)}. Type change ${TOPIC[q]} to change it.`,
    ),
  );
}

/** A button of a question that is neither asked nor answered now (an older interview's card). */
export function staleAnswer(q: QuestionId): string {
  return `That answer belongs to a question I'm not asking right now. To answer ${TOPIC[q]}, type change ${TOPIC[q]}.`;
}

/** "Steady" typed while another question is pending: say which answer it would change, and how. */
export function alreadyAnswered(state: ConversationState, read: Read): string | undefined {
  const clash = read.find(({ q, a }) => !replaceable(state, q) && state.answers[q] !== a);
  const had = clash && state.answers[clash.q];
  if (!clash || had === undefined) return undefined;
  const topic = TOPIC[clash.q];
  return `That sounds like ${topic}: ${optionLabel(clash.q, clash.a)}, but your answer there was ${optionLabel(clash.q, had)}. Type change ${topic} to change it.`;
}

/**
 * Record what a sentence said: its answers win, and they count as described, not asked — except
 * its answer to the question pending when it was typed, which is a reply to that question.
 */
export function recordSaid(state: ConversationState, read: Read, replyTo?: QuestionId): ConversationState {
  const said = read.map(({ q }) => q);
  const described = said.filter((q) => q !== replyTo);
  const answers = { ...state.answers, ...Object.fromEntries(read.map(({ q, a }) => [q, a])) } as Profile;
  return {
    ...state,
    answers,
    history: [...state.history.filter((h) => !said.includes(h)), ...said],
    described: [...(state.described ?? []).filter((d) => !said.includes(d)), ...described],
  };
}

/** Every whole message that is only `heads` (each alone or followed by one of `tails`), as words. */
function phrases(heads: readonly string[], tails: readonly string[]): ReadonlySet<string> {
  return new Set(heads.flatMap((h) => [h, ...tails.map((t) => `${h} ${t}`)]));
}
const GREETING = phrases(GREETINGS, GREETED);
const THANKING = phrases(THANKS, THANKS_INTENSIFIERS);
/** Manners are a few words; a longer message is something else, and is not tokenized here. */
const SMALL_TALK_MAX_CHARS = 120;

/** "hi", "thanks!", "ok": chat manners, not answers or descriptions (word lists in knowledge/). */
export function smallTalk(text: string): 'greeting' | 'thanks' | undefined {
  if (text.length > SMALL_TALK_MAX_CHARS) return undefined;
  const said = words(text).join(' ');
  if (GREETING.has(said)) return 'greeting';
  if (THANKING.has(said)) return 'thanks';
  return undefined;
}
