// extract and looksLikeQuestion on arbitrary strings (any code unit, lone surrogates included): no
// throw, and a profile the schema accepts. robustness.test.ts runs a few dozen cases,
// robustness.slow.test.ts (`npm run test:slow`) a few hundred.
import fc from 'fast-check';
import { expect } from 'vitest';
import { ProfileSchema } from '../../../src/domain.js';
import { extract, looksLikeQuestion } from '../../../src/extract.js';

export const neverThrows = fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
  const r = extract(s);
  expect(ProfileSchema.safeParse(r.answers).success).toBe(true);
  looksLikeQuestion(s);
});
