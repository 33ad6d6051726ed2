// The words on the cards: the recommendation reads at a glance (verdict, why, the three kinds, the
// three axes, what to start with; the rest on demand), help only promises what works on every platform, answers do not repeat
// themselves and never suggest throwing an interview away.
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../knowledge/kinds.js';
import { PLATFORMS } from '../../../knowledge/platforms.js';
import type { Card } from '../../../src/card.js';
import {
  answerCard,
  comparisonCard,
  helpCard,
  recommendationCard,
  TOPIC,
  understoodCard,
} from '../../../src/cards.js';
import { CLOSE_CALL_POINTS } from '../../../src/cards-result.js';
import { typedChange } from '../../../src/conversation-input.js';
import type { Profile } from '../../../src/domain.js';
import { recommend } from '../../../src/engine.js';
import { allFullProfiles } from '../../support/card-samples.js';

const lines = (card: Card): string[] =>
  card.elements.flatMap((e) =>
    e.type === 'text' || e.type === 'header'
      ? [e.text]
      : e.type === 'fields'
        ? e.fields.map((f) => `${f.label}: ${f.value}`)
        : [],
  );
const indexOf = (all: string[], prefix: string) => all.findIndex((l) => l.startsWith(prefix));

describe('recommendation card', () => {
  it.each<[Profile]>([
    [{ runtime: 'long', traffic: 'scheduled', compute: 'large' }],
    [{ compute: 'special' }],
    [{ runtime: 'short', traffic: 'bursty' }],
    [{ isolation: 'dedicated' }],
  ])(
    '%j: verdict, why, the three kinds and the three axes first; start with; the rest on demand',
    (profile) => {
      const rec = recommend(profile);
      const card = recommendationCard(rec);
      const all = lines(card);
      // The verdict names the platform in words ("Containers — ECS or EKS on AWS Fargate").
      expect(all[0]).toBe(
        `Recommendation: ${KINDS[rec.primary].name} — ${PLATFORMS[rec.platform].name.split(' — ')[1]}`,
      );
      if (rec.rationale.fit) expect(all[1]).toBe(rec.rationale.fit);
      // One line per kind, the chosen one marked, a blocked one marked with why.
      const compare = all.find((l) => l.startsWith('✓ '))?.split('\n') ?? [];
      expect(compare).toHaveLength(3);
      for (const r of rec.ranking) {
        const line = compare.find((l) => l.includes(KINDS[r.kind].name)) ?? '';
        if (r.blockers.length > 0) expect(line).toMatch(/^✗ .* ruled out: ./);
        else expect(line).toContain(`${r.score}/100`);
      }
      const startWith = indexOf(all, 'Start with: ');
      for (const axis of ['Isolation: ', 'Resources: ', 'Maintenance: ']) {
        expect(indexOf(all, axis)).toBeGreaterThan(1);
        expect(indexOf(all, axis)).toBeLessThan(startWith);
      }
      // Cost, scaling and every ruled-out reason wait in the details.
      const details = card.elements.find((e) => e.type === 'details');
      const hidden =
        details?.type === 'details' ? details.elements.map((e) => ('text' in e ? e.text : '')) : [];
      expect(hidden.some((t) => t.startsWith('Cost: '))).toBe(true);
      for (const r of rec.ranking.filter((x) => x.blockers.length > 0 && x.kind !== rec.primary))
        expect(hidden).toContain(`Why not ${KINDS[r.kind].name}: ${r.blockers.join(' ')}`);
      expect(all.some((l) => l.startsWith('Cost: '))).toBe(false);
    },
  );

  it('says an assumption may come from "not sure" as well as from a question not answered', () => {
    const card = recommendationCard(recommend({ runtime: 'unsure' }));
    const details = card.elements.find((e) => e.type === 'details');
    const hidden =
      details?.type === 'details' ? details.elements.map((e) => ('text' in e ? e.text : '')) : [];
    expect(hidden.find((l) => l.startsWith('Assumed'))).toMatch(
      /^Assumed \(not answered, or not sure\): run time/,
    );
  });

  it('names the platform in the verdict and shows the line on its sibling platform under it', () => {
    const base = recommend({ runtime: 'long', traffic: 'steady', ops: 'moderate', compute: 'large' });
    const sibling =
      'Not on EC2 capacity: Fargate runs the hosts, and nothing here needs an instance of your own.';
    const rec = {
      ...base,
      platform: 'fargate',
      rationale: { ...base.rationale, platform: sibling },
    } as typeof base;
    const card = recommendationCard(rec);
    const all = lines(card);
    expect(base.primary).toBe('container');
    expect(all[0]).toBe('Recommendation: Containers — ECS or EKS on AWS Fargate');
    expect(all.slice(0, 3)).toContain(sibling);
    expect(card.fallbackText).toMatch(/^Recommendation: Containers — ECS or EKS on AWS Fargate\./);
    const details = card.elements.find((e) => e.type === 'details');
    expect(JSON.stringify(details)).not.toContain(sibling);
  });

  it('calls a close call when the runner-up is within a few points, and never names a runner-up that is ruled out', () => {
    let close = 0;
    let lonely = 0;
    for (const p of allFullProfiles()) {
      const rec = recommend(p);
      const [best, next] = rec.ranking;
      const card = recommendationCard(rec);
      const text = JSON.stringify(card);
      const fits = next && next.blockers.length === 0;
      if (best && fits && best.score - next.score <= CLOSE_CALL_POINTS) {
        close++;
        expect(text).toContain('Close call: ');
      } else expect(text).not.toContain('Close call: ');
      if (!rec.ranking.some((r) => r.kind !== rec.primary && r.blockers.length === 0)) {
        lonely++;
        expect(text).not.toMatch(/runner-up/i);
      }
      if (close > 20 && lonely > 20) break;
    }
    expect(close).toBeGreaterThan(0);
    expect(lonely).toBeGreaterThan(0);
  });
});

