// Core Card → Adaptive Card 1.5 (SPEC §7). The card's first element id becomes the first body
// element's id (`recommendation:<primary>`), each choice becomes an Action.Submit whose `data` is the
// choice value exactly as the core built it, and links become Action.OpenUrl.
//
// Card text is plain text. Adaptive Cards documents that RichTextBlock/TextRun does not parse markdown
// (https://learn.microsoft.com/adaptive-cards/create/textfeatures), so prose is rendered there; FactSet
// titles and values do parse Teams markdown, so they are escaped (see plain-markdown.ts).
import type { Card, CardElement, Choice } from '../../src/card.js';
import { escapeMarkdown } from './plain-markdown.js';

export const ADAPTIVE_CARD_VERSION = '1.5';
const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
/** Teams accepts messages of about 100 KB; 28 KB keeps a card safe on every client (PLATFORM.md). */
export const MAX_CARD_BYTES = 28 * 1024;
/** Teams shows at most six actions in one action set; more go into further sets. */
export const MAX_ACTIONS_PER_SET = 6;
/** Longest text run before it is shortened (a pasted description can be 100 000 characters). */
const MAX_TEXT_CHARS = 3000;
/** Teams cuts long button titles on narrow screens anyway. */
const MAX_ACTION_TITLE_CHARS = 80;

type TextRun = {
  type: 'TextRun';
  text: string;
  weight?: 'Bolder';
  size?: 'Small' | 'Medium';
  isSubtle?: boolean;
};
type Action =
  | { type: 'Action.Submit'; title: string; data: unknown; style?: 'positive' }
  | { type: 'Action.OpenUrl'; title: string; url: string };
type BodyElement = { id?: string; separator?: boolean } & (
  | { type: 'RichTextBlock'; inlines: TextRun[] }
  | { type: 'FactSet'; facts: { title: string; value: string }[] }
  | { type: 'ActionSet'; actions: Action[] }
);

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: typeof ADAPTIVE_CARD_VERSION;
  fallbackText: string;
  msteams: { width: 'Full' };
  body: BodyElement[];
}

export interface AdaptiveCardAttachment {
  contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE;
  content: AdaptiveCard;
}

function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function submit(c: Choice): Action {
  const action: Action = {
    type: 'Action.Submit',
    title: clip(c.label, MAX_ACTION_TITLE_CHARS),
    data: c.value,
  };
  return c.style === 'primary' ? { ...action, style: 'positive' } : action;
}

function rich(text: string, maxChars: number, run: Omit<TextRun, 'type' | 'text'> = {}): BodyElement {
  return { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: clip(text, maxChars), ...run }] };
}

/** One core element → zero or more body elements (a long choice list becomes several action sets). */
function renderElement(el: Exclude<CardElement, { type: 'divider' }>, maxChars: number): BodyElement[] {
  switch (el.type) {
    case 'header':
      return [rich(el.text, maxChars, { weight: 'Bolder', size: 'Medium' })];
    case 'text':
      return [
        rich(el.text, maxChars, {
          ...(el.weight === 'bold' ? { weight: 'Bolder' } : {}),
          ...(el.muted ? { isSubtle: true } : {}),
        }),
      ];
    case 'context':
      return [rich(el.text, maxChars, { size: 'Small', isSubtle: true })];
    case 'fields':
      return [
        {
          type: 'FactSet',
          facts: el.fields.map((f) => ({
            title: escapeMarkdown(clip(f.label, 200)),
            value: escapeMarkdown(clip(f.value, maxChars)),
          })),
        },
      ];
    case 'choices':
      // Teams has no private messages: every card is already visible to the whole conversation,
      // so a Share button would only post the same card twice.
      return chunk(el.choices.filter((c) => !isShare(c)).map(submit), MAX_ACTIONS_PER_SET).map((actions) => ({
        type: 'ActionSet',
        actions,
      }));
    case 'links': {
      const actions: Action[] = el.links
        .filter((l) => isWebUrl(l.url))
        .map((l) => ({ type: 'Action.OpenUrl', title: clip(l.title, MAX_ACTION_TITLE_CHARS), url: l.url }));
      return chunk(actions, MAX_ACTIONS_PER_SET).map((set) => ({ type: 'ActionSet', actions: set }));
    }
  }
}

const isShare = (c: Choice): boolean => 'action' in c.value && c.value.action === 'share';

function renderBody(card: Card, maxChars: number): BodyElement[] {
  const body: BodyElement[] = [];
  let separate = false;
  for (const el of card.elements) {
    if (el.type === 'divider') {
      separate = body.length > 0;
      continue;
    }
    const rendered = renderElement(el, maxChars);
    rendered.forEach((r, i) => {
      // Element ids must stay unique inside a card; extra action sets get a numbered id.
      if ('id' in el && el.id) r.id = i === 0 ? el.id : `${el.id}:${i + 1}`;
    });
    if (separate && rendered[0]) rendered[0].separator = true;
    separate = false;
    body.push(...rendered);
  }
  return body;
}

function wrap(card: Card, body: BodyElement[]): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: ADAPTIVE_CARD_VERSION,
    fallbackText: clip(card.fallbackText, 1000),
    msteams: { width: 'Full' },
    body,
  };
}

export const cardBytes = (card: AdaptiveCard): number => Buffer.byteLength(JSON.stringify(card), 'utf8');

/** Renders a core card, shortening texts (then trailing elements) until it fits MAX_CARD_BYTES. */
export function renderAdaptiveCard(card: Card): AdaptiveCard {
  for (const maxChars of [MAX_TEXT_CHARS, 1000, 300]) {
    const rendered = wrap(card, renderBody(card, maxChars));
    if (cardBytes(rendered) <= MAX_CARD_BYTES) return rendered;
  }
  const body = renderBody(card, 300);
  const note = rich('(Shortened to fit in Teams.)', 100, { size: 'Small', isSubtle: true });
  while (body.length > 1 && cardBytes(wrap(card, [...body, note])) > MAX_CARD_BYTES) body.pop();
  return wrap(card, [...body, note]);
}

export function adaptiveCardAttachment(card: Card): AdaptiveCardAttachment {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: renderAdaptiveCard(card) };
}
