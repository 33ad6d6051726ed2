// The planner with the real engine (slow sweeps, `npm run test:slow`): interviews end where the full
// profile would, and never ask a question that cannot matter, alone or with any answers to the others.
import { describe, expect, it } from 'vitest';
import { INTERVIEW_PLAN } from '../../../src/conversation-flow.js';
import { type Profile, QUESTION_OPTIONS, type QuestionId, UNSURE } from '../../../src/domain.js';
import { platformOf } from '../../../src/engine.js';
import { memoPrimary, openQuestions, type PrimaryOf, plan } from '../../../src/planner.js';
import { allFullProfiles, scenarios } from '../../support/card-samples.js';

/** Interview a full profile with the planner alone; returns the questions asked and the final primary. */
function interview(full: Profile, primaryOf: PrimaryOf): { asked: QuestionId[]; primary: string } {
  let answers: Profile = {};
  const asked: QuestionId[] = [];
  for (;;) {
    const { next, primary } = plan(answers, primaryOf, INTERVIEW_PLAN);
    if (next === undefined) return { asked, primary };
    asked.push(next);
    answers = { ...answers, [next]: full[next] ?? UNSURE };
  }
}

describe('planner with the real engine', () => {
  // The interview settles the platform, not only the kind.
  const primaryOf = memoPrimary((p) => platformOf(p));

  it('every question asked in the public scenarios could still change the primary on its own or jointly', () => {
    for (const s of scenarios()) {
      let answers: Profile = {};
      for (const q of interview(s.answers, primaryOf).asked) {
        const now = primaryOf(answers);
        const others = openQuestions(answers).filter((x) => x !== q);
        // On its own: with the other questions left open.
        const alone = QUESTION_OPTIONS[q].some((a) => primaryOf({ ...answers, [q]: a } as Profile) !== now);
        // Jointly: some answers to the others under which q's answer decides between two primaries.
        const jointly = (i: number, rest: Record<string, string>): boolean => {
          if (i === others.length) {
            const outcomes = QUESTION_OPTIONS[q].map((a) =>
              primaryOf({ ...answers, ...rest, [q]: a } as Profile),
            );
            return new Set(outcomes).size > 1;
          }
          const r = others[i] as QuestionId;
          return QUESTION_OPTIONS[r].some((b) => jointly(i + 1, { ...rest, [r]: b }));
        };
        expect(alone || jointly(0, {}), `${s.id}: ${q} could not change anything`).toBe(true);
        answers = { ...answers, [q]: s.answers[q] ?? UNSURE };
      }
    }
  });

  it('ends with the primary the full profile gets, over an even sample of all full profiles', () => {
    let same = 0;
    let count = 0;
    let questions = 0;
    let index = 0;
    for (const full of allFullProfiles()) {
      if (index++ % 211 !== 0) continue;
      const { asked, primary } = interview(full, primaryOf);
      count++;
      questions += asked.length;
      if (primary === primaryOf(full)) same++;
    }
    console.log(
      `planner over ${count} sampled full profiles: ${((100 * same) / count).toFixed(1)}% end on the full profile's primary, ` +
        `average ${(questions / count).toFixed(2)} questions`,
    );
    expect(same / count).toBeGreaterThanOrEqual(0.99);
  });
});
