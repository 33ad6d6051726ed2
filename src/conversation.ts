// The conversation state machine: step(state, event) → [next state, effects]. Pure — no I/O, no
// clock (time comes in the event) — so every platform runs exactly this, and a test is a table.
// It returns the SAME state object when nothing changed, so the service skips the write.

import { questionById } from '../knowledge/questions.js';
import { answeredCard, expiredCard, helpCard, TOPIC } from './cards.js';
import { type Actor, changeAnswer, navigate, OWNER_ONLY, start } from './conversation-commands.js';
import {
  advance,
  answer,
  compare,
  privately,
  type Result,
  reask,
  reopen,
  reply,
} from './conversation-flow.js';
import { parseButton, typedAnswer, typedChange, typedChangeTo, typedCommand } from './conversation-input.js';
import { looseAnswer } from './conversation-loose.js';
import {
  alreadyAnswered,
  answerFor,
  answerTaken,
  readDescription,
  recordSaid,
  replaceable,
  smallTalk,
  staleAnswer,
  typedVerb,
  understood,
  withDetails,
  wordless,
} from './conversation-read.js';
import { ConversationState } from './conversation-state.js';
import type { CoreEvent } from './events.js';
import { looksLikeQuestion } from './extract.js';
import { noticeCard } from './notice.js';

export { TAKEOVER_AFTER_MS } from './conversation-commands.js';
export { ConversationState };

const NOT_UNDERSTOOD = 'Sorry, I didn\'t catch that. Reply with an option\'s number or name, or "not sure".';

function onButton(state: ConversationState | undefined, value: unknown, actor: Actor): Result {
  const intent = parseButton(value);
  if (state === undefined) {
    if (intent.type === 'nav' && (intent.action === 'start' || intent.action === 'restart')) {
      return start(undefined, actor);
    }
    if (intent.type === 'nav' && intent.action === 'help')
      return [undefined, [reply(helpCard({ interviewActive: false }))]];
    return [undefined, [privately(expiredCard())]];
  }
  if (state.ownerId !== actor.userId) {
    // Looking is harmless, so others may see the comparison or the help — privately.
    if (intent.type === 'nav' && intent.action === 'compare')
      return [
        state,
        compare(state)
          .slice(0, 1)
          .map((e) => privately(e.card)),
      ];
    if (intent.type === 'nav' && intent.action === 'help')
      return [state, [privately(helpCard({ interviewActive: true }))]];
    if (intent.type === 'nav' && intent.action === 'start') return start(state, actor);
    return [state, [privately(noticeCard(OWNER_ONLY))]];
  }
  switch (intent.type) {
    case 'invalid':
      return reask(
        state,
        "Sorry, I don't recognise that button — it may be from an older version of this card.",
      );
    case 'nav':
      return navigate(state, intent.action, actor);
    case 'change':
      return reopen(state, intent.q, actor.at);
    case 'answer': {
      if (state.pending === intent.q) return answer(state, intent.q, intent.a, actor.at, true);
      const taken = state.answers[intent.q];
      // The same answer again is a double click or a redelivery: nothing to do.
      if (taken === intent.a) return [state, []];
      // Another answer won (a simultaneous click) or was given earlier: say which, in one line.
      if (taken !== undefined) return [state, [answerTaken(intent.q, taken)]];
      return reask(state, staleAnswer(intent.q));
    }
  }
}

/** Mid-interview, a question gets its answer and then the pending question again. */
function answerThenResume(state: ConversationState, question: string): Result {
  const effects = [answerFor(question, state.pending !== undefined)];
  if (state.pending !== undefined) effects.push(...reask(state, 'Back to the interview:')[1]);
  return [state, effects];
}

