// How buttons are laid out in rows, shared by the renderers. Some hosts (the official Adaptive Cards
// renderer among them) lay an action row out horizontally and never wrap it: a button past the edge
// is clipped or hidden. Rows are therefore built for the narrowest screen, a phone about 360 px wide.
import type { Choice } from './card.js';

/** At most this many buttons side by side, and never a title longer than MAX_BUTTON_TITLE. */
export const MAX_BUTTONS_PER_ROW = 3;
/** What one full-width button shows whole on a 360 px phone (measured with `npm run preview`). */
export const MAX_BUTTON_TITLE = 30;
/**
 * Characters a phone-width row holds when its buttons share the width equally: a row of n buttons
 * fits when n × (longest title) stays within it. Measured in the official renderer at 360 px.
 */
const ROW_CHARS = 26;

/**
 * A button title a phone shows whole. A longer option label keeps the words before its colon
 * ("Strong: untrusted or multi-tenant code" → "Strong"); the card's text lists the full labels.
 */
export function buttonTitle(label: string): string {
  const chars = Array.from(label);
  if (chars.length <= MAX_BUTTON_TITLE) return label;
  const head = label.split(':')[0]?.trim() ?? '';
  if (head.length >= 3 && head.length < label.length) return head;
  return `${chars.slice(0, MAX_BUTTON_TITLE - 1).join('')}…`;
}

/** Group buttons into rows that fit a phone: short titles share a row, long ones get their own. */
export function buttonRows<T extends Pick<Choice, 'label'>>(choices: T[], rowChars = ROW_CHARS): T[][] {
  const rows: T[][] = [];
  let row: T[] = [];
  let longest = 0;
  for (const c of choices) {
    const width = Math.max(longest, Array.from(c.label).length);
    if (row.length > 0 && (row.length >= MAX_BUTTONS_PER_ROW || (row.length + 1) * width > rowChars)) {
      rows.push(row);
      row = [];
      longest = 0;
    }
    row.push(c);
    longest = Math.max(longest, Array.from(c.label).length);
  }
  if (row.length > 0) rows.push(row);
  return rows;
}
