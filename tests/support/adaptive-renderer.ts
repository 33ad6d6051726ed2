// The official Adaptive Cards renderer (the `adaptivecards` package Microsoft publishes) run in Node
// over a happy-dom document, with a host config shaped like Teams': horizontal, non-wrapping action
// rows, which is the layout that clips buttons when a row holds too many. Tests parse and validate
// every card with it; `npm run preview` renders the same cards in a real browser with the same config.
import { Window } from 'happy-dom';
import { renderAdaptiveCard } from '../../adapters/teams/render-adaptive-card.js';
import type { Card } from '../../src/card.js';
import { allCardSamples } from './card-samples.js';
import { TEAMS_LIKE_HOST_CONFIG } from './teams-host-config.js';

let installed = false;

/** Give the renderer the browser globals it expects (once per process). */
async function loadAdaptiveCards() {
  if (!installed) {
    const window = new Window({ width: 600, height: 800 });
    const globals: Record<string, unknown> = { window, document: window.document };
    // The renderer checks `instanceof HTMLButtonElement` and friends: lend it the DOM classes.
    for (const name of Object.getOwnPropertyNames(window)) {
      if (
        /^(HTML\w*Element|Node|Element|Event|KeyboardEvent|MouseEvent)$/.test(name) &&
        !(name in globalThis)
      )
        globals[name] = (window as unknown as Record<string, unknown>)[name];
    }
    Object.assign(globalThis, globals);
    installed = true;
  }
  return import('adaptivecards');
}

export interface OfficialResult {
  /** Parse events (unknown types, bad values) and validation failures, as the library words them. */
  warnings: string[];
  rendered: boolean;
}

/** Parse, validate and (when `render`, which takes longer) render one card with the official library. */
export async function checkWithOfficialRenderer(payload: object, render = true): Promise<OfficialResult> {
  const AC = await loadAdaptiveCards();
  const card = new AC.AdaptiveCard();
  card.hostConfig = new AC.HostConfig(TEAMS_LIKE_HOST_CONFIG);
  const context = new AC.SerializationContext();
  card.parse(payload, context);
  const warnings: string[] = [];
  for (let i = 0; i < context.eventCount; i++) warnings.push(context.getEventAt(i).message);
  for (const event of card.validateProperties().validationEvents) warnings.push(event.message);
  return { warnings, rendered: render ? card.render() !== undefined : false };
}

/** Every card sample drawn for Teams, as [payload JSON, card]: distinct payloads only (the
 * recommendation samples repeat many shapes). */
export function teamsPayloads(): [string, Card][] {
  return [...new Map(allCardSamples().map((c) => [JSON.stringify(renderAdaptiveCard(c)), c])).entries()];
}

/** The `count` longest payloads' JSON: where clipping and size limits bite first. */
export function largestPayloads(payloads: [string, Card][], count = 5): Set<string> {
  return new Set(
    [...payloads]
      .sort((a, b) => b[0].length - a[0].length)
      .slice(0, count)
      .map(([json]) => json),
  );
}
