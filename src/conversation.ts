// The conversation state machine: step(state, event) → [next state, effects]. Pure — no I/O, no
// clock (time comes in the event) — so every platform runs exactly this, and a test is a table.
// It returns the SAME state object when nothing changed, so the service skips the write.

import { optionLabel, questionById } from '../knowledge/questions.js';
import { ask } from './ask.js';
import {
  answerCard,
  expiredCard,
  helpCard,
  recommendationCard,
  TOPIC,
  understoodCard,
  welcomeCard,
} from './cards.js';
import {
  advance,
  answer,
  back,
  compare,
  finish,
  privately,
  type Result,
  reask,
  recommendationFor,
  reopen,
  reply,
} from './conversation-flow.js';
import { type NavAction, parseButton, typedAnswer, typedChange, typedCommand } from './conversation-input.js';
import { looseAnswer } from './conversation-loose.js';
import { ConversationState, freshState } from './conversation-state.js';
import { isOptionOf, type Profile, QUESTION_IDS, type QuestionId, UNSURE } from './domain.js';
import type { CoreEvent, Effect } from './events.js';
import { EXTRACT_MAX_CHARS, extractDetailed, looksLikeQuestion } from './extract.js';
import { noticeCard } from './notice.js';

export { ConversationState };

/** After this long without activity, someone else may start a new interview in the same place. */
export const TAKEOVER_AFTER_MS = 30 * 60 * 1000;

const START_OWN = 'start your own in a direct message to me (or with /virt in Slack).';
const OWNER_ONLY = `Only the person who started this interview can answer it — ${START_OWN}`;
const NOT_UNDERSTOOD = 'Sorry, I didn\'t catch that. Reply with an option\'s number or name, or "not sure".';

type Actor = { userId: string; at: number };

// "wait, how long can Lambda run?" — the interjection is how people talk, not part of the question,
// and a word like "wait" would otherwise pull retrieval towards Step Functions' waits.
const INTERJECTION =
  /^(?:wait|hold on|hang on|sorry|oh|ok(?:ay)?|so|btw|by the way|quick question|also|actually|hmm+|um+)\b[\s,.:;!-]*/i;

function answerFor(text: string, interviewActive = false): Effect {
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

type Read = { q: QuestionId; a: string; evidence?: string }[];

/** What a workload description answers, in question order, keeping only valid concrete options. */
function readDescription(text: string): { read: Read; truncated: boolean } {
  const { answers, evidence, truncated } = extractDetailed(text);
  const read = QUESTION_IDS.flatMap((q) => {
    const a = answers[q];
    if (a === undefined || a === UNSURE || !isOptionOf(q, a)) return [];
    const said = evidence[q];
    return [said ? { q, a, evidence: said } : { q, a }];
  });
  return { read, truncated };
}

// The extractor reads a bounded prefix (it must stay fast on hostile input); say so rather than
// silently ignoring what came after it.
const TRUNCATED = `That was a long description: I read only its first ${EXTRACT_MAX_CHARS.toLocaleString('en-US')} characters.`;

function understood(read: Read, truncated: boolean): Effect[] {
  return [...(truncated ? [reply(noticeCard(TRUNCATED))] : []), reply(understoodCard(read))];
}

/** Text with no letter or digit in any script: an emoji, a "…", a "+1". */
const wordless = (text: string): boolean => !/[\p{L}\p{N}]/u.test(text);

function start(state: ConversationState | undefined, actor: Actor, text?: string): Result {
  const busy = state && state.ownerId !== actor.userId && state.phase === 'interview';
  if (busy && actor.at - state.updatedAt < TAKEOVER_AFTER_MS) {
    return [state, [privately(noticeCard(`Someone else's interview is in progress here — ${START_OWN}`))]];
  }
  const fresh = freshState(actor.userId, actor.at);
  const description = text?.trim() ?? '';
  if (description === '') return advance(fresh, actor.at, [reply(welcomeCard())]);
  // "/virt how long can Lambda run?" wants an answer, not an interview about a Lambda function.
  if (looksLikeQuestion(description)) return [state, [answerFor(description)]];
  if (wordless(description)) return advance(fresh, actor.at, [reply(welcomeCard())]);
  const { read, truncated } = readDescription(description);
  // "hi", "hello there": a greeting, not a description that failed.
  if (read.length === 0 && description.split(/\s+/).length <= 4 && !truncated)
    return advance(fresh, actor.at, [reply(welcomeCard())]);
  if (read.length === 0) {
    const lead = noticeCard(
      `${truncated ? `${TRUNCATED} ` : ''}I couldn't pick out any details from that, so let's go through the questions.`,
    );
    return advance(fresh, actor.at, [reply(welcomeCard()), reply(lead)]);
  }
  const answers = Object.fromEntries(read.map(({ q, a }) => [q, a])) as Profile;
  const described = read.map(({ q }) => q);
  return advance({ ...fresh, answers, described }, actor.at, understood(read, truncated));
}

function navigate(state: ConversationState, action: NavAction, actor: Actor): Result {
  switch (action) {
    case 'back':
      return back(state, actor.at);
    case 'restart':
    case 'start': {
      // The owner starting over already knows the bot: a short line instead of the whole welcome.
      if (state.ownerId !== actor.userId) return start(state, actor);
      const [next, effects] = start(undefined, actor);
      return [
        next,
        effects.map((e) => (e.card.kind === 'welcome' ? reply(welcomeCard({ again: true })) : e)),
      ];
    }
    case 'help': {
      const effects = [reply(helpCard({ interviewActive: state.phase === 'interview' }))];
      return [state, effects];
    }
    case 'compare':
      return [state, compare(state)];
    case 'finish':
      return finish(state, actor.at);
    case 'share':
      if (state.phase !== 'done')
        return reask(state, 'Share is for the finished recommendation — let us finish first.');
      return [
        state,
        [{ type: 'publish', card: recommendationCard(recommendationFor(state), { actions: false }) }],
      ];
  }
}

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
    case 'answer':
      if (state.pending === intent.q) return answer(state, intent.q, intent.a, actor.at, true);
      // The same answer again is a double click or a redelivery: nothing to do.
      if (state.answers[intent.q] === intent.a) return [state, []];
      return reask(state, staleAnswer(state, intent.q));
  }
}

