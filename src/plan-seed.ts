// The first turns of every interview are the same few profiles (the empty one, then one answer,
// then two). Their plans cost the planner hundreds of milliseconds the first time, which a freshly
// started server would spend on its first /virt. The build computes them once (this module, run by
// adapters/server/plan-seed.ts) and the server primes its caches from that seed at start-up.

import { planFor, remainingFor } from './conversation-flow.js';
import { type Profile, QUESTION_OPTIONS, UNSURE } from './domain.js';
import type { Plan } from './planner.js';

export interface SeedEntry {
  answers: Profile;
  plan: Plan;
  /** The progress hint for plan.next (absent when the interview is over). */
  remaining?: number;
}

/** Every profile reachable by answering the first `depth` questions (any option or unsure), planned. */
export function buildPlanSeed(depth: number): SeedEntry[] {
  const entries: SeedEntry[] = [];
  let frontier: Profile[] = [{}];
  for (let level = 0; level <= depth && frontier.length > 0; level++) {
    const nextFrontier: Profile[] = [];
    for (const answers of frontier) {
      const plan = planFor(answers);
      const { next } = plan;
      entries.push({
        answers,
        plan,
        ...(next === undefined ? {} : { remaining: remainingFor(answers, next) }),
      });
      if (next !== undefined)
        for (const a of [...QUESTION_OPTIONS[next], UNSURE]) nextFrontier.push({ ...answers, [next]: a });
    }
    frontier = nextFrontier;
  }
  return entries;
}

/** Fill the interview's caches from a seed; returns how many plans it held. */
export function primePlans(entries: readonly SeedEntry[]): number {
  for (const { answers, plan, remaining } of entries) {
    // JSON drops an undefined `next`; the planner's own result always has the key.
    planFor.prime([answers], { ...plan, next: plan.next });
    if (plan.next !== undefined && remaining !== undefined)
      remainingFor.prime([answers, plan.next], remaining);
  }
  return entries.length;
}
