// Cards the core produces, rendered for Teams and then read by Microsoft's own Adaptive Cards library:
// one of each kind and the largest with no parse or validation warning (every card, in
// render-official.slow.test.ts), and on every card a layout that cannot clip on a narrow screen.
import { describe, expect, it } from 'vitest';
import { renderAdaptiveCard } from '../../../adapters/teams/render-adaptive-card.js';
import { MAX_BUTTON_TITLE, MAX_BUTTONS_PER_ROW } from '../../../src/card-layout.js';
import {
  checkWithOfficialRenderer,
  largestPayloads,
  teamsPayloads,
} from '../../support/adaptive-renderer.js';

type Json = Record<string, unknown>;

/** Every object in a card payload, depth first. */
function* objects(value: unknown): Generator<Json> {
  if (Array.isArray(value)) for (const v of value) yield* objects(v);
  else if (value && typeof value === 'object') {
    yield value as Json;
    for (const v of Object.values(value)) yield* objects(v);
  }
}

describe('the official Adaptive Cards renderer on every card sample', () => {
  const payloads = teamsPayloads();

  it('parses, validates and renders one card of each kind and the largest, with no warnings (every card: render-official.slow.test.ts)', async () => {
    expect(payloads.length).toBeGreaterThan(50);
    const seen = new Set<string>();
    const largest = largestPayloads(payloads);
    for (const [json, card] of payloads) {
      if (seen.has(card.kind) && !largest.has(json)) continue;
      seen.add(card.kind);
      const result = await checkWithOfficialRenderer(JSON.parse(json) as object, true);
      expect({ kind: card.kind, warnings: result.warnings }).toEqual({ kind: card.kind, warnings: [] });
      expect(result.rendered).toBe(true);
    }
  });

  it('is a checker that can fail: an unknown element is reported', async () => {
    const bad = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Blink', text: 'x' }] };
    expect((await checkWithOfficialRenderer(bad, false)).warnings).not.toEqual([]);
  });

  it('lays buttons out for a phone: at most three per row, short titles, wrapping text', () => {
    for (const [json] of payloads) {
      for (const o of objects(JSON.parse(json))) {
        if (o.type === 'ActionSet')
          expect((o.actions as unknown[]).length).toBeLessThanOrEqual(MAX_BUTTONS_PER_ROW);
        if (typeof o.type === 'string' && o.type.startsWith('Action.') && typeof o.title === 'string')
          expect(Array.from(o.title).length).toBeLessThanOrEqual(MAX_BUTTON_TITLE);
        if (o.type === 'TextBlock') expect(o.wrap).toBe(true);
        // RichTextBlock breaks only at spaces: no run may hold a word wider than a phone.
        if (o.type === 'TextRun') expect(o.text as string).not.toMatch(/[^\s\u200b]{31}/u);
      }
    }
  });

  it('lets a 140-character word wrap instead of running out of the card', () => {
    const word = 'x'.repeat(140);
    const card = renderAdaptiveCard({
      kind: 'notice',
      fallbackText: word,
      elements: [{ type: 'text', id: 'notice:long', text: `Look: ${word}` }],
    });
    const run = card.body[0]?.type === 'RichTextBlock' ? card.body[0].inlines[0]?.text : undefined;
    expect(run?.replace(/\u200b/g, '')).toBe(`Look: ${word}`);
    expect(run).not.toMatch(/x{31}/);
  });
});
