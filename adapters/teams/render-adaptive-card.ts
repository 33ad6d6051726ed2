// Core Card → Adaptive Card 1.5. The card's first element id becomes the first body element's id
// (`recommendation:<primary>`), each choice becomes an Action.Submit whose `data` is the choice value
// exactly as the core built it, and sources become links inside text, not buttons.
//
// Card text is plain text. Adaptive Cards documents that RichTextBlock/TextRun does not parse markdown
// (https://learn.microsoft.com/adaptive-cards/create/textfeatures), so prose is rendered there; FactSet
// titles and values do parse Teams markdown, so they are escaped (see plain-markdown.ts).
//
// Layout is for the narrowest host: buttons in rows that fit a phone (see src/card-layout.ts), and
// details hidden behind an Action.ToggleVisibility instead of making the card long.
import { type Card, type CardElement, type Choice, isDetailsChoice } from '../../src/card.js';
import { buttonRows, MAX_BUTTON_TITLE } from '../../src/card-layout.js';
import { escapeMarkdown } from './plain-markdown.js';

export const ADAPTIVE_CARD_VERSION = '1.5';
const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
/** Teams accepts messages of about 100 KB; 28 KB keeps a card safe on every client (docs/platform-notes.md). */
export const MAX_CARD_BYTES = 28 * 1024;
/** Longest text run before it is shortened (a pasted description can be 100 000 characters). */
const MAX_TEXT_CHARS = 3000;
/**
 * A run of this many characters without a space gets invisible break opportunities: RichTextBlock
 * does not break inside a word, so a pasted 140-character token would run out of the card.
 */
const MAX_UNBROKEN = 30;

type OpenUrl = { type: 'Action.OpenUrl'; url: string; title?: string };
type TextRun = {
  type: 'TextRun';
  text: string;
  weight?: 'Bolder';
  size?: 'Small' | 'Medium';
  isSubtle?: boolean;
  selectAction?: OpenUrl;
};
type Action =
  | { type: 'Action.Submit'; title: string; data: unknown; style?: 'positive' }
  | { type: 'Action.ToggleVisibility'; title: string; targetElements: string[] }
  | OpenUrl;
type BodyElement = { id?: string; separator?: boolean } & (
  | { type: 'RichTextBlock'; inlines: TextRun[] }
  | { type: 'FactSet'; facts: { title: string; value: string }[] }
  | { type: 'ActionSet'; actions: Action[] }
  | { type: 'Container'; items: BodyElement[]; isVisible?: boolean }
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
  // Fewer UTF-16 units than the limit is fewer characters too: no need to split the text.
  if (text.length <= max) return text;
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

const UNBROKEN_RUN = new RegExp(`[^\\s\u200b]{${MAX_UNBROKEN}}(?=[^\\s\u200b])`, 'gu');
/** What `\s` matches beyond ASCII (ECMAScript's WhiteSpace and LineTerminator), and the zero-width space. */
const WIDE_SPACES = new Set([
  0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x200b, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);

/**
 * Whether some run of non-spaces is longer than MAX_UNBROKEN UTF-16 units, as every run UNBROKEN_RUN
 * breaks is. Most texts have none; one pass over the text costs a fraction of the regular expression,
 * which tries a run at every position.
 */
export function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c <= 0x20 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : c >= 0xa0 && WIDE_SPACES.has(c);
    run = space ? 0 : run + 1;
    if (run > MAX_UNBROKEN) return true;
  }
  return false;
}

/** Clip, then let long unbroken runs wrap (a zero-width space every MAX_UNBROKEN characters). */
function prose(text: string, max: number): string {
  const clipped = clip(text, max);
  return hasLongRun(clipped) ? clipped.replace(UNBROKEN_RUN, (run) => `${run}\u200b`) : clipped;
}

function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

const isShare = (c: Choice): boolean => 'action' in c.value && c.value.action === 'share';

/** Where the card's details live, when a Details button can reveal them in place. */
interface Reveal {
  targetId: string | undefined;
}

function action(c: Choice, reveal: Reveal): Action {
  const title = clip(c.label, MAX_BUTTON_TITLE);
  if (isDetailsChoice(c) && reveal.targetId)
    return { type: 'Action.ToggleVisibility', title, targetElements: [reveal.targetId] };
  const submit: Action = { type: 'Action.Submit', title, data: c.value };
  return c.style === 'primary' ? { ...submit, style: 'positive' } : submit;
}

