// The engine's platform for every profile without special details, precomputed. A question is either
// answered with one of its options or left to its default (unanswered, "not sure" and an unknown
// option are the same to the engine), so there are ∏(options + 1) = 737,280 profiles: one byte each.
// The planner asks the engine about thousands of them to choose or to stop (planner.ts); with the
// table each is an index computation and a read instead of a scoring pass, which is what keeps a
// turn after a description — a profile off the plan table — from holding the event loop.
// Built by `npm run build` beside the compiled server, installed at start-up (adapters/server/).
import {
  PLATFORM_IDS,
  type PlatformId,
  type Profile,
  QUESTION_IDS,
  QUESTION_OPTIONS,
  type QuestionId,
} from './domain.js';
import type { IndexedOutcomes } from './planner.js';
import { readTable, writeTable } from './table-file.js';

export type PlatformTable = Uint8Array;

/** Each question's options, by their position + 1 (0: left to the default). */
const POSITIONS = QUESTION_IDS.map(
  (q) => new Map<string, number>(QUESTION_OPTIONS[q].map((o, i) => [o, i + 1])),
);
const RADIX = QUESTION_IDS.map((q) => QUESTION_OPTIONS[q].length + 1);
const SIZE = RADIX.reduce((a, b) => a * b, 1);
/** What one step of each question's digit adds to a profile's index (the last question's is 1). */
const WEIGHTS = RADIX.map((_, i) => RADIX.slice(i + 1).reduce((a, b) => a * b, 1));
const WEIGHT_OF = new Map<QuestionId, number>(QUESTION_IDS.map((q, i) => [q, WEIGHTS[i] as number]));

/** A platform picker that the planner can also address by profile number (planner.ts IndexedOutcomes). */
export type IndexedPlatforms = ((profile: Profile) => PlatformId) & { indexed: IndexedOutcomes };

function indexedPlatforms(at: (index: number) => PlatformId): IndexedPlatforms {
  const byProfile = (profile: Profile): PlatformId => at(indexOf(profile));
  return Object.assign(byProfile, {
    indexed: {
      indexOf,
      step: (q: QuestionId, position: number) => (position + 1) * (WEIGHT_OF.get(q) as number),
      at,
    },
  });
}

function indexOf(profile: Profile): number {
  let index = 0;
  for (let i = 0; i < QUESTION_IDS.length; i++) {
    const answer = profile[QUESTION_IDS[i] as keyof Profile];
    index =
      index * (RADIX[i] as number) +
      (answer === undefined ? 0 : ((POSITIONS[i] as Map<string, number>).get(answer) ?? 0));
  }
  return index;
}

/** The profile at `index` (the inverse of indexOf, with defaults left out). */
function profileAt(index: number): Profile {
  const profile: Record<string, string> = {};
  for (let i = QUESTION_IDS.length - 1; i >= 0; i--) {
    const radix = RADIX[i] as number;
    const position = index % radix;
    index = (index - position) / radix;
    const q = QUESTION_IDS[i] as keyof typeof QUESTION_OPTIONS;
    if (position > 0) profile[q] = QUESTION_OPTIONS[q][position - 1] as string;
  }
  return profile as Profile;
}

export function buildPlatformTable(platformOf: (profile: Profile) => PlatformId): PlatformTable {
  const table = new Uint8Array(SIZE);
  for (let i = 0; i < SIZE; i++) table[i] = PLATFORM_IDS.indexOf(platformOf(profileAt(i)));
  return table;
}

/**
 * `platformOf` remembered per profile in a table of the same shape, filled as profiles are asked
 * about: for details the built table does not cover (special hardware, Windows). A profile's index
 * is a few multiplications, where a string key per call cost the planner a seventh of its time.
 */
export function lazyPlatforms(platformOf: (profile: Profile) => PlatformId): IndexedPlatforms {
  const known = new Uint8Array(SIZE); // 0: not asked yet, else the platform's position + 1
  return indexedPlatforms((i) => {
    const seen = known[i] as number;
    if (seen > 0) return PLATFORM_IDS[seen - 1] as PlatformId;
    const platform = platformOf(profileAt(i));
    known[i] = PLATFORM_IDS.indexOf(platform) + 1;
    return platform;
  });
}

/** The built table as a platform picker. */
export function tablePlatforms(table: PlatformTable): IndexedPlatforms {
  return indexedPlatforms((i) => PLATFORM_IDS[table[i] as number] as PlatformId);
}

/** What the table was built for: the questions, their options and the platforms, in order. */
const BUILT_FOR = `${QUESTION_IDS.map((q) => `${q}=${QUESTION_OPTIONS[q].join(',')}`).join(';')}|${PLATFORM_IDS.join(',')}`;

/** One byte per profile, behind the tables' header (table-file.ts). */
export function encodePlatformTable(table: PlatformTable): Uint8Array {
  return writeTable('p1', BUILT_FOR, table.length, table);
}

/** The table written by encodePlatformTable, or undefined when it is for other questions or damaged. */
export function decodePlatformTable(bytes: Uint8Array): PlatformTable | undefined {
  const read = readTable(bytes, 'p1', BUILT_FOR);
  if (!read || read.count !== SIZE || read.data.length !== SIZE) return undefined;
  // The bytes as read (the caller's buffer, not a copy), once each holds a platform.
  const table = read.data;
  for (let i = 0; i < table.length; i++) if ((table[i] as number) >= PLATFORM_IDS.length) return undefined;
  return table;
}
