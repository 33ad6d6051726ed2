// The interview's moves: record an answer, ask the next question the planner picks (or finish with
// the recommendation), go back, change one answer, re-ask politely. Pure: time comes in as `at`.
import { optionLabel } from '../knowledge/questions.js';
import type { Card } from './card.js';
import {
  answeredCard,
  choice,
  comparisonCard,
  questionCard,
  recommendationCard,
  withLeads,
} from './cards.js';
import type { ConversationState } from './conversation-state.js';
import {
  type Details,
  PLATFORM_KIND,
  type PlatformId,
  type Profile,
  type QuestionId,
  type Recommendation,
  UNSURE,
} from './domain.js';
import { DEFAULTS, platformOf, recommend } from './engine.js';
import type { Effect } from './events.js';
import { noticeCard } from './notice.js';
import { memoize } from './plan-cache.js';
import { lookup, type PlanTable } from './plan-table.js';
import { expectedRemaining, type PlanOptions, type PrimaryOf, plan } from './planner.js';
import { lazyPlatforms, type PlatformTable, tablePlatforms } from './platform-table.js';

export type Result = [ConversationState | undefined, Effect[]];

export const reply = (card: Card): Effect => ({ type: 'reply', card });
export const privately = (card: Card): Effect => ({ type: 'private_notice', card });

/** Short cards that may open the next question's message (see `advance`). */
const LEAD_KINDS: ReadonlySet<Card['kind']> = new Set(['welcome', 'understood', 'notice']);
const isLead = (e: Effect | undefined): boolean => e?.type === 'reply' && LEAD_KINDS.has(e.card.kind);

/**
 * The platform the engine would recommend, memoized per set of details: the planner asks about many
 * overlapping profiles, and asks what can still change the platform (not only the kind).
 */
const platformMemos = new Map<string, PrimaryOf>();
const MAX_DETAIL_MEMOS = 8;
/**
 * A question is worth asking when one answer to it changes the platform, or — once none does — while
 * some way of answering the open questions still ends on another platform; the next one is the
 * question that best predicts the final platform (least entropy left, planner.ts). Measured on the
 * public scenarios: 5.75 questions on average against 5.90 for the most-decisive-first rule it
 * replaces (and 3.65 against 5.22 over an even sample of all profiles), still ending on the full
 * profile's platform every time. `major` is what the hint's simpler planner counts as a joint change.
 */
export const INTERVIEW_PLAN: PlanOptions = {
  major: (platform) => PLATFORM_KIND[platform as PlatformId],
  choose: 'entropy',
};
let platformTable: PrimaryOf | undefined;

/**
 * Installs the build's platform table (platform-table.ts): the planner then reads the platform of a
 * profile without special details from it instead of scoring it; undefined removes it.
 */
export function installPlatformTable(built: PlatformTable | undefined): void {
  platformTable = built ? tablePlatforms(built) : undefined;
  platformMemos.clear();
}

/** Details that change nothing: no special hardware, Linux (the engine's own reading of them). */
const plain = (details: Details | undefined): boolean =>
  !details?.hardware?.length && (details?.os_family ?? 'linux') === 'linux';

function primaryOfFor(details: Details | undefined): PrimaryOf {
  if (platformTable && plain(details)) return platformTable;
  const key = `${[...(details?.hardware ?? [])].sort().join(',')}|${details?.os_family ?? ''}`;
  let memo = platformMemos.get(key);
  if (memo === undefined) {
    memo = lazyPlatforms((profile) => platformOf(profile, details));
    // Each remembers up to 737,280 one-byte answers (touched pages only); keep the last few sets of details.
    if (platformMemos.size >= MAX_DETAIL_MEMOS) platformMemos.clear();
    platformMemos.set(key, memo);
  }
  return memo;
}
/** Each turn's plan and progress hint, computed once per distinct profile and details (plan-cache.ts). */
export const planFor = memoize((answers: Profile, details?: Details) =>
  plan(answers, primaryOfFor(details), INTERVIEW_PLAN),
);
export const remainingFor = memoize((answers: Profile, q: QuestionId, details?: Details) =>
  expectedRemaining(answers, q, primaryOfFor(details), DEFAULTS, INTERVIEW_PLAN),
);

let table: PlanTable | undefined;

/** Installs the build's plan table (plan-table.ts); undefined removes it. */
export function installPlanTable(planTable: PlanTable | undefined): void {
  table = planTable;
}

/** The question to ask next: the table's when the profile is on it, else the planner's. */
function nextQuestion(answers: Profile, details: Details | undefined): QuestionId | undefined {
  const hit = details || !table ? undefined : lookup(table, answers);
  if (hit) return hit.next;
  return (details ? planFor(answers, details) : planFor(answers)).next;
}

/** The progress hint for asking `q`: the table's when the profile is on it, else the planner's. */
function remainingAfter(answers: Profile, q: QuestionId, details: Details | undefined): number {
  const hit = details || !table ? undefined : lookup(table, answers);
  if (hit?.next === q) return hit.remaining;
  return details ? remainingFor(answers, q, details) : remainingFor(answers, q);
}

export function recommendationFor(state: ConversationState): Recommendation {
  return recommend(state.answers, state.details);
}