/** "ask <question>" and "start <description>" typed as words: the same on every platform. */
function typedVerb(text: string): { verb: 'ask' | 'start'; rest: string } | undefined {
  const m = /^\s*(ask|start)\b[\s:,-]+(\S[\s\S]*)$/i.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  // "start over" / "start again" are commands (typedCommand reads them first).
  return { verb: m[1].toLowerCase() as 'ask' | 'start', rest: m[2].trim() };
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
  const change = typedChange(text, TOPIC);
  if (change !== undefined) return reopen(state, change, actor.at);
  const pending = state.pending;
  if (pending === undefined) {
    if (looksLikeQuestion(text)) return [state, [answerFor(text)]];
    const { read, truncated } = readDescription(text);
    // A few words after the result ("steady", "it needs a GPU") adjust this interview; a whole
    // description is a new workload and starts a new one.
    if (read.length > 0 && text.trim().split(/\s+/).length <= 8) {
      const answers = { ...state.answers, ...Object.fromEntries(read.map(({ q, a }) => [q, a])) } as Profile;
      const said = read.map(({ q }) => q);
      const adjusted: ConversationState = {
        ...state,
        answers,
        history: [...state.history.filter((h) => !said.includes(h)), ...said],
        described: [...(state.described ?? []).filter((d) => !said.includes(d)), ...said],
      };
      return advance(adjusted, actor.at, understood(read, truncated));
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
  // "it's bursty I think", "steddy": a short answer in other words, or with a typo.
  const loose = looseAnswer(pending, text);
  if (loose !== undefined) return answer(state, pending, loose, actor.at, false);
  // A sentence about the workload ("it runs for about 3 hours") answers what it says: the pending
  // question and any other still open. If it skips the pending one, the planner asks again.
  const { read: all, truncated } = readDescription(text);
  // What it says about open questions, and corrections to what an earlier sentence said ("it is a
  // nightly job now"): the newer sentence wins. An answer given to a question stays until changed.
  const described = state.described ?? [];
  const read = all.filter(({ q, a }) => replaceable(state, q) && state.answers[q] !== a);
  if (read.length > 0) {
    const said = read.map(({ q }) => q);
    const answers = { ...state.answers, ...Object.fromEntries(read.map(({ q, a }) => [q, a])) } as Profile;
    const { pending: _asked, ...rest } = state;
    const recorded: ConversationState = {
      ...rest,
      answers,
      history: [...state.history.filter((h) => !said.includes(h)), ...said],
      described: [...described.filter((d) => !said.includes(d)), ...said],
    };
    const clash = alreadyAnswered(
      state,
      all.filter(({ q }) => !said.includes(q)),
    );
    const effects = understood(read, truncated);
    if (clash) effects.push(reply(noticeCard(clash)));
    return advance(recorded, actor.at, effects);
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

/**
 * May a sentence set `q`? Yes when it is open, answered "not sure", or answered by an earlier
 * sentence (the newer one wins: "it is a nightly job now"). An answer picked for a question stays.
 */
function replaceable(state: ConversationState, q: QuestionId): boolean {
  const had = state.answers[q];
  return had === undefined || had === UNSURE || (state.described ?? []).includes(q);
}

/** A button of an earlier question's card: say how to change that answer instead. */
function staleAnswer(state: ConversationState, q: QuestionId): string {
  const had = state.answers[q];
  const now = had === undefined ? '' : ` (now: ${optionLabel(q, had)})`;
  return `That answer belongs to a question I'm not asking right now. To change ${TOPIC[q]}${now}, type change ${TOPIC[q]}.`;
}

/** "Steady" typed while another question is pending: say which answer it would change, and how. */
function alreadyAnswered(state: ConversationState, read: Read): string | undefined {
  const clash = read.find(({ q, a }) => !replaceable(state, q) && state.answers[q] !== a);
  const had = clash && state.answers[clash.q];
  if (!clash || had === undefined) return undefined;
  const topic = TOPIC[clash.q];
  return `That sounds like ${topic}: ${optionLabel(clash.q, clash.a)}, but your answer there was ${optionLabel(clash.q, had)}. Type change ${topic} to change it.`;
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
