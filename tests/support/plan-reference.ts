// The reference planner (no caches but the engine memo the planner has always used) and the
// profiles to compare the interview's cached fast path against: every profile an interview passes
// through for each public scenario, and a deterministic random sample of partial profiles.

import { INTERVIEW_PLAN } from '../../src/conversation-flow.js';
import { type Profile, QUESTION_IDS, QUESTION_OPTIONS, type QuestionId, UNSURE } from '../../src/domain.js';
import { DEFAULTS, platformOf } from '../../src/engine.js';
import { expectedRemaining, memoPrimary, type Plan, plan } from '../../src/planner.js';
import { scenarios } from './card-samples.js';
import { xorshiftUnit } from './xorshift.js';

const referencePrimary = memoPrimary((profile) => platformOf(profile));

export const referencePlan = (answers: Profile): Plan => plan(answers, referencePrimary, INTERVIEW_PLAN);
export const referenceRemaining = (answers: Profile, q: QuestionId): number =>
  expectedRemaining(answers, q, referencePrimary, DEFAULTS, INTERVIEW_PLAN);

/** The profiles an interview goes through when every question is answered from `full` (else unsure). */
function interviewPath(full: Profile, planOf: (answers: Profile) => Plan): Profile[] {
  const path: Profile[] = [];
  let answers: Profile = {};
  for (let guard = 0; guard <= QUESTION_IDS.length; guard++) {
    path.push(answers);
    const { next } = planOf(answers);
    if (next === undefined) break;
    answers = { ...answers, [next]: full[next] ?? UNSURE };
  }
  return path;
}

/** Each distinct profile once (every interview starts from the empty one, many share a prefix). */
export function scenarioProfiles(planOf: (answers: Profile) => Plan): Profile[] {
  const all = scenarios().flatMap((s) => interviewPath(s.answers, planOf));
  return [...new Map(all.map((p) => [JSON.stringify(Object.entries(p).sort()), p])).values()];
}

/** `count` partial profiles from a fixed seed (xorshift): each question open, unsure or an option. */
export function randomProfiles(count: number, seed = 7): Profile[] {
  const rnd = xorshiftUnit(seed);
  return Array.from({ length: count }, () => {
    const p: Record<string, string> = {};
    for (const q of QUESTION_IDS) {
      if (rnd() < 0.4) continue;
      const options = [...QUESTION_OPTIONS[q], UNSURE];
      p[q] = options[Math.floor(rnd() * options.length)] as string;
    }
    return p as Profile;
  });
}
