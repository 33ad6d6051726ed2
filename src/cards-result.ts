// The result cards: the recommendation (first element id `recommendation:<primary>`), its details
// and the side-by-side comparison of all three kinds. Plain text; renderers escape it.
//
// The recommendation is built for a glance: the first screen holds the verdict, how the three kinds
// compare and the chosen kind on the three axes (isolation, resources, maintenance); cost, scaling,
// assumptions and every ruled-out reason wait behind "Details".
import { KINDS } from '../knowledge/kinds.js';
import { optionLabel } from '../knowledge/questions.js';
import type { Card, CardElement, DetailElement } from './card.js';
import { choice, TOPIC } from './cards.js';
import { firstClause, firstSentence, kindLabel, verdict } from './cards-words.js';
import type { Kind, RankingEntry, Recommendation } from './domain.js';

/** A runner-up this many points (or fewer) behind the best fit is a close call, and the card says so. */
export const CLOSE_CALL_POINTS = 5;
/** Sources shown on the card itself; the answer to "why" is in the text, these are for checking it. */
const MAX_SOURCES = 6;

/** The axes the card shows at a glance (their first sentence); the rest of each waits in the details. */
const GLANCE_AXES = new Set(['isolation', 'resources', 'maintenance']);

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** What each kind trades, for a kind that fits but is not the pick: one line, no workload claims. */
const TRADE_OFF: Record<Kind, string> = {
  vm: 'the most control, and the most upkeep',
  container: 'your own images; AWS or your team runs the hosts',
  serverless: 'the least upkeep, within Lambda’s limits',
};

function comparisonLine(rec: Recommendation, r: RankingEntry): string {
  const name = kindLabel(r.kind);
  if (r.blockers.length > 0) return `✗ ${name} — ruled out: ${firstClause(r.blockers[0] ?? '')}`;
  if (r.kind === rec.primary) return `✓ ${name} — ${r.score}/100, the best fit`;
  return `• ${name} — ${r.score}/100: ${TRADE_OFF[r.kind]}`;
}

function runnerUpOf(rec: Recommendation): RankingEntry | undefined {
  return rec.ranking.find((r) => r.kind !== rec.primary && r.blockers.length === 0);
}

function closeCall(rec: Recommendation): string | undefined {
  const best = rec.ranking.find((r) => r.kind === rec.primary);
  const next = runnerUpOf(rec);
  if (!best || !next || best.score - next.score > CLOSE_CALL_POINTS) return undefined;
  const gap = best.score - next.score;
  const behind = gap === 0 ? 'level with it' : `${gap} point${gap === 1 ? '' : 's'} behind`;
  return `Close call: ${kindLabel(next.kind)} scores ${next.score}/100, ${behind}. Either fits; compare the two before you commit.`;
}

/** Everything behind "Details": the full reasoning on each axis, cost, scaling, ruled-out, assumed. */
function detailElements(rec: Recommendation): DetailElement[] {
  const { fit: _fit, platform: _sibling, ...byAxis } = rec.rationale;
  const lonely = runnerUpOf(rec) === undefined;
  const out: DetailElement[] = [];
  for (const [axis, full] of Object.entries(byAxis)) {
    // The three axes already show their first sentence above; here only what follows it.
    const shown = GLANCE_AXES.has(axis) ? firstSentence(full) : '';
    let rest = full.slice(shown.length).trim();
    // With both others ruled out there is no runner-up to weigh.
    if (lonely)
      rest = rest
        .split(/(?<=[.!?])\s+/)
        .filter((x) => !/runner-up/i.test(x))
        .join(' ');
    if (rest) out.push({ type: 'text', text: `${capital(axis)}: ${rest}` });
  }
  for (const r of rec.ranking) {
    if (r.kind === rec.primary || r.blockers.length === 0) continue;
    out.push({ type: 'text', text: `Why not ${kindLabel(r.kind)}: ${r.blockers.join(' ')}` });
  }
  const assumed = rec.assumptions.map((x) => `${TOPIC[x.question]} — ${optionLabel(x.question, x.assumed)}`);
  if (assumed.length > 0)
    out.push({
      type: 'text',
      muted: true,
      text: `Assumed (not answered, or not sure): ${assumed.join('; ')}`,
    });
  return out;
}

export interface RecommendationCardOptions {
  canGoBack?: boolean;
  /** Interview buttons (default true); a card shared to a channel has none, as only the owner may press them. */
  actions?: boolean;
}

