// The contract's promises about one recommendation (SPEC §3, issue 2), as a reusable check that
// returns the broken promises so property tests can report them with the profile that broke them.
import {
  KIND_IDS,
  type Profile,
  QUESTION_IDS,
  type QuestionId,
  Recommendation,
  UNSURE,
} from '../../../src/domain.js';

const EC2_CAPACITY = /\bon EC2\b|EC2 capacity|Managed Instances|EKS Auto Mode/i;

export function broken(profile: Profile, rec: Recommendation): string[] {
  const out: string[] = [];
  const said = (q: QuestionId, ...opts: string[]) => opts.includes(profile[q] ?? '');
  const parsed = Recommendation.safeParse(rec);
  if (!parsed.success) out.push(`schema: ${parsed.error.message}`);
  const kinds = rec.ranking.map((r) => r.kind);
  if (kinds.length !== 3 || new Set(kinds).size !== 3 || !KIND_IDS.every((k) => kinds.includes(k))) {
    out.push('ranking must hold each kind once');
  }
  if (rec.ranking[0]?.kind !== rec.primary) out.push('primary must rank first');
  if ((rec.ranking[0]?.blockers.length ?? 1) > 0) out.push('primary is blocked');
  const firstBlocked = rec.ranking.findIndex((r) => r.blockers.length > 0);
  if (firstBlocked >= 0 && rec.ranking.slice(firstBlocked).some((r) => r.blockers.length === 0)) {
    out.push('a blocked kind ranks above an unblocked one');
  }
  rec.ranking.forEach((r, i) => {
    if (!Number.isInteger(r.score) || r.score < 0 || r.score > 100) out.push(`score ${r.score} out of range`);
    const next = rec.ranking[i + 1];
    if (next && next.score > r.score) out.push('scores must not increase down the ranking');
  });
  if (said('runtime', 'long', 'always_on') && rec.primary === 'serverless')
    out.push('long/always_on gave serverless');
  if (said('compute', 'special')) {
    if (rec.primary === 'serverless') out.push('special compute gave serverless');
    if (rec.services.some((s) => /fargate/i.test(s))) out.push('special compute suggested Fargate');
  }
  if (said('isolation', 'dedicated') && rec.primary !== 'vm') out.push('dedicated isolation did not give vm');
  if (said('os_control', 'full') && rec.primary !== 'vm') out.push('full OS control did not give vm');
  if (
    said('isolation', 'strong') &&
    !said('compute', 'special') &&
    rec.services.some((s) => EC2_CAPACITY.test(s))
  ) {
    out.push('strong isolation suggested shared-kernel EC2 capacity');
  }
  if (rec.services.some((s) => /app runner/i.test(s))) out.push('App Runner is closed to new customers');
  if (new Set(rec.services).size !== rec.services.length) out.push('duplicate services');
  const unanswered = QUESTION_IDS.filter((q) => profile[q] === undefined || profile[q] === UNSURE);
  if (rec.assumptions.map((a) => a.question).join() !== unanswered.join()) {
    out.push('assumptions must list exactly the unanswered and unsure questions');
  }
  const urls = rec.sources.map((s) => s.url);
  if (rec.sources.length === 0) out.push('no sources');
  if (urls.some((u) => !u.startsWith('https://docs.aws.amazon.com/'))) out.push('source outside AWS docs');
  if (new Set(urls).size !== urls.length) out.push('duplicate sources');
  return out;
}
