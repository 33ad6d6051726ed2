// The arbitrary-string property of robustness.test.ts with many more cases (`npm run test:slow`).
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { neverThrows } from './never-throws.js';

describe('extract on adversarial input', () => {
  it('never throws on arbitrary strings (property, 300 runs)', () => {
    fc.assert(neverThrows, { numRuns: 300 });
  });
});
