// The planner with the real engine (slow sweeps, `npm run test:slow`): interviews end where the full
// profile would, and never ask a question that cannot matter.
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
        const flips = QUESTION_OPTIONS[q].some((a) => {
          const withQ = { ...answers, [q]: a } as Profile;
          if (primaryOf(withQ) !== now) return true;
          // jointly with one or two other open questions, where that combination alone would not flip it
          return others.some((r) =>
            QUESTION_OPTIONS[r].some((b) => {
              const without = { ...answers, [r]: b } as Profile;
              if (primaryOf({ ...withQ, [r]: b } as Profile) !== primaryOf(without)) return true;
              return others.some((t) =>
                QUESTION_OPTIONS[t].some(
                  (c) =>
                    primaryOf({ ...withQ, [r]: b, [t]: c } as Profile) !==
                    primaryOf({ ...without, [t]: c } as Profile),
                ),
              );
            }),
          );
        });
        expect(flips, `${s.id}: ${q} could not change anything`).toBe(true);
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