describe('help card', () => {
  const text = lines(helpCard({ interviewActive: false })).join('\n');
  it('names /virt only together with Slack', () => {
    for (const line of text.split('\n').filter((l) => l.includes('/virt'))) expect(line).toMatch(/Slack/);
  });
  it.each(['back', 'restart', 'compare', 'change', 'ask', 'not sure', 'start'])('explains "%s"', (word) => {
    expect(text).toContain(word);
  });
});

describe('answer card', () => {
  const unknown = {
    answer: 'I do not know that one. Did you mean: Fargate pricing; Lambda quotas?',
    topics: [],
    sources: [],
    matched: false,
    suggestions: ['Fargate pricing', 'Lambda quotas', 'EKS Auto Mode'],
  };
  it('lists only the suggestions the answer did not already say', () => {
    const all = lines(answerCard('what is x', unknown));
    expect(all.find((l) => l.startsWith('Related topics'))).toBe(
      'Related topics you could ask about: EKS Auto Mode',
    );
  });
  it('mid-interview does not suggest typing start (which would begin again)', () => {
    const context = (card: Card) => card.elements.find((e) => e.type === 'context');
    expect(JSON.stringify(context(answerCard('q', unknown, { interviewActive: true })))).not.toMatch(/start/);
    expect(JSON.stringify(context(answerCard('q', unknown)))).toMatch(/start/);
  });
});

describe('comparison card', () => {
  it('mid-interview says the ranking is provisional and offers no Share (nothing to share yet)', () => {
    const rec = recommend({ runtime: 'long' });
    const interim = comparisonCard(rec, { interim: true });
    const labels = (card: Card) =>
      card.elements.flatMap((e) => (e.type === 'choices' ? e.choices.map((c) => c.label) : []));
    expect(lines(interim).join('\n')).toMatch(/so far/);
    expect(lines(interim).join('\n')).not.toMatch(/\(recommended\)/);
    expect(labels(interim)).not.toContain('Share');
    expect(labels(comparisonCard(rec))).toContain('Share');
    expect(lines(comparisonCard(rec)).join('\n')).toMatch(/\(recommended\)/);
  });
});

describe('understood card', () => {
  it('names every topic so its Change button reads as a request ("Change starting point")', () => {
    const card = understoodCard([{ q: 'starting_point', a: 'containerized' }]);
    const labels = card.elements.flatMap((e) => (e.type === 'choices' ? e.choices.map((c) => c.label) : []));
    expect(labels).toEqual(['Change starting point']);
    expect(typedChange('change starting point', TOPIC)).toBe('starting_point');
  });
});
