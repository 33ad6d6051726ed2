// Property tests over every profile (issue 2): partial profiles with `unsure` by fast-check, and every
// fully answered profile exhaustively (34,992 of them, well under a second).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUESTION_IDS } from '../../../src/domain.js';
import { DEFAULTS, evaluate, primaryOf, recommend, resolveProfile } from '../../../src/engine.js';
import { allFullProfiles, partialProfile } from './arbitraries.js';
import { broken } from './invariants.js';

describe('recommend: properties', () => {
  it('keeps every promise for arbitrary partial profiles (with unsure)', () => {
    fc.assert(
      fc.property(partialProfile, (profile) => {
        expect(broken(profile, recommend(profile))).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps every promise for every fully answered profile', () => {
    let n = 0;
    for (const profile of allFullProfiles()) {
      const problems = broken(profile, recommend(profile));
      if (problems.length > 0) expect.fail(`${JSON.stringify(profile)}: ${problems.join('; ')}`);
      n++;
    }
    expect(n).toBe(34_992);
  });

  it('is deterministic and does not share mutable output between calls', () => {
    fc.assert(
      fc.property(partialProfile, (profile) => {
        const a = recommend(profile);
        a.services.push('mutated');
        a.ranking.reverse();
        expect(recommend(profile)).toEqual(recommend(profile));
        expect(recommend(profile).services).not.toContain('mutated');
      }),
      { numRuns: 300 },
    );
  });

  it('unsure counts as unanswered: the same result as leaving the question out', () => {
    fc.assert(
      fc.property(partialProfile, (profile) => {
        const withoutUnsure = Object.fromEntries(Object.entries(profile).filter(([, a]) => a !== 'unsure'));
        expect(recommend(profile)).toEqual(recommend(withoutUnsure));
      }),
      { numRuns: 500 },
    );
  });

  it('resolveProfile fills exactly the unanswered questions with DEFAULTS', () => {
    fc.assert(
      fc.property(partialProfile, (profile) => {
        const { full, assumptions } = resolveProfile(profile);
        for (const q of QUESTION_IDS) {
          const answered = profile[q] !== undefined && profile[q] !== 'unsure';
          expect(full[q]).toBe(answered ? profile[q] : DEFAULTS[q]);
          expect(assumptions.some((a) => a.question === q)).toBe(!answered);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('evaluate agrees with recommend on order, scores and blockers', () => {
    fc.assert(
      fc.property(partialProfile, (profile) => {
        const rec = recommend(profile);
        expect(evaluate(profile).map(({ kind, score, blockers }) => ({ kind, score, blockers }))).toEqual(
          rec.ranking,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('primaryOf, the planner fast path, always agrees with recommend', () => {
    fc.assert(
      fc.property(partialProfile, (profile) => {
        expect(primaryOf(profile)).toBe(recommend(profile).primary);
      }),
      { numRuns: 3000 },
    );
    for (const profile of allFullProfiles()) {
      if (primaryOf(profile) !== recommend(profile).primary) expect.fail(JSON.stringify(profile));
    }
  });
});
