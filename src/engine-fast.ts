// The winning platform without building anything: the planner asks it thousands of times per cold
// turn. The compiled rules (engine-compile.ts) become bit masks once — each condition pair a key's
// position and the bits of its allowed values — and a profile becomes one small integer per key, so a
// condition is an AND of masks and "rests on an assumption" is one AND of question bits. Same answer
// as bestPlatform() over the full situation, which the engine's property tests check on every profile.
import type { ConditionKey } from '../knowledge/rule-schema.js';
import {
  DETAIL_OPTIONS,
  type Details,
  PLATFORM_IDS,
  type PlatformId,
  type Profile,
  QUESTION_IDS,
  QUESTION_OPTIONS,
  type QuestionId,
} from './domain.js';
import type { CompiledPlatform, Test } from './engine-compile.js';

/** Every key a condition can test, in this order: the questions, then the details. */
const KEYS: readonly ConditionKey[] = [...QUESTION_IDS, 'hardware', 'os_family'];
const HARDWARE = KEYS.indexOf('hardware');
const OS_FAMILY = KEYS.indexOf('os_family');
const COMPUTE = KEYS.indexOf('compute');
/** Each key's values; a situation's value for a key is the bit of its position here. */
const VALUES: readonly (readonly string[])[] = [
  ...QUESTION_IDS.map((q) => QUESTION_OPTIONS[q] as readonly string[]),
  ['none', ...DETAIL_OPTIONS.hardware],
  DETAIL_OPTIONS.os_family,
];
const bit = (key: number, value: string): number => {
  const at = (VALUES[key] as readonly string[]).indexOf(value);
  return at < 0 ? 0 : 1 << at;
};

type Pair = { key: number; mask: number };
type FastRule = { pairs: Pair[]; dependsOn: number };
type FastPlatform = {
  platform: PlatformId;
  effects: (FastRule & { weight: number })[];
  blockers: FastRule[];
  tieRank: number;
};

function fastRule(test: Test): FastRule {
  const pairs: Pair[] = [];
  let dependsOn = 0;
  for (const [name, allowed] of test ?? []) {
    const key = KEYS.indexOf(name);
    let mask = 0;
    for (const value of allowed) mask |= bit(key, value);
    pairs.push({ key, mask });
    if (key >= 0 && key < QUESTION_IDS.length) dependsOn |= 1 << key;
  }
  return { pairs, dependsOn };
}

const holds = (rule: FastRule, values: Int32Array): boolean => {
  for (const { key, mask } of rule.pairs) if (((values[key] as number) & mask) === 0) return false;
  return true;
};

export interface FastScoring {
  base: number;
  assumedWeight: number;
}

/**
 * A platform picker over compiled rules and the answers assumed for open questions. It gives what
 * bestPlatform(compiled, situation(profile, details), assumed) gives.
 */
export function fastPlatformOf(
  compiled: Record<PlatformId, CompiledPlatform>,
  defaults: Readonly<Record<QuestionId, string>>,
  scoring: FastScoring,
): (profile: Profile, details?: Details) => PlatformId {
  const platforms: FastPlatform[] = PLATFORM_IDS.map((platform) => {
    const c = compiled[platform];
    return {
      platform,
      effects: c.effects.map((e) => ({ ...fastRule(e.when), weight: e.weight })),
      blockers: c.blockers.map((b) => fastRule(b.when)),
      tieRank: c.tieRank,
    };
  });
  const defaultBits = QUESTION_IDS.map((q, i) => bit(i, defaults[q]));
  const values = new Int32Array(KEYS.length);
  return (profile, details) => {
    let assumed = 0;
    for (let i = 0; i < QUESTION_IDS.length; i++) {
      const answer = profile[QUESTION_IDS[i] as QuestionId];
      const stated = answer === undefined ? 0 : bit(i, answer);
      if (stated === 0) assumed |= 1 << i;
      values[i] = stated === 0 ? (defaultBits[i] as number) : stated;
    }
    const named = (details?.hardware?.length ?? 0) > 0;
    let hardware = 0;
    for (const need of details?.hardware ?? []) hardware |= bit(HARDWARE, need);
    values[HARDWARE] = named ? hardware : bit(HARDWARE, 'none');
    // Named special hardware answers the compute question: it is what `special` means.
    if (named) {
      values[COMPUTE] = bit(COMPUTE, 'special');
      assumed &= ~(1 << COMPUTE);
    }
    values[OS_FAMILY] = bit(OS_FAMILY, details?.os_family ?? 'linux');

    let best: PlatformId = 'ec2_dedicated';
    let bestKey = Number.NEGATIVE_INFINITY;
    for (const p of platforms) {
      let raw = scoring.base;
      for (const e of p.effects)
        if (holds(e, values))
          raw += (e.dependsOn & assumed) !== 0 ? e.weight * scoring.assumedWeight : e.weight;
      let blocked = false;
      for (const b of p.blockers)
        if (holds(b, values)) {
          blocked = true;
          break;
        }
      const key = (blocked ? -1e9 : 0) + raw - p.tieRank * 1e-6;
      if (key > bestKey) {
        bestKey = key;
        best = p.platform;
      }
    }
    return best;
  };
}
