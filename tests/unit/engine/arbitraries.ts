// Profile generators for property tests: any subset of questions, each with any option or `unsure`.
import fc from 'fast-check';
import {
  DETAIL_OPTIONS,
  type Details,
  type FullProfile,
  type Profile,
  QUESTION_IDS,
  QUESTION_OPTIONS,
  UNSURE,
} from '../../../src/domain.js';

export const partialProfile: fc.Arbitrary<Profile> = fc
  .tuple(
    ...QUESTION_IDS.map((q) =>
      fc.option(fc.constantFrom<string>(...QUESTION_OPTIONS[q], UNSURE), { nil: undefined }),
    ),
  )
  .map((answers) => {
    const p: Record<string, string> = {};
    answers.forEach((a, i) => {
      if (a !== undefined) p[QUESTION_IDS[i] as string] = a;
    });
    return p as Profile;
  });

/** Every fully answered profile (4·3·3·3·3·3·3·2·2·3 = 34,992), for exhaustive checks. */
export function* allFullProfiles(): Generator<FullProfile> {
  const idx = QUESTION_IDS.map(() => 0);
  for (;;) {
    yield Object.fromEntries(
      QUESTION_IDS.map((q, i) => [q, QUESTION_OPTIONS[q][idx[i] ?? 0]]),
    ) as FullProfile;
    let i = QUESTION_IDS.length - 1;
    for (; i >= 0; i--) {
      const q = QUESTION_IDS[i] as (typeof QUESTION_IDS)[number];
      idx[i] = (idx[i] ?? 0) + 1;
      if ((idx[i] ?? 0) < QUESTION_OPTIONS[q].length) break;
      idx[i] = 0;
    }
    if (i < 0) return;
  }
}

/** Details as a description may give them: any set of hardware needs, an OS family, or neither. */
export const details: fc.Arbitrary<Details> = fc
  .record(
    {
      hardware: fc.uniqueArray(fc.constantFrom(...DETAIL_OPTIONS.hardware), { maxLength: 3 }),
      os_family: fc.constantFrom(...DETAIL_OPTIONS.os_family),
    },
    { requiredKeys: [] },
  )
  .map((d) => d as Details);
