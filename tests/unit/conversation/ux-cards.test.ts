// The words on the cards: the recommendation reads top-down (verdict, why, what to start with,
// what is ruled out), help only promises what works on every platform, answers do not repeat
// themselves and never suggest throwing an interview away.
import { describe, expect, it } from 'vitest';
import type { Card } from '../../../src/card.js';
import {
  answerCard,
  comparisonCard,
  helpCard,
  recommendationCard,
  TOPIC,
  understoodCard,
} from '../../../src/cards.js';
import { typedChange } from '../../../src/conversation-input.js';
import type { Profile } from '../../../src/domain.js';
import { recommend } from '../../../src/engine.js';

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
  ])('%j: verdict, then why, then what to start with, before the per-axis reasoning', (profile) => {
    const rec = recommend(profile);
    const all = lines(recommendationCard(rec));
    const why = indexOf(all, 'Why: ');
    const startWith = indexOf(all, 'Start with: ');
    const isolation = indexOf(all, 'Isolation: ');
    expect(indexOf(all, 'Best fit: ')).toBeLessThan(startWith);
    if (rec.rationale.fit) {
      expect(why).toBeGreaterThan(indexOf(all, 'Best fit: '));
      expect(why).toBeLessThan(startWith);
      expect(all.filter((l) => l.startsWith('Fit: '))).toEqual([]);
    }
    expect(startWith).toBeLessThan(isolation);
    for (const axis of ['Isolation: ', 'Resources: ', 'Maintenance: '])
      expect(indexOf(all, axis)).toBeGreaterThan(0);
  });

  it('says an assumption may come from "not sure" as well as from a question not answered', () => {
    const all = lines(recommendationCard(recommend({ runtime: 'unsure' })));
    expect(all.find((l) => l.startsWith('Assumed'))).toMatch(
      /^Assumed \(not answered, or not sure\): run time/,
    );
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
