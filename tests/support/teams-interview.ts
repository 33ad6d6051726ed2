// Drives a Teams interview to its end by pressing, on each question card the bot really sent, the
// Action.Submit whose data answers it from a given profile (or "unsure" when the profile is silent).
import type { Profile } from '../../src/domain.js';
import type { RecordedCall } from './fake-connector.js';
import { cardId, cardOf, type Place, submit, submitActions, user } from './teams-activities.js';
import type { TeamsHarness } from './teams-server.js';

export const findQuestion = (calls: RecordedCall[]) =>
  [...calls].reverse().find((c) => c.method === 'POST' && cardId(c).startsWith('question:'));
const findRecommendation = (calls: RecordedCall[]) =>
  calls.find((c) => c.method === 'POST' && cardId(c).startsWith('recommendation:'));

export async function answerUntilRecommendation(
  h: TeamsHarness,
  place: Place,
  firstCalls: RecordedCall[],
  answers: Profile,
  from = user('alice'),
): Promise<{ recommendation: RecordedCall; asked: string[] }> {
  const asked: string[] = [];
  let calls = firstCalls;
  for (let turn = 0; turn <= 12; turn++) {
    const rec = findRecommendation(calls);
    if (rec) return { recommendation: rec, asked };
    const question = findQuestion(calls);
    if (!question) throw new Error(`no question or recommendation in: ${calls.map(cardId).join(', ')}`);
    const q = cardId(question).slice('question:'.length);
    asked.push(q);
    const wanted = answers[q as keyof Profile] ?? 'unsure';
    const button = submitActions(cardOf(question)).find((a) => {
      const data = a.data as { q?: unknown; a?: unknown };
      return data.q === q && data.a === wanted;
    });
    if (!button) throw new Error(`question ${q} has no button for ${wanted}`);
    const res = await h.send(submit(place, h.connector.serviceUrl, question.id, button.data, from));
    if (res.status !== 200) throw new Error(`submit answered ${res.status}`);
    calls = res.calls;
  }
  throw new Error(`no recommendation after 12 answers (asked ${asked.join(', ')})`);
}