function onText(state: ConversationState | undefined, text: string, actor: Actor): Result {
  const command = typedCommand(text);
  const verb = command === undefined ? typedVerb(text) : undefined;
  if (verb?.verb === 'ask')
    return state ? answerThenResume(state, verb.rest) : [state, [answerFor(verb.rest)]];
  if (state === undefined) {
    if (command === 'help') return [undefined, [reply(helpCard({ interviewActive: false }))]];
    if (verb?.verb === 'start') return start(undefined, actor, verb.rest);
    // "thanks" after an interview expired is manners, not a request for a new one.
    if (smallTalk(text) === 'thanks') {
      const hint =
        "You're welcome. Say start (or describe a workload) for a recommendation, or ask me a question.";
      return [undefined, [reply(noticeCard(hint))]];
    }
    if (command === undefined && looksLikeQuestion(text)) return [undefined, [answerFor(text)]];
    // In a direct chat any message starts an interview; a description fills in what it says.
    return start(undefined, actor, command === undefined ? text : undefined);
  }
  if (state.ownerId !== actor.userId) {
    if (command === undefined && looksLikeQuestion(text)) return [state, [answerFor(text)]];
    if (command === 'start' || command === 'restart' || verb?.verb === 'start')
      return start(state, actor, verb?.rest);
    return [state, [privately(noticeCard(OWNER_ONLY))]];
  }
  if (command !== undefined) return navigate(state, command, actor);
  // A fresh description ("start a nightly ETL …") begins a new interview from what it says.
  if (verb?.verb === 'start') return start(state, actor, verb.rest);
  // An empty message (a file, an edit) says nothing: no need to repeat the question.
  if (text.trim() === '') return [state, []];
  const changeTo = typedChangeTo(text, TOPIC);
  if (changeTo !== undefined) return changeAnswer(state, changeTo.q, changeTo.words, actor.at);
  const change = typedChange(text, TOPIC);
  if (change !== undefined) return reopen(state, change, actor.at);
  const pending = state.pending;
  const manners = smallTalk(text);
  if (manners === 'greeting' && pending !== undefined) return reask(state, 'Hi! Here is where we were:');
  if (manners !== undefined) {
    const hint =
      pending === undefined
        ? `${manners === 'thanks' ? "You're welcome." : 'Hi!'} Type restart for another workload, change <topic> to adjust this one, or ask me a question.`
        : 'Whenever you are ready: press a button above, or type the option’s number or name.';
    return [state, [reply(noticeCard(hint))]];
  }
  if (pending === undefined) {
    if (looksLikeQuestion(text)) return [state, [answerFor(text)]];
    const { read, truncated, details } = readDescription(text);
    // A few words after the result ("steady", "it needs a GPU") adjust this interview; a whole
    // description is a new workload and starts a new one.
    if (read.length > 0 && text.trim().split(/\s+/).length <= 8) {
      return advance(withDetails(recordSaid(state, read), details), actor.at, understood(read, truncated));
    }
    if (read.length > 0) return start(state, actor, text);
    return [
      state,
      [
        reply(
          noticeCard(
            'This interview is finished. Type restart to begin again, compare to see all three kinds, change <topic> to change one answer, or ask me a question.',
          ),
        ),
      ],
    ];
  }
  if (wordless(text)) {
    const hint =
      "I can't read that as an answer — press a button above, or type the option's number or name.";
    return [state, [reply(noticeCard(hint))]];
  }
  const typed = typedAnswer(pending, text);
  if (typed !== undefined) return answer(state, pending, typed, actor.at, false);
  // Mid-interview a trailing "?" means a question ("Can I use GPUs on Fargate?"), not an answer.
  if (looksLikeQuestion(text) || text.trim().endsWith('?')) return answerThenResume(state, text);
  // A sentence about the workload ("it runs for about 3 hours") answers what it says: the pending
  // question and any other still open. If it skips the pending one, the planner asks again.
  const { read: all, truncated, details } = readDescription(text);
  // "it's bursty I think", "steddy": a short answer in other words, or with a typo — unless the
  // extractor reads the pending question from it ("a small GPU box" is special hardware, not small).
  // Distinctive words of an option count only when the extractor read nothing else from the reply.
  const loose = looseAnswer(pending, text, all.length === 0);
  if (loose !== undefined && !all.some(({ q }) => q === pending)) {
    // Say what a loosely typed answer was taken as, as a pressed button does ("✓ … — AWS only").
    const [next, effects] = answer(state, pending, loose, actor.at, false);
    return [next, [reply(answeredCard(pending, loose)), ...effects]];
  }
  // What it says about open questions, and corrections to what an earlier sentence said ("it is a
  // nightly job now"): the newer sentence wins. An answer given to a question stays until changed.
  const read = all.filter(({ q, a }) => replaceable(state, q) && state.answers[q] !== a);
  if (read.length > 0) {
    const clash = alreadyAnswered(
      state,
      all.filter(({ q }) => !read.some((r) => r.q === q)),
    );
    const effects = understood(read, truncated);
    if (clash) effects.push(reply(noticeCard(clash)));
    const { pending: _asked, ...rest } = state;
    return advance(withDetails(recordSaid(rest, read, pending), details), actor.at, effects);
  }
  const clash = alreadyAnswered(state, all);
  if (clash) return reask(state, `${clash} Or answer the question below.`);
  // "7" for a question with five buttons: say which numbers there are.
  if (/^\s*\d+\s*$/.test(text)) {
    const count = questionById(pending).options.length + 1;
    return reask(
      state,
      `Sorry, I didn't catch that: there is no option ${text.trim()}. Pick a number from 1 to ${count}.`,
    );
  }
  return reask(state, NOT_UNDERSTOOD);
}

export function step(state: ConversationState | undefined, event: CoreEvent): Result {
  const actor = { userId: event.userId, at: event.at };
  switch (event.type) {
    case 'ask':
      return [state, [answerFor(event.text)]];
    case 'start':
      return start(state, actor, event.text);
    case 'button':
      return onButton(state, event.value, actor);
    case 'text':
      return onText(state, event.text, actor);
  }
}
