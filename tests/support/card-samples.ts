// Every kind of card the core can produce, filled with real content, for the Slack and Teams
// renderer tests to check platform limits against (block counts, text lengths, card bytes).
// Recommendations cover the public scenarios plus an even sample of all full profiles, and the
// profiles whose cards are the longest; conversations driven through step() add the notices.
import { readFileSync } from 'node:fs';
import { QUESTIONS } from '../../knowledge/questions.js';
import { ask } from '../../src/ask.js';
import type { Card } from '../../src/card.js';
import {
  answerCard,
  answeredCard,
  comparisonCard,
  detailsCard,
  expiredCard,
  helpCard,
  questionCard,
  recommendationCard,
  understoodCard,
  welcomeCard,
} from '../../src/cards.js';
import { type ConversationState, step } from '../../src/conversation.js';
import { type FullProfile, type Profile, QUESTION_IDS, QUESTION_OPTIONS, UNSURE } from '../../src/domain.js';
import { recommend } from '../../src/engine.js';
import type { CoreEvent } from '../../src/events.js';
import { NOTICES } from '../../src/notice.js';
import { evalFile } from '../unit/engine/eval-data.js';

/** A public evaluation file: the upstream copy beside the clone when there is one, else the fixture. */
function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(evalFile(name), 'utf8')) as T;
}

export type Scenario = { id: string; answers: Profile; accept: string[]; text: string };
export function scenarios(): Scenario[] {
  return readJson('scenarios.json');
}
/**
 * A few public scenarios for `npm test`: the first that accepts each kind. The sweeps over every
 * scenario through a platform's real transport are *.slow.test.ts files (`npm run test:slow`).
 */
export function representativeScenarios(): Scenario[] {
  const kinds = new Set<string>();
  return scenarios().filter((s) => {
    const fresh = s.accept.filter((kind) => !kinds.has(kind));
    for (const kind of s.accept) kinds.add(kind);
    return fresh.length > 0;
  });
}
function evalQuestions(): { id: string; question: string }[] {
  return readJson('questions.json');
}

/** Every full profile (4·3·3·3·3·3·3·2·2·3 = 34,992), in a fixed order. */
export function* allFullProfiles(): Generator<FullProfile> {
  const ids = QUESTION_IDS;
  const counts = ids.map((q) => QUESTION_OPTIONS[q].length);
  const total = counts.reduce((a, b) => a * b, 1);
  for (let n = 0; n < total; n++) {
    let rest = n;
    const profile: Record<string, string> = {};
    ids.forEach((q, i) => {
      const c = counts[i] ?? 1;
      profile[q] = QUESTION_OPTIONS[q][rest % c] as string;
      rest = Math.floor(rest / c);
    });
    yield profile as FullProfile;
  }
}

const size = (card: Card): number => JSON.stringify(card).length;

function recommendationSamples(): Card[] {
  const profiles: Profile[] = [{}, Object.fromEntries(QUESTION_IDS.map((q) => [q, UNSURE])) as Profile];
  profiles.push(...scenarios().map((s) => s.answers));
  let i = 0;
  for (const p of allFullProfiles()) if (i++ % 211 === 0) profiles.push(p);
  const cards = profiles.flatMap((p) => {
    const rec = recommend(p);
    return [recommendationCard(rec, { canGoBack: true }), comparisonCard(rec), detailsCard(rec)];
  });
  // The longest of each kind first, so a renderer test that samples the head still sees the worst case.
  return cards.sort((a, b) => size(b) - size(a));
}

function conversationSamples(): Card[] {
  const cards: Card[] = [];
  let state: ConversationState | undefined;
  let at = 1_000;
  // Omit over a union keeps only the shared keys; distribute it so each event keeps its own fields.
  type Untimed = CoreEvent extends infer E ? (E extends CoreEvent ? Omit<E, 'at'> : never) : never;
  const run = (event: Untimed) => {
    at += 1_000;
    const [next, effects] = step(state, { ...event, at } as CoreEvent);
    state = next;
    cards.push(...effects.map((e) => e.card));
  };
  run({ type: 'button', userId: 'U1', value: { q: 'runtime', a: 'long' } });
  run({
    type: 'start',
    userId: 'U1',
    text: 'A nightly ETL job that runs for about three hours on 64 GB of memory.',
  });
  run({ type: 'button', userId: 'U2', value: { q: 'runtime', a: 'short' } });
  run({ type: 'start', userId: 'U2' });
  run({ type: 'text', userId: 'U1', text: 'purple' });
  run({ type: 'button', userId: 'U1', value: { q: 'nope', a: 'x' } });
  run({ type: 'text', userId: 'U1', text: 'help' });
  run({ type: 'button', userId: 'U1', value: { action: 'share' } });
  run({ type: 'ask', userId: 'U1', text: '' });
  // A finished interview: the recommendation, its details, and a notice about a stale answer button.
  run({ type: 'text', userId: 'U1', text: 'recommend now' });
  run({ type: 'button', userId: 'U1', value: { action: 'details' } });
  run({ type: 'button', userId: 'U1', value: { q: 'runtime', a: 'short' } });
  return cards;
}

let cached: Card[] | undefined;

export function allCardSamples(): Card[] {
  if (cached) return cached;
  const cards: Card[] = [
    welcomeCard(),
    helpCard({ interviewActive: false }),
    helpCard({ interviewActive: true }),
    expiredCard(),
  ];
  cards.push(...Object.values(NOTICES).map((make) => make()));
  for (const q of QUESTIONS) {
    cards.push(questionCard(q.id, { number: 1, about: 5, canGoBack: false }));
    cards.push(
      questionCard(q.id, { number: 10, about: 10, canGoBack: true, lead: "Sorry, I didn't catch that." }),
    );
    for (const o of [...q.options.map((x) => x.id), UNSURE]) cards.push(answeredCard(q.id, o));
  }
  const longest = QUESTIONS.map((q) => {
    const o = [...q.options].sort((a, b) => b.label.length - a.label.length)[0];
    return { q: q.id, a: o?.id ?? UNSURE, evidence: 'x'.repeat(200) };
  });
  cards.push(understoodCard(longest), understoodCard(longest.slice(0, 1)));
  const questions = [
    ...evalQuestions().map((q) => q.question),
    'What is the airspeed of an unladen swallow?',
    '?'.repeat(5_000),
  ];
  for (const question of questions) cards.push(answerCard(question, ask(question)));
  cards.push(...conversationSamples());
  cards.push(...recommendationSamples());
  cached = cards;
  return cards;
}
