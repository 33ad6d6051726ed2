// The planner's platform picker (src/engine-fast.ts, bit masks) against the engine's full ranking:
// the same platform for any partial profile, with or without special details. The slow suite runs
// the same comparison on every full profile (properties.slow.test.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { platformOf, recommend } from '../../../src/engine.js';
import { details, partialProfile } from './arbitraries.js';

describe('platformOf over bit masks', () => {
  it('picks the platform recommend ranks first, for any partial profile and details', () => {
    fc.assert(
      fc.property(partialProfile, fc.option(details, { nil: undefined }), (profile, d) => {
        expect(platformOf(profile, d)).toBe(recommend(profile, d).platform);
      }),
      { numRuns: 1500 },
    );
  });
});
