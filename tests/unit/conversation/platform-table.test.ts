// The platform table indexes every profile without special details once, reads back from its
// bytes and refuses foreign or damaged bytes. The shipped table against the engine, and interviews
// with it installed, are checked in plan-table.slow.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { INTERVIEW_PLAN, installPlatformTable } from '../../../src/conversation-flow.js';
import {
  PLATFORM_IDS,
  type PlatformId,
  type Profile,
  QUESTION_IDS,
  QUESTION_OPTIONS,
  UNSURE,
} from '../../../src/domain.js';
import { plan } from '../../../src/planner.js';
import {
  buildPlatformTable,
  decodePlatformTable,
  encodePlatformTable,
  lazyPlatforms,
  tablePlatforms,
} from '../../../src/platform-table.js';
import { randomProfiles } from '../../support/plan-reference.js';

/** A stand-in engine that tells every profile apart (a hash of its answers), to check the indexing. */
function fingerprintOf(profile: Profile): PlatformId {
  let h = 7;
  for (const q of QUESTION_IDS) {
    const a = profile[q];
    const options: readonly string[] = QUESTION_OPTIONS[q];
    h = (h * 31 + (a === undefined || !options.includes(a) ? 0 : options.indexOf(a) + 1)) % 1_000_003;
  }
  return PLATFORM_IDS[h % PLATFORM_IDS.length] as PlatformId;
}

afterEach(() => installPlatformTable(undefined));

describe('platform table', () => {
  const table = buildPlatformTable(fingerprintOf);
  const platformFrom = (built: typeof table, profile: Profile) => tablePlatforms(built)(profile);

  it('finds each profile where it was built, whatever leaves a question to its default', () => {
    for (const profile of randomProfiles(5_000, 3))
      expect(platformFrom(table, profile)).toBe(fingerprintOf(profile));
    // Unanswered, "not sure" and an unknown option are the same to the engine, and to the table.
    const q = QUESTION_IDS[0] as keyof typeof QUESTION_OPTIONS;
    const base = {
      [QUESTION_IDS[1] as string]: QUESTION_OPTIONS[QUESTION_IDS[1] as keyof typeof QUESTION_OPTIONS][0],
    };
    const open = platformFrom(table, base as Profile);
    expect(platformFrom(table, { ...base, [q]: UNSURE } as Profile)).toBe(open);
    expect(platformFrom(table, { ...base, [q]: 'no-such-option' } as unknown as Profile)).toBe(open);
  });

  it('reads back from its bytes, and refuses bytes that are damaged or built for other questions', () => {
    const bytes = encodePlatformTable(table);
    const decoded = decodePlatformTable(bytes);
    // Byte for byte (a deep toEqual over 737,280 entries takes seconds).
    expect(decoded && Buffer.from(decoded).equals(Buffer.from(table))).toBe(true);
    expect(decodePlatformTable(bytes.subarray(0, bytes.length - 1))).toBeUndefined();
    const foreign = bytes.slice();
    foreign[4] = foreign[4] === 0x30 ? 0x31 : 0x30; // a digit of the fingerprint
    expect(decodePlatformTable(foreign)).toBeUndefined();
    const unknownPlatform = bytes.slice();
    unknownPlatform[unknownPlatform.length - 1] = PLATFORM_IDS.length;
    expect(decodePlatformTable(unknownPlatform)).toBeUndefined();
  });

  it('remembered lazily (special details), answers as the engine does and asks it once per profile', () => {
    let calls = 0;
    const remembered = lazyPlatforms((profile) => {
      calls++;
      return fingerprintOf(profile);
    });
    const profiles = randomProfiles(3_000, 5);
    for (const profile of profiles) expect(remembered(profile)).toBe(fingerprintOf(profile));
    const asked = calls;
    for (const profile of profiles) remembered({ ...profile });
    expect(calls).toBe(asked);
  });

  it('lets the planner walk completions by number and plan exactly as it does over profiles', () => {
    const byNumber = tablePlatforms(table);
    const byProfile = (profile: Profile) => fingerprintOf(profile);
    for (const answers of randomProfiles(60, 9)) {
      expect(plan(answers, byNumber, INTERVIEW_PLAN), JSON.stringify(answers)).toEqual(
        plan(answers, byProfile, INTERVIEW_PLAN),
      );
    }
    // Outcomes that change only jointly: the planner must read every completion (settled, tallies).
    const jointly = (profile: Profile): PlatformId =>
      profile.runtime === 'long' && profile.traffic === 'steady' && profile.ops === 'full' ? 'ec2' : 'lambda';
    const jointTable = tablePlatforms(buildPlatformTable(jointly));
    for (const answers of [{}, ...randomProfiles(40, 12)])
      expect(plan(answers, jointTable, INTERVIEW_PLAN)).toEqual(plan(answers, jointly, INTERVIEW_PLAN));
    const remembered = lazyPlatforms(fingerprintOf);
    for (const answers of randomProfiles(30, 10))
      expect(plan(answers, remembered, INTERVIEW_PLAN)).toEqual(plan(answers, byProfile, INTERVIEW_PLAN));
  });
});
