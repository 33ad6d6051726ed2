// The interview's commands: start (optionally from a description), navigation (back, restart,
// help, compare, share, recommend now) and changing one answer. Pure, like the state machine.
import { optionLabel } from '../knowledge/questions.js';
import { detailsCard, helpCard, recommendationCard, TOPIC, welcomeCard } from './cards.js';
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
import { type NavAction, typedAnswer } from './conversation-input.js';
import { looseAnswer } from './conversation-loose.js';
import {
  answerFor,
  readDescription,
  TRUNCATED,
  understood,
  withDetails,
  wordless,
} from './conversation-read.js';
import { type ConversationState, freshState } from './conversation-state.js';
import type { Profile, QuestionId } from './domain.js';
import { looksLikeQuestion } from './extract.js';
import { noticeCard } from './notice.js';

/** After this long without activity, someone else may start a new interview in the same place. */
export const TAKEOVER_AFTER_MS = 30 * 60 * 1000;

const START_OWN = 'start your own in a direct message to me (or with /virt in Slack).';
export const OWNER_ONLY = `Only the person who started this interview can answer it — ${START_OWN}`;

export type Actor = { userId: string; at: number };

export function start(
  state: ConversationState | undefined,
  actor: Actor,
  text?: string,
  options: { again?: boolean } = {},
): Result {
  const busy = state && state.ownerId !== actor.userId && state.phase === 'interview';
  if (busy && actor.at - state.updatedAt < TAKEOVER_AFTER_MS) {
    return [state, [privately(noticeCard(`Someone else's interview is in progress here — ${START_OWN}`))]];
  }
  const fresh = freshState(actor.userId, actor.at);
  const description = text?.trim() ?? '';
  if (description === '') return advance(fresh, actor.at, [reply(welcomeCard(options))]);
  // "/virt how long can Lambda run?" wants an answer, not an interview about a Lambda function.
  if (looksLikeQuestion(description)) return [state, [answerFor(description)]];
  if (wordless(description)) return advance(fresh, actor.at, [reply(welcomeCard(options))]);
  const { read, truncated, details } = readDescription(description);
  // "hi", "hello there": a greeting, not a description that failed.
  if (read.length === 0 && description.split(/\s+/).length <= 4 && !truncated)
    return advance(fresh, actor.at, [reply(welcomeCard(options))]);
  if (read.length === 0) {
    const lead = noticeCard(
      `${truncated ? `${TRUNCATED} ` : ''}I couldn't pick out any details from that, so let's go through the questions.`,
    );
    return advance(fresh, actor.at, [reply(welcomeCard(options)), reply(lead)]);
  }
  const answers = Object.fromEntries(read.map(({ q, a }) => [q, a])) as Profile;
  const described = read.map(({ q }) => q);
  return advance(
    withDetails({ ...fresh, answers, described }, details),
    actor.at,
    understood(read, truncated),
  );
}

export function navigate(state: ConversationState, action: NavAction, actor: Actor): Result {
  switch (action) {
    case 'back':
      return back(state, actor.at);
    case 'restart':
    case 'start': {
      // The owner starting over already knows the bot: a short line instead of the whole welcome.
      if (state.ownerId !== actor.userId) return start(state, actor);
      return start(undefined, actor, undefined, { again: true });
    }
    case 'help': {
      const effects = [reply(helpCard({ interviewActive: state.phase === 'interview' }))];
      // The question has scrolled away behind the help: show it again so the answer is one click.
      if (state.pending !== undefined) effects.push(...reask(state, 'Back to the interview:')[1]);
      return [state, effects];
    }
    case 'compare':
      return [state, compare(state)];
    case 'finish':
      return finish(state, actor.at);
    case 'details':
      if (state.phase !== 'done')
        return reask(state, 'Details come with the finished recommendation — let us finish first.');
      return [state, [reply(detailsCard(recommendationFor(state)))]];
    case 'share':
      if (state.phase !== 'done')
        return reask(state, 'Share is for the finished recommendation — let us finish first.');
      return [
        state,
        [{ type: 'publish', card: recommendationCard(recommendationFor(state), { actions: false }) }],
      ];
  }
}

/** "change load to steady": record the answer at once (or re-ask when the words match nothing). */
export function changeAnswer(state: ConversationState, q: QuestionId, words: string, at: number): Result {
  const a = typedAnswer(q, words) ?? looseAnswer(q, words);
  if (a === undefined) return reopen(state, q, at, `I couldn't match "${words}" to an answer. Pick one:`);
  if (state.answers[q] === a) {
    const same = `${TOPIC[q]} is already ${optionLabel(q, a)}.`;
    return state.pending === undefined ? [state, [reply(noticeCard(same))]] : reask(state, same);
  }
  const [next, effects] = answer(state, q, a, at, false);
  return [next, [reply(noticeCard(`Changed ${TOPIC[q]} to ${optionLabel(q, a)}.`)), ...effects]];
}