function without(answers: Profile, q: QuestionId): Profile {
  const copy: Profile = { ...answers };
  delete copy[q];
  return copy;
}

/** `q` is no longer an answer a sentence gave (it is being asked or was answered directly). */
function forgetDescribed(state: ConversationState, q: QuestionId): ConversationState {
  if (!state.described?.includes(q)) return state;
  const { described, ...rest } = state;
  const left = described.filter((d) => d !== q);
  return left.length > 0 ? { ...rest, described: left } : rest;
}

function withoutPending(state: ConversationState): ConversationState {
  const { pending: _dropped, ...rest } = state;
  return rest;
}

/** The question card for `q`, numbered after the questions already answered in this interview. */
function askCard(state: ConversationState, q: QuestionId, lead?: string): Card {
  const described = new Set(state.described ?? []);
  const asked = state.history.filter((h) => !described.has(h)).length;
  const number = asked + 1;
  const about = asked + remainingAfter(state.answers, q, state.details);
  // Someone unsure of several answers may rather have a recommendation now than more questions.
  const unsure = Object.values(state.answers).filter((a) => a === UNSURE).length;
  return questionCard(q, {
    number,
    about,
    canGoBack: state.history.length > 0,
    offerFinish: unsure >= 2,
    ...(lead ? { lead } : {}),
  });
}

/** Ask the next question that can still change the primary, or finish with the recommendation. */
export function advance(state: ConversationState, at: number, effects: Effect[]): Result {
  const next = nextQuestion(state.answers, state.details);
  if (next !== undefined) {
    const asking: ConversationState = { ...state, phase: 'interview', pending: next, updatedAt: at };
    // A welcome or "I read …" line right before the question travels in the question's message:
    // one message per turn reads as one thing, fits in Slack's acknowledgement body and costs the
    // platforms one post instead of two.
    let lead = effects.length;
    while (lead > 0 && isLead(effects[lead - 1])) lead--;
    const leads = effects.slice(lead).map((e) => e.card);
    return [asking, [...effects.slice(0, lead), reply(withLeads(leads, askCard(asking, next)))]];
  }
  const done: ConversationState = { ...withoutPending(state), phase: 'done', updatedAt: at };
  const card = recommendationCard(recommendationFor(done), { canGoBack: done.history.length > 0 });
  return [done, [...effects, reply(card)]];
}

/** "recommend now": stop asking; the card lists what was assumed for the open questions. */
export function finish(state: ConversationState, at: number): Result {
  const done: ConversationState =
    state.pending === undefined ? state : { ...withoutPending(state), phase: 'done', updatedAt: at };
  return [done, [reply(recommendationCard(recommendationFor(done), { canGoBack: done.history.length > 0 }))]];
}

/** Record an answer to the pending question and move on. A button press also replaces its card. */
export function answer(
  state: ConversationState,
  q: QuestionId,
  a: string,
  at: number,
  viaButton: boolean,
): Result {
  const recorded: ConversationState = {
    ...forgetDescribed(withoutPending(state), q),
    answers: { ...state.answers, [q]: a } as Profile,
    history: [...state.history.filter((h) => h !== q), q],
  };
  return advance(recorded, at, viaButton ? [{ type: 'replace_source', card: answeredCard(q, a) }] : []);
}

/** Re-ask the pending question with a line saying what went wrong; state unchanged. */
export function reask(state: ConversationState, lead: string): Result {
  if (state.pending !== undefined) return [state, [reply(askCard(state, state.pending, lead))]];
  // The notice names its buttons, so it carries them: the recommendation may have scrolled away.
  const buttons = [
    ...(state.history.length > 0 ? [choice('Back', { action: 'back' } as const)] : []),
    choice('Restart', { action: 'restart' }),
    choice('Compare', { action: 'compare' }),
  ];
  const how = state.history.length > 0 ? 'press Back or Restart' : 'press Restart';
  return [
    state,
    [
      privately(
        noticeCard(
          `${lead} This interview is finished: ${how} to change an answer, or Compare.`,
          undefined,
          buttons,
        ),
      ),
    ],
  ];
}

/** Ask one question again (the user pressed "Change …" or typed "change runtime"). */
export function reopen(state: ConversationState, q: QuestionId, at: number, lead?: string): Result {
  const had = state.answers[q];
  // Say what the old answer was: the question comes back with no answer marked.
  const shown =
    lead ?? (had === undefined ? undefined : `Your answer was: ${optionLabel(q, had)}. Pick again:`);
  const reopened: ConversationState = {
    ...forgetDescribed(state, q),
    phase: 'interview',
    answers: without(state.answers, q),
    history: state.history.filter((h) => h !== q),
    pending: q,
    updatedAt: at,
  };
  return [reopened, [reply(askCard(reopened, q, shown))]];
}

export function back(state: ConversationState, at: number): Result {
  const last = state.history.at(-1);
  if (last === undefined) return reask(state, 'There is no earlier answer to go back to.');
  return reopen({ ...state, history: state.history.slice(0, -1) }, last, at);
}

export function compare(state: ConversationState): Effect[] {
  const interim = state.pending !== undefined;
  const effects = [reply(comparisonCard(recommendationFor(state), { interim }))];
  if (state.pending !== undefined)
    effects.push(reply(askCard(state, state.pending, 'Back to the interview:')));
  return effects;
}
