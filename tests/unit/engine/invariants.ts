// The contract's promises about one recommendation (docs/contract.md §3 and its platforms), as a reusable check
// that returns the broken promises so property tests can report them with the input that broke them.
import {
  type Details,
  KIND_IDS,
  PLATFORM_IDS,
  PLATFORM_KIND,
  type PlatformId,
  type Profile,
  QUESTION_IDS,
  type QuestionId,
  Recommendation,
  UNSURE,
} from '../../../src/domain.js';

const EC2_CAPACITY = /\bon EC2\b|EC2 capacity|Managed Instances|EKS Auto Mode|node groups|container hosts/i;
/** Accelerator families or GPUs, claimed by services or rationale (blockers may say what is missing). */
export const GPU_CLAIM = /\bGPU|\(P, G|\bTrn\b|\bInf\b/;
export const DEDICATED_CLAIM = /Dedicated (Hosts?|Instances?)/;

export function broken(profile: Profile, rec: Recommendation, details: Details = {}): string[] {
  const out: string[] = [];
  const said = (q: QuestionId, ...opts: string[]) => opts.includes(profile[q] ?? '');
  const hardware = details.hardware ?? [];
  const not = (...ps: PlatformId[]) => {
    if (ps.includes(rec.platform)) out.push(`${JSON.stringify(details)} gave ruled-out ${rec.platform}`);
  };
  const parsed = Recommendation.safeParse(rec);
  if (!parsed.success) out.push(`schema: ${parsed.error.message}`);
  const kinds = rec.ranking.map((r) => r.kind);
  if (kinds.length !== 3 || new Set(kinds).size !== 3 || !KIND_IDS.every((k) => kinds.includes(k))) {
    out.push('ranking must hold each kind once');
  }
  const ids = rec.platforms.map((p) => p.platform);
  if (ids.length !== 6 || !PLATFORM_IDS.every((p) => ids.includes(p)))
    out.push('platforms must hold each once');
  if (rec.platforms[0]?.platform !== rec.platform) out.push('platform must rank first');
  if (PLATFORM_KIND[rec.platform] !== rec.primary) out.push("primary must be the platform's kind");
  if (rec.platforms.some((p) => PLATFORM_KIND[p.platform] !== p.kind))
    out.push('a platform has the wrong kind');
  if ((rec.platforms[0]?.blockers.length ?? 1) > 0) out.push('the chosen platform is blocked');
  for (const list of [rec.ranking, rec.platforms]) {
    const firstBlocked = list.findIndex((r) => r.blockers.length > 0);
    if (firstBlocked >= 0 && list.slice(firstBlocked).some((r) => r.blockers.length === 0)) {
      out.push('a blocked entry ranks above an unblocked one');
    }
    list.forEach((r, i) => {
      if (!Number.isInteger(r.score) || r.score < 0 || r.score > 100)
        out.push(`score ${r.score} out of range`);
      const next = list[i + 1];
      if (next && next.score > r.score) out.push('scores must not increase down the ranking');
    });
  }
  if (rec.ranking[0]?.kind !== rec.primary) out.push('primary must rank first');
  for (const k of rec.ranking) {
    const mine = rec.platforms.filter((p) => p.kind === k.kind);
    if (k.score !== mine[0]?.score) out.push(`${k.kind} must score as its best platform`);
    const allBlocked = mine.every((p) => p.blockers.length > 0);
    if (allBlocked !== k.blockers.length > 0) out.push(`${k.kind} blocked iff all its platforms are`);
  }
  // What the facts rule out, platform by platform.
  if (said('runtime', 'long', 'always_on')) not('lambda', 'lambda_managed');
  if (said('compute', 'large')) not('lambda');
  if (said('compute', 'special') || hardware.length > 0) {
    not('lambda', 'lambda_managed', 'fargate');
    if (rec.services.some((s) => /fargate/i.test(s))) out.push('special compute suggested Fargate');
  }
  if (said('os_control', 'full')) not('lambda', 'lambda_managed', 'fargate');
  if (said('state', 'local')) not('lambda', 'lambda_managed');
  if (said('isolation', 'strong')) not('lambda_managed', 'containers_on_ec2');
  if (said('isolation', 'dedicated') && rec.platform !== 'ec2_dedicated')
    out.push('dedicated isolation did not give ec2_dedicated');
  if (rec.platform === 'ec2_dedicated' && !said('isolation', 'dedicated') && !hardware.includes('bare_metal'))
    out.push('ec2_dedicated chosen without dedicated isolation or bare metal');
  if (details.os_family === 'windows') not('lambda', 'lambda_managed');
  // Services and rationale name only what the workload needs.
  const claims = `${rec.services.join(' ')} ${Object.values(rec.rationale).join(' ')}`;
  if (GPU_CLAIM.test(claims) !== hardware.includes('gpu'))
    out.push('GPU families named iff the hardware is GPUs');
  if (DEDICATED_CLAIM.test(claims) && !said('isolation', 'dedicated'))
    out.push('Dedicated Hosts without dedicated isolation');
  if (details.os_family === 'windows' && /Linux per second/.test(claims))
    out.push('Linux billing claimed for Windows');
  if (said('isolation', 'strong') && rec.services.some((s) => EC2_CAPACITY.test(s))) {
    out.push('strong isolation suggested shared-kernel EC2 capacity');
  }
  if (rec.services.some((s) => /app runner/i.test(s))) out.push('App Runner is closed to new customers');
  if (new Set(rec.services).size !== rec.services.length) out.push('duplicate services');
  const unanswered = QUESTION_IDS.filter(
    (q) => (profile[q] === undefined || profile[q] === UNSURE) && !(q === 'compute' && hardware.length > 0),
  );
  if (rec.assumptions.map((a) => a.question).join() !== unanswered.join()) {
    out.push('assumptions must list exactly the unanswered and unsure questions');
  }
  const urls = rec.sources.map((s) => s.url);
  if (rec.sources.length === 0) out.push('no sources');
  if (urls.some((u) => !u.startsWith('https://docs.aws.amazon.com/'))) out.push('source outside AWS docs');
  if (new Set(urls).size !== urls.length) out.push('duplicate sources');
  return out;
}
