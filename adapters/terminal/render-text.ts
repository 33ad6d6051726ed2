// Renders a platform-neutral card as plain terminal text. Buttons become numbered options; the
// terminal adapter maps a typed number back to that button's value, so it presses the same buttons
// as Slack and Teams users do.
import { type Card, type CardElement, type Choice, isDetailsChoice } from '../../src/card.js';

export interface RenderTextOptions {
  /** Number of the card's first button (buttons are numbered across one batch of cards). Default 1. */
  firstNumber?: number;
  /** Show the buttons (the CLI's `--format text` output has nothing to press). Default true. */
  showChoices?: boolean;
  /** Number the buttons (default) or show them as [label], pressed by typing the label. */
  numbered?: boolean;
}

/** Where a card's numbered buttons begin: after the leads that open a question (src/card.ts). */
const numberedFrom = (card: Card): number => card.leads ?? 0;

/** Every button on the card, in display order. */
export function cardChoices(card: Card): Choice[] {
  return card.elements.flatMap((e) => (e.type === 'choices' ? visible(e.choices) : []));
}

/** The buttons a typed number presses: those after the card's leads. */
export function numberedChoices(card: Card): Choice[] {
  return card.elements
    .slice(numberedFrom(card))
    .flatMap((e) => (e.type === 'choices' ? visible(e.choices) : []));
}

// A terminal is a private chat with one person: there is no channel to share a result to. It shows
// a card's details inline (a terminal scrolls), so a Details button would only repeat them.
function visible(choices: Choice[]): Choice[] {
  return choices.filter((c) => !('action' in c.value && c.value.action === 'share') && !isDetailsChoice(c));
}

// Terminal control characters in card text (which may echo user input) could move the cursor or
// rewrite the screen; show them as visible escapes instead. The command line's error lines use it too.
export function clean(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const control = (code < 0x20 && ch !== '\n' && ch !== '\t') || (code >= 0x7f && code <= 0x9f);
    out += control ? `\\x${code.toString(16).padStart(2, '0')}` : ch;
  }
  return out;
}

export function renderText(card: Card, options: RenderTextOptions = {}): string {
  const showChoices = options.showChoices ?? true;
  let number = options.firstNumber ?? 1;
  const lines: string[] = [];
  const from = numberedFrom(card);
  const elements = card.elements.flatMap((e, i): (CardElement & { lead?: boolean })[] =>
    e.type === 'details' ? [{ type: 'divider' }, ...e.elements] : [i < from ? { ...e, lead: true } : e],
  );
  for (const element of elements) {
    switch (element.type) {
      case 'header': {
        const text = clean(element.text);
        lines.push(text, '='.repeat(Math.min(text.length, 72)));
        break;
      }
      case 'text':
        lines.push(element.muted ? `(${clean(element.text)})` : clean(element.text));
        break;
      case 'fields':
        for (const f of element.fields) lines.push(`${clean(f.label)}: ${clean(f.value)}`);
        break;
      case 'choices':
        if (!showChoices) break;
        if (options.numbered === false || element.lead)
          lines.push(
            `  ${visible(element.choices)
              .map((c) => `[${clean(c.label)}]`)
              .join(' ')}`,
          );
        else for (const c of visible(element.choices)) lines.push(`  ${number++}) ${clean(c.label)}`);
        break;
      case 'links':
        lines.push('Sources:');
        for (const l of element.links) lines.push(`  - ${clean(l.title)}: ${clean(l.url)}`);
        break;
      case 'divider':
        lines.push('-'.repeat(40));
        break;
      case 'context':
        lines.push(`  ${clean(element.text)}`);
        break;
      case 'details':
        break; // flattened above
    }
  }
  return `${lines.join('\n')}\n`;
}
