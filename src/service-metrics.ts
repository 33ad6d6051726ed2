// What one applied turn means for the usage figures: an interview started, a recommendation shown,
// an interview finished after so many questions. Read from the state transition and the effects, so
// the state machine itself stays unaware of metrics.
import { recommendationFor } from './conversation-flow.js';
import type { ConversationState } from './conversation-state.js';
import type { Effect } from './events.js';
import type { Metrics, Surface } from './ports.js';

/** Questions answered through a question card (not filled in from a description). */
function questionsAsked(state: ConversationState): number {
  const described = new Set(state.described ?? []);
  return state.history.filter((q) => !described.has(q)).length;
}

export function recordTurn(
  metrics: Metrics,
  surface: Surface | undefined,
  before: ConversationState | undefined,
  after: ConversationState | undefined,
  effects: readonly Effect[],
): void {
  if (surface === undefined || after === undefined) return;
  // A start (or restart) always begins a fresh state stamped with the event's time.
  if (before === undefined || before.startedAt !== after.startedAt) metrics.interviewStarted(surface);
  // Share to channel publishes a result already counted; only a newly computed card counts.
  if (effects.some((e) => e.type !== 'publish' && e.card.kind === 'recommendation')) {
    const rec = recommendationFor(after);
    metrics.recommendationShown(surface, rec.primary, rec.platform);
  }
  if (after.phase === 'done' && (before?.phase !== 'done' || before.startedAt !== after.startedAt))
    metrics.interviewFinished(questionsAsked(after));
}