export function recommendationCard(rec: Recommendation, options: RecommendationCardOptions = {}): Card {
  const title = verdict(rec);
  const close = closeCall(rec);
  // `platform` is the engine's line on the sibling platform of the same kind ("Not Fargate: …").
  const { fit, platform: sibling, isolation, resources, maintenance } = rec.rationale;
  const elements: CardElement[] = [
    { type: 'header', id: `recommendation:${rec.primary}`, text: `Recommendation: ${title}` },
  ];
  elements.push({ type: 'text', text: fit ?? KINDS[rec.primary].short });
  if (sibling) elements.push({ type: 'text', muted: true, text: sibling });
  if (close) elements.push({ type: 'text', weight: 'bold', text: close });
  elements.push(
    {
      type: 'text',
      id: 'recommendation:compare',
      text: rec.ranking.map((r) => comparisonLine(rec, r)).join('\n'),
    },
    {
      type: 'fields',
      id: 'recommendation:axes',
      fields: [
        { label: 'Isolation', value: firstSentence(isolation) },
        { label: 'Resources', value: firstSentence(resources) },
        { label: 'Maintenance', value: firstSentence(maintenance) },
      ],
    },
    { type: 'text', weight: 'bold', text: `Start with: ${rec.services.join('; ')}` },
    { type: 'details', id: 'recommendation:details', elements: detailElements(rec) },
  );
  if (rec.sources.length > 0)
    elements.push({ type: 'links', id: 'recommendation:sources', links: rec.sources.slice(0, MAX_SOURCES) });
  if (options.actions !== false) {
    elements.push({
      type: 'choices',
      id: 'recommendation:actions',
      choices: [
        choice('Details', { action: 'details' }, 'primary'),
        choice('Compare', { action: 'compare' }),
        choice('Share', { action: 'share' }),
      ],
    });
    // Undoing is a separate row from reading on: a phone shows two short rows whole.
    elements.push({
      type: 'choices',
      id: 'recommendation:nav',
      choices: [
        ...(options.canGoBack ? [choice('Back', { action: 'back' } as const)] : []),
        choice('Restart', { action: 'restart' }),
      ],
    });
  }
  const runnerUp = runnerUpOf(rec);
  const second = runnerUp ? ` Runner-up: ${kindLabel(runnerUp.kind)}${close ? ' (a close call)' : ''}.` : '';
  const fallback = `Recommendation: ${title}.${second} Start with: ${rec.services.join('; ')}.`;
  return { kind: 'recommendation', fallbackText: fallback, elements };
}

/** The details as a card of their own, for a platform whose card cannot reveal them in place. */
export function detailsCard(rec: Recommendation): Card {
  const title = `Details: ${verdict(rec)}`;
  return {
    kind: 'details',
    fallbackText: `${title} — cost, scaling, assumptions and what rules the others out.`,
    elements: [
      { type: 'header', id: `details:${rec.primary}`, text: title },
      ...detailElements(rec),
      ...(rec.sources.length > 0
        ? [{ type: 'links' as const, id: 'details:sources', links: rec.sources.slice(0, MAX_SOURCES) }]
        : []),
    ],
  };
}

/** All three kinds side by side: score, blockers, and the three axes in a sentence each. */
export function comparisonCard(rec: Recommendation, options: { interim?: boolean } = {}): Card {
  // Mid-interview the ranking rests partly on assumptions and the result cannot be shared yet.
  const interim = options.interim === true;
  const elements: CardElement[] = [
    {
      type: 'header',
      id: `comparison:${rec.primary}`,
      text: interim ? 'All three kinds, from the answers so far' : 'All three kinds for this workload',
    },
  ];
  rec.ranking.forEach((r, i) => {
    const info = KINDS[r.kind];
    const verdictLine = r.blockers.length > 0 ? `Ruled out: ${r.blockers.join(' ')}` : 'No blockers.';
    elements.push(
      {
        type: 'text',
        weight: 'bold',
        text: `${i + 1}. ${info.name} — ${r.score}/100${r.kind === rec.primary ? (interim ? ' (leading so far)' : ' (recommended)') : ''}`,
      },
      { type: 'text', text: verdictLine },
      {
        type: 'fields',
        fields: [
          { label: 'Isolation', value: info.isolation },
          { label: 'Resources', value: info.resources },
          { label: 'Maintenance', value: info.maintenance },
        ],
      },
    );
  });
  elements.push({
    type: 'choices',
    id: 'comparison:actions',
    choices: [
      ...(interim ? [] : [choice('Share', { action: 'share' })]),
      choice('Restart', { action: 'restart' }),
    ],
  });
  const summary = rec.ranking
    .map((r) => `${kindLabel(r.kind)} ${r.score}/100${r.blockers.length ? ' (ruled out)' : ''}`)
    .join('; ');
  return { kind: 'comparison', fallbackText: `Comparison: ${summary}`, elements };
}
