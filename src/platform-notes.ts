// The one line that says why not the sibling platform (the other platform of the same kind): when the
// sibling is ruled out, its first blocker ("Not Fargate: it refuses privileged containers…"); when it
// is a close call, the stated preference that separates the two. Pure: it reads standings only.
import { PLATFORMS } from '../knowledge/platforms.js';
import { PLATFORM_IDS, PLATFORM_KIND, type PlatformId } from './domain.js';

/** Raw points within which the sibling counts as a close call worth a line on the card. */
const CLOSE_CALL_POINTS = 12;

export type Standing = {
  platform: PlatformId;
  raw: number;
  /** Clauses of the blockers that rule it out ("it refuses privileged containers"), if any. */
  blockedBecause: readonly string[];
  /** Matched preferences by id; `assumed` when they rest on a default rather than an answer. */
  reasons: readonly { id: string; weight: number; reason: string; assumed: boolean }[];
};

/** The other platform of the same kind. */
export function siblingOf(platform: PlatformId): PlatformId {
  const kind = PLATFORM_KIND[platform];
  return PLATFORM_IDS.find((p) => p !== platform && PLATFORM_KIND[p] === kind) as PlatformId;
}

/** "Containers — ECS or EKS on EC2 capacity": the platform as a card names it. */
export const platformName = (p: PlatformId): string => PLATFORMS[p].name;

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** Lower-case a sentence's first letter unless it starts a name ("AWS", "EC2", "Lambda"). */
const uncapital = (s: string): string =>
  /^[A-Z][a-z]/.test(s) && !/^(Lambda|Fargate|Amazon|Kubernetes|Dedicated|Windows)\b/.test(s)
    ? s.charAt(0).toLowerCase() + s.slice(1)
    : s;

/** The stated preference whose weights set the chosen platform furthest above the sibling. */
function separatingReason(chosen: Standing, sibling: Standing): string | undefined {
  const stated = (s: Standing) => new Map(s.reasons.filter((r) => !r.assumed).map((r) => [r.id, r]));
  const mine = stated(chosen);
  const theirs = stated(sibling);
  let best: { gap: number; reason: string } | undefined;
  for (const id of new Set([...mine.keys(), ...theirs.keys()])) {
    const a = mine.get(id);
    const b = theirs.get(id);
    const gap = (a?.weight ?? 0) - (b?.weight ?? 0);
    if (gap <= 0) continue;
    // Say it from the side that moved: the chosen platform's advantage, or the sibling's drawback.
    const reason = a && a.weight > 0 ? a.reason : (b?.reason ?? a?.reason);
    if (reason && (!best || gap > best.gap)) best = { gap, reason };
  }
  return best?.reason;
}

/** "Not Fargate: it refuses privileged containers." — or undefined when the sibling is no close call. */
export function siblingNote(chosen: Standing, sibling: Standing): string | undefined {
  const label = PLATFORMS[sibling.platform].label;
  const [because] = sibling.blockedBecause;
  if (because !== undefined) return `Not ${label}: ${because}.`;
  if (chosen.raw - sibling.raw > CLOSE_CALL_POINTS) return undefined;
  const reason = separatingReason(chosen, sibling);
  return reason === undefined
    ? `${capital(label)} is a close second.`
    : `${capital(label)} is a close second; here ${uncapital(reason)}`;
}
