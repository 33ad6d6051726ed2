// The card samples the Slack and Teams renderer tests rely on must really cover what the core emits.
import { describe, expect, it } from 'vitest';
import { QUESTION_IDS } from '../../../src/domain.js';
import { allCardSamples } from '../../support/card-samples.js';

describe('allCardSamples', () => {
  const cards = allCardSamples();
  const firstIds = cards.map((c) => {
    const first = c.elements[0];
    return first && 'id' in first ? (first.id ?? '') : '';
  });

  it('covers every card kind, every question and all three primaries', () => {
    const kinds = new Set(cards.map((c) => c.kind));
    for (const kind of [
      'welcome',
      'question',
      'answered',
      'understood',
      'recommendation',
      'comparison',
      'answer',
      'notice',
      'help',
    ]) {
      expect(kinds, kind).toContain(kind);
    }
    for (const q of QUESTION_IDS) expect(firstIds).toContain(`question:${q}`);
    for (const k of ['vm', 'container', 'serverless']) expect(firstIds).toContain(`recommendation:${k}`);
  });

  it('holds plain-text cards with a fallback and a named first element', () => {
    for (const card of cards) {
      expect(card.fallbackText.length).toBeGreaterThan(0);
      expect(card.elements.length).toBeGreaterThan(0);
    }
    expect(firstIds.filter((id) => id === '').length).toBeLessThan(cards.length / 10);
  });
});
