// Card → Block Kit (AGENTS.md, "Cards as a neutral model"). All card text is plain text: `&`, `<`, `>`
// are escaped here in every text Slack shows — mrkdwn and plain_text alike (Slack decodes the three
// entities in both) — so user words can never become a mention or a disguised link. Every block stays
// inside BLOCK_KIT_LIMITS; a card that would not fit is split into more blocks or shortened.
import type { types } from '@slack/bolt';
import { type Card, type CardElement, type Choice, isDetailsChoice } from '../../src/card.js';
import { MAX_BUTTON_TITLE, MAX_BUTTONS_PER_ROW } from '../../src/card-layout.js';
import { BLOCK_KIT_LIMITS as L } from './block-kit-limits.js';
import { encodeButtonValue } from './button-value.js';
import { escapeMrkdwn, truncate } from './mrkdwn.js';

type Block = types.KnownBlock;
/** The Block Kit types the renderer produces, for tools that draw its output (npm run preview). */
export type SlackBlock = types.KnownBlock;
export type SlackButton = types.Button;

export interface SlackMessage {
  /** Notification and fallback text. */
  text: string;
  blocks: Block[];
}

export interface RenderOptions {
  /** The conversation the buttons belong to; without it (or with `interactive: false`) buttons are left out. */
  conversationKey?: string;
  /** False for read-only copies (a recommendation shared to the channel). */
  interactive?: boolean;
  /**
   * What a Share button means here: `channel` where the conversation is private (a /virt interview:
   * it posts the card visibly, so it says so), `none` where everyone already sees the answer
   * (threads, DMs: the button would only repeat the card).
   */
  share?: 'channel' | 'none';
}

export const SHARE_TO_CHANNEL = 'Share to channel';

/** Button action ids all start with this, so one listener receives every click. */
export const ACTION_ID_PREFIX = 'virt:';

const SHORTENED_NOTE = '_Some details were left out to fit in one Slack message._';

/** Split plain text into escaped mrkdwn chunks of at most `max` characters, preferring line breaks. */
function chunks(text: string, max: number): string[] {
  const escaped = escapeMrkdwn(text);
  const out: string[] = [];
  let rest = escaped;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut < max / 2) cut = rest.lastIndexOf(' ', max);
    if (cut < max / 2) cut = max;
    // Never split inside an entity such as &amp;
    const amp = rest.lastIndexOf('&', cut);
    if (amp > cut - 5 && rest.indexOf(';', amp) >= cut) cut = amp;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^[\n ]/, '');
  }
  if (rest.length > 0 || out.length === 0) out.push(rest);
  return out;
}