function rich(text: string, maxChars: number, run: Omit<TextRun, 'type' | 'text'> = {}): BodyElement {
  return { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: prose(text, maxChars), ...run }] };
}

/** Sources as one line of inline links: a reference list, not a row of buttons that look like answers. */
function links(list: { title: string; url: string }[]): BodyElement {
  const inlines: TextRun[] = [{ type: 'TextRun', text: 'Sources: ', size: 'Small', isSubtle: true }];
  list.forEach((l, i) => {
    if (i > 0) inlines.push({ type: 'TextRun', text: ' · ', size: 'Small', isSubtle: true });
    const text = prose(l.title, 120);
    inlines.push(
      isWebUrl(l.url)
        ? { type: 'TextRun', text, size: 'Small', selectAction: { type: 'Action.OpenUrl', url: l.url } }
        : { type: 'TextRun', text, size: 'Small', isSubtle: true },
    );
  });
  return { type: 'RichTextBlock', inlines };
}

/** One core element → zero or more body elements (a long choice list becomes several rows). */
function renderElement(
  el: Exclude<CardElement, { type: 'divider' }>,
  maxChars: number,
  reveal: Reveal,
): BodyElement[] {
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
            title: escapeMarkdown(prose(f.label, 200)),
            value: escapeMarkdown(prose(f.value, maxChars)),
          })),
        },
      ];
    case 'choices':
      // Teams has no private messages: every card is already visible to the whole conversation,
      // so a Share button would only post the same card twice.
      return buttonRows(el.choices.filter((c) => !isShare(c))).map((row) => ({
        type: 'ActionSet',
        actions: row.map((c) => action(c, reveal)),
      }));
    case 'links': {
      return el.links.length > 0 ? [links(el.links)] : [];
    }
    case 'details': {
      const items = el.elements.flatMap((d) =>
        d.type === 'divider' ? [] : renderElement(d, maxChars, reveal),
      );
      // Hidden only when a Details button can show it; otherwise it would never be seen.
      const hidden = reveal.targetId === el.id;
      return [{ type: 'Container', items, ...(hidden ? { isVisible: false } : {}) }];
    }
  }
}

function renderBody(card: Card, maxChars: number): BodyElement[] {
  const details = card.elements.find((e) => e.type === 'details');
  const canReveal = card.elements.some((e) => e.type === 'choices' && e.choices.some(isDetailsChoice));
  const reveal: Reveal = { targetId: details && canReveal ? details.id : undefined };
  const body: BodyElement[] = [];
  let separate = false;
  for (const el of card.elements) {
    if (el.type === 'divider') {
      separate = body.length > 0;
      continue;
    }
    const rendered = renderElement(el, maxChars, reveal);
    rendered.forEach((r, i) => {
      // Element ids must stay unique inside a card; extra action rows get a numbered id.
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

/**
 * At least as many bytes as the card's JSON has, without writing it: a string is at most 6 bytes a
 * UTF-16 unit (a \u00XX escape; UTF-8 takes at most 3) plus its quotes. A card under MAX_CARD_BYTES
 * by this bound fits, and only the rare card near the limit is measured exactly.
 */
export function jsonBytesBound(value: unknown): number {
  if (typeof value === 'string') return 6 * value.length + 2;
  if (typeof value !== 'object' || value === null) return 24;
  let bytes = 2;
  if (Array.isArray(value)) for (const item of value) bytes += jsonBytesBound(item) + 1;
  else
    for (const key in value)
      bytes += 6 * key.length + 4 + jsonBytesBound((value as Record<string, unknown>)[key]);
  return bytes;
}

const fits = (card: AdaptiveCard): boolean =>
  jsonBytesBound(card) <= MAX_CARD_BYTES || cardBytes(card) <= MAX_CARD_BYTES;

/** Renders a core card, shortening texts (then trailing elements) until it fits MAX_CARD_BYTES. */
export function renderAdaptiveCard(card: Card): AdaptiveCard {
  for (const maxChars of [MAX_TEXT_CHARS, 1000, 300]) {
    const rendered = wrap(card, renderBody(card, maxChars));
    if (fits(rendered)) return rendered;
  }
  const body = renderBody(card, 300);
  const note = rich('(Shortened to fit in Teams.)', 100, { size: 'Small', isSubtle: true });
  while (body.length > 1 && !fits(wrap(card, [...body, note]))) body.pop();
  return wrap(card, [...body, note]);
}

export function adaptiveCardAttachment(card: Card): AdaptiveCardAttachment {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: renderAdaptiveCard(card) };
}
