// Property tests over every profile: partial profiles with `unsure` and details by fast-check, and every
// fully answered profile exhaustively (34,992 of them).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUESTION_IDS } from '../../../src/domain.js';
import { DEFAULTS, evaluate, platformOf, primaryOf, recommend, resolveProfile } from '../../../src/engine.js';
import { allFullProfiles, details, partialProfile } from './arbitraries.js';
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

  it('keeps every promise with details (special hardware, Windows) beside a partial profile', () => {
    fc.assert(
      fc.property(partialProfile, details, (profile, d) => {
        expect(broken(profile, recommend(profile, d), d)).toEqual([]);
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
      fc.property(partialProfile, details, (profile, d) => {
        const rec = recommend(profile, d);
        expect(
          evaluate(profile, d).map(({ platform, kind, score, blockers }) => ({
            platform,
            kind,
            score,
            blockers,
          })),
        ).toEqual(rec.platforms);
      }),
      { numRuns: 500 },
    );
  });

  it('platformOf and primaryOf, the planner fast paths, always agree with recommend', () => {
    fc.assert(
      fc.property(partialProfile, details, (profile, d) => {
        const rec = recommend(profile, d);
        expect(platformOf(profile, d)).toBe(rec.platform);
        expect(primaryOf(profile, d)).toBe(rec.primary);
      }),
      { numRuns: 3000 },
    );
    for (const profile of allFullProfiles()) {
      if (platformOf(profile) !== recommend(profile).platform) expect.fail(JSON.stringify(profile));
    }
  });
});