function section(text: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function buttons(
  choices: Choice[],
  options: RenderOptions & { conversationKey: string },
  counter: { n: number },
): types.Button[] {
  const out: types.Button[] = [];
  for (const original of choices) {
    const isShare = 'action' in original.value && original.value.action === 'share';
    if (isShare && options.share === 'none') continue;
    const choice =
      isShare && options.share === 'channel' ? { ...original, label: SHARE_TO_CHANNEL } : original;
    const key = options.conversationKey;
    const value = encodeButtonValue(choice.value, key);
    if (value === undefined) continue; // cannot happen with the core's small values; never send an invalid block
    out.push({
      type: 'button',
      action_id: `${ACTION_ID_PREFIX}${counter.n++}`,
      text: { type: 'plain_text', text: truncate(escapeMrkdwn(choice.label), MAX_BUTTON_TITLE), emoji: true },
      value,
      ...(choice.style === 'primary' ? { style: 'primary' as const } : {}),
    });
  }
  return out;
}

function linkText(link: { title: string; url: string }): string {
  const title = escapeMrkdwn(link.title).replace(/\|/g, '¦');
  // Only web links become clickable; anything else is shown as text.
  if (!/^https?:\/\/[^\s<>|]+$/.test(link.url)) return title;
  return `<${escapeMrkdwn(link.url)}|${title}>`;
}

/** True when the card's Details button will be shown, so its details need not be. */
function detailsOnDemand(card: Card, options: RenderOptions): boolean {
  if (options.interactive === false || !options.conversationKey) return false;
  return card.elements.some((e) => e.type === 'choices' && e.choices.some(isDetailsChoice));
}

/** The blocks of one element; the first one gets the element's id as block_id. */
function elementBlocks(
  element: CardElement,
  options: RenderOptions & { detailsOnDemand?: boolean },
  counter: { n: number },
): Block[] {
  switch (element.type) {
    case 'header':
      return [
        {
          type: 'header',
          text: { type: 'plain_text', text: truncate(escapeMrkdwn(element.text), L.headerText), emoji: true },
        },
      ];
    case 'text': {
      const body = element.weight === 'bold' ? `*${element.text}*` : element.text;
      if (element.muted) {
        return chunks(body, L.contextText).map((text) => ({
          type: 'context',
          elements: [{ type: 'mrkdwn', text }],
        }));
      }
      return chunks(body, L.sectionText).map(section);
    }
    case 'fields': {
      const fields = element.fields.map((f) => ({
        type: 'mrkdwn' as const,
        text: truncate(`*${escapeMrkdwn(f.label)}*\n${escapeMrkdwn(f.value)}`, L.fieldText),
      }));
      const out: Block[] = [];
      for (let i = 0; i < fields.length; i += L.fieldsPerSection) {
        out.push({ type: 'section', fields: fields.slice(i, i + L.fieldsPerSection) });
      }
      return out;
    }
    case 'choices': {
      if (options.interactive === false || !options.conversationKey) return [];
      const all = buttons(element.choices, { ...options, conversationKey: options.conversationKey }, counter);
      const out: Block[] = [];
      // Slack wraps a long row, but a short row keeps related buttons together on a phone too.
      for (let i = 0; i < all.length; i += MAX_BUTTONS_PER_ROW) {
        out.push({ type: 'actions', elements: all.slice(i, i + MAX_BUTTONS_PER_ROW) });
      }
      return out;
    }
    case 'links': {
      // Sources as one line of inline links: a reference list, kept small under the reasoning.
      const parts = element.links.map(linkText);
      const out: Block[] = [];
      let line = 'Sources: ';
      for (const part of parts) {
        const joined = line === 'Sources: ' ? `${line}${part}` : `${line} · ${part}`;
        if (joined.length > L.contextText && line !== 'Sources: ') {
          out.push({ type: 'context', elements: [{ type: 'mrkdwn', text: line }] });
          line = `Sources: ${truncate(part, L.contextText - 9)}`;
        } else line = truncate(joined, L.contextText);
      }
      out.push({ type: 'context', elements: [{ type: 'mrkdwn', text: line }] });
      return out;
    }
    case 'details':
      // With a Details button the details are a card of their own, sent when it is pressed.
      if (options.detailsOnDemand) return [];
      return element.elements.flatMap((d) => elementBlocks(d, options, counter));
    case 'divider':
      return [{ type: 'divider' }];
    case 'context':
      return chunks(element.text, L.contextText).map((text) => ({
        type: 'context',
        elements: [{ type: 'mrkdwn', text }],
      }));
  }
}

/** Give each block a unique block_id: the element's id on its first block, `<id>:2`… after it. */
function assignIds(blocks: Block[], id: string | undefined, used: Set<string>): void {
  if (!id) return;
  blocks.forEach((block, i) => {
    let candidate = truncate(i === 0 ? id : `${id}:${i + 1}`, L.idLength);
    for (let n = 2; used.has(candidate); n++) candidate = truncate(`${id}:${i + 1}.${n}`, L.idLength);
    used.add(candidate);
    block.block_id = candidate;
  });
}

/** Visible characters of a block, as Slack counts them towards msg_blocks_too_long. */
export function blockChars(block: Block): number {
  switch (block.type) {
    case 'section':
      return (block.text?.text.length ?? 0) + (block.fields ?? []).reduce((n, f) => n + f.text.length, 0);
    case 'header':
      return block.text.text.length;
    case 'context':
      return block.elements.reduce(
        (n, e) => n + ('text' in e && typeof e.text === 'string' ? e.text.length : 0),
        0,
      );
    case 'actions':
      return block.elements.reduce((n, e) => n + ('text' in e && e.text ? e.text.text.length : 0), 0);
    default:
      return 0;
  }
}

/** Keep the message within the block count and total size, never dropping the buttons. */
function fitMessage(blocks: Block[]): Block[] {
  let out = blocks;
  if (out.length > L.blocksPerMessage) {
    const actions = out.filter((b) => b.type === 'actions');
    const room = L.blocksPerMessage - actions.length - 1;
    const kept = new Set(out.filter((b) => b.type !== 'actions').slice(0, Math.max(room, 0)));
    out = out.filter((b) => b.type === 'actions' || kept.has(b));
    out.splice(out.length - actions.length, 0, {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: SHORTENED_NOTE }],
    });
    out = out.slice(0, L.blocksPerMessage);
  }
  const total = () => out.reduce((n, b) => n + blockChars(b), 0);
  // Shorten the longest section texts until the whole message fits.
  while (total() > L.messageText) {
    const longest = out
      .filter((b): b is types.SectionBlock => b.type === 'section' && b.text !== undefined)
      .sort((a, b) => (b.text?.text.length ?? 0) - (a.text?.text.length ?? 0))[0];
    if (!longest?.text || longest.text.text.length < 200) break;
    const excess = total() - L.messageText;
    longest.text = {
      ...longest.text,
      text: truncate(longest.text.text, Math.max(100, longest.text.text.length - excess - 1)),
    };
  }
  return out;
}

export function renderBlockKit(card: Card, options: RenderOptions = {}): SlackMessage {
  const counter = { n: 0 };
  const used = new Set<string>();
  const blocks: Block[] = [];
  const withDetails = { ...options, detailsOnDemand: detailsOnDemand(card, options) };
  for (const element of card.elements) {
    const own = elementBlocks(element, withDetails, counter);
    assignIds(own, 'id' in element ? element.id : undefined, used);
    blocks.push(...own);
  }
  // docs/contract.md §6: the first block's block_id names the card even when its first element drew no block.
  const first = card.elements[0];
  const firstId = first && 'id' in first ? first.id : undefined;
  if (firstId && blocks[0] && blocks[0].block_id !== firstId && !used.has(firstId))
    blocks[0].block_id = firstId;
  return { text: truncate(escapeMrkdwn(card.fallbackText), L.fallbackText), blocks: fitMessage(blocks) };
}
