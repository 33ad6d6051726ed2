// Every distinct card the core can produce, read by Microsoft's own Adaptive Cards library
// (`npm run test:slow`; render-official.test.ts checks one of each kind and the largest): no parse or
// validation warning on any, and every question, every kind and the largest render into the DOM.
import { describe, expect, it } from 'vitest';
import {
  checkWithOfficialRenderer,
  largestPayloads,
  teamsPayloads,
} from '../../support/adaptive-renderer.js';

describe('the official Adaptive Cards renderer on every card sample', () => {
  it('parses and validates each card with no warnings, and renders every question, one of each kind and the largest', async () => {
    const payloads = teamsPayloads();
    expect(payloads.length).toBeGreaterThan(50);
    // Rendering into the DOM takes tens of milliseconds a card: every kind, every question, the largest.
    const seen = new Set<string>();
    const largest = largestPayloads(payloads);
    for (const [json, card] of payloads) {
      const render = card.kind === 'question' || !seen.has(card.kind) || largest.has(json);
      seen.add(card.kind);
      const result = await checkWithOfficialRenderer(JSON.parse(json) as object, render);
      expect({ kind: card.kind, warnings: result.warnings }).toEqual({ kind: card.kind, warnings: [] });
      expect(result.rendered).toBe(render);
    }
  });
});
