// Every card the core can produce, rendered for Teams and then read by Microsoft's own Adaptive Cards
// library: no parse or validation warning, and a layout that cannot clip on a narrow screen.
import { describe, expect, it } from 'vitest';
import { renderAdaptiveCard } from '../../../adapters/teams/render-adaptive-card.js';
import { MAX_BUTTON_TITLE, MAX_BUTTONS_PER_ROW } from '../../../src/card-layout.js';
import { checkWithOfficialRenderer } from '../../support/adaptive-renderer.js';
import { allCardSamples } from '../../support/card-samples.js';

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
  const samples = allCardSamples();
  // Distinct payloads only: the recommendation samples repeat many shapes.
  const payloads = [...new Map(samples.map((c) => [JSON.stringify(renderAdaptiveCard(c)), c])).entries()];

  it('parses and validates each card with no warnings, and renders one of each kind and the largest', async () => {
    expect(payloads.length).toBeGreaterThan(50);
    // Rendering into the DOM takes tens of milliseconds a card: every kind, every question, the largest.
    const seen = new Set<string>();
    const largest = new Set(
      [...payloads]
        .sort((a, b) => b[0].length - a[0].length)
        .slice(0, 5)
        .map(([json]) => json),
    );
    for (const [json, card] of payloads) {
      const render = card.kind === 'question' || !seen.has(card.kind) || largest.has(json);
      seen.add(card.kind);
      const result = await checkWithOfficialRenderer(JSON.parse(json) as object, render);
      expect({ kind: card.kind, warnings: result.warnings }).toEqual({ kind: card.kind, warnings: [] });
      expect(result.rendered).toBe(render);
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
