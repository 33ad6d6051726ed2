// The result cards: the recommendation (first element id `recommendation:<primary>`, SPEC §6/§7)
// and the side-by-side comparison of all three kinds. Plain text; renderers escape it.
import { KINDS } from '../knowledge/kinds.js';
import { optionLabel } from '../knowledge/questions.js';
import type { Card, CardElement } from './card.js';
import { choice, TOPIC } from './cards.js';
import type { Kind, Recommendation } from './domain.js';

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const kindName = (k: Kind): string => KINDS[k].name;

function blockerLines(rec: Recommendation): string[] {
  return rec.ranking
    .filter((r) => r.kind !== rec.primary && r.blockers.length > 0)
    .map((r) => `${kindName(r.kind)}: ${r.blockers.join(' ')}`);
}

export interface RecommendationCardOptions {
  canGoBack?: boolean;
  /** Interview buttons (default true); a card shared to a channel has none, as only the owner may press them. */
  actions?: boolean;
}

export function recommendationCard(rec: Recommendation, options: RecommendationCardOptions = {}): Card {
  const best = rec.ranking.find((r) => r.kind === rec.primary);
  const runnerUp = rec.ranking.find((r) => r.kind !== rec.primary && r.blockers.length === 0);
  const ruledOut = blockerLines(rec);
  // Read top-down in a chat: the verdict, why, what to start with, what is ruled out; then the
  // reasoning on each axis for whoever wants it. `fit` is the engine's one-line "why this kind".
  const { fit, ...byAxis } = rec.rationale;
  const axes = Object.entries(byAxis).map(([axis, text]) => `${capital(axis)}: ${text}`);
  const assumed = rec.assumptions.map((x) => `${TOPIC[x.question]} — ${optionLabel(x.question, x.assumed)}`);
  const fields = [
    { label: 'Best fit', value: `${kindName(rec.primary)} — ${best?.score ?? 0}/100` },
    {
      label: 'Runner-up',
      value: runnerUp
        ? `${kindName(runnerUp.kind)} — ${runnerUp.score}/100`
        : 'none: both others are ruled out',
    },
  ];
  const elements: CardElement[] = [
    { type: 'header', id: `recommendation:${rec.primary}`, text: `Recommendation: ${kindName(rec.primary)}` },
    { type: 'text', text: KINDS[rec.primary].short },
    { type: 'fields', fields },
  ];
  if (fit) elements.push({ type: 'text', text: `Why: ${fit}` });
  elements.push({ type: 'text', weight: 'bold', text: `Start with: ${rec.services.join('; ')}` });
  if (ruledOut.length > 0) elements.push({ type: 'text', text: `Ruled out — ${ruledOut.join(' · ')}` });
  elements.push({ type: 'divider' }, ...axes.map((text) => ({ type: 'text' as const, text })));
  if (assumed.length > 0)
    elements.push({
      type: 'text',
      muted: true,
      text: `Assumed (not answered, or not sure): ${assumed.join('; ')}`,
    });
  if (rec.sources.length > 0)
    elements.push({ type: 'links', id: 'recommendation:sources', links: rec.sources.slice(0, 8) });
  if (options.actions !== false) {
    elements.push({
      type: 'choices',
      id: 'recommendation:actions',
      choices: [
        choice('Compare all three', { action: 'compare' }, 'primary'),
        choice('Share', { action: 'share' }),
        ...(options.canGoBack ? [choice('Back', { action: 'back' } as const)] : []),
        choice('Restart', { action: 'restart' }),
      ],
    });
  }
  const fallback = `Recommendation: ${kindName(rec.primary)}. Runner-up: ${runnerUp ? kindName(runnerUp.kind) : 'none'}. Start with: ${rec.services.join('; ')}.`;
  return { kind: 'recommendation', fallbackText: fallback, elements };
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
    const verdict = r.blockers.length > 0 ? `Ruled out: ${r.blockers.join(' ')}` : 'No blockers.';
    elements.push(
      {
        type: 'text',
        weight: 'bold',
        text: `${i + 1}. ${info.name} — ${r.score}/100${r.kind === rec.primary ? (interim ? ' (leading so far)' : ' (recommended)') : ''}`,
      },
      { type: 'text', text: verdict },
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
  const fallback = rec.ranking
    .map((r) => `${kindName(r.kind)} ${r.score}/100${r.blockers.length ? ' (ruled out)' : ''}`)
    .join('; ');
  return { kind: 'comparison', fallbackText: `Comparison: ${fallback}`, elements };
}
