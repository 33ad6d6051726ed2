// The planner is generic over the engine: toy engines pin down its rules, the real engine checks
// that interviews end where the full profile would, and never ask a question that cannot matter.
import { describe, expect, it } from 'vitest';
import { type Kind, type Profile, QUESTION_OPTIONS, type QuestionId, UNSURE } from '../../../src/domain.js';
import { recommend } from '../../../src/engine.js';
import { memoPrimary, openQuestions, type PrimaryOf, plan } from '../../../src/planner.js';
import { allFullProfiles, scenarios } from '../../support/card-samples.js';

/** Interview a full profile with the planner alone; returns the questions asked and the final primary. */
function interview(full: Profile, primaryOf: PrimaryOf): { asked: QuestionId[]; primary: Kind } {
  let answers: Profile = {};
  const asked: QuestionId[] = [];
  for (;;) {
    const { next, primary } = plan(answers, primaryOf);
    if (next === undefined) return { asked, primary };
    asked.push(next);
    answers = { ...answers, [next]: full[next] ?? UNSURE };
  }
}

describe('planner rules (toy engines)', () => {
  it('asks only questions that can change the primary, and stops once one settles it', () => {
    const toy: PrimaryOf = (p) =>
      p.os_control === 'full' ? 'vm' : p.runtime === 'long' ? 'container' : 'serverless';
    expect(plan({}, toy).relevant.sort()).toEqual(['os_control', 'runtime']);
    expect(plan({ os_control: 'full' }, toy).next).toBeUndefined();
    expect(plan({ os_control: UNSURE }, toy).next).toBe('runtime');
  });

  it('finds questions that matter only together with another one (look-ahead)', () => {
    const toy: PrimaryOf = (p) => (p.traffic === 'steady' && p.ops === 'full' ? 'vm' : 'serverless');
    expect(plan({}, toy, { depth: 1 }).next).toBeUndefined();
    expect(plan({}, toy).relevant.sort()).toEqual(['ops', 'traffic']);
    expect(plan({ traffic: 'bursty' }, toy).next).toBeUndefined();
  });

  it('checks three-way interactions before it stops', () => {
    const toy: PrimaryOf = (p) =>
      p.traffic === 'steady' && p.ops === 'full' && p.state === 'local' ? 'vm' : 'serverless';
    expect(plan({}, toy, { finalCheck: false }).next).toBeUndefined();
    expect(plan({}, toy).relevant.sort()).toEqual(['ops', 'state', 'traffic']);
  });

  it('prefers the question whose answers leave the least to ask', () => {
    // runtime alone decides between three kinds; latency only flips one case.
    const toy: PrimaryOf = (p) =>
      p.runtime === 'long'
        ? 'container'
        : p.runtime === 'always_on'
          ? 'vm'
          : p.latency === 'sensitive'
            ? 'container'
            : 'serverless';
    expect(plan({}, toy).next).toBe('runtime');
  });
});

describe('planner with the real engine', () => {
  const primaryOf = memoPrimary((p) => recommend(p).primary);

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
