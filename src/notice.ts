import type { Card, CardElement, Choice } from './card.js';

/**
 * A short message card: errors, refusals, confirmations. `choices` gives it the buttons its text
 * mentions ("press Back or Restart"), so the words never point at a button that is not there.
 */
export function noticeCard(text: string, title?: string, choices: Choice[] = []): Card {
  const elements: CardElement[] = [
    ...(title ? [{ type: 'header' as const, text: title }] : []),
    { type: 'text' as const, text },
  ];
  if (choices.length > 0) elements.push({ type: 'choices', id: 'notice:actions', choices });
  return { kind: 'notice', fallbackText: title ? `${title}: ${text}` : text, elements };
}

export const NOTICES = {
  storeTrouble: () =>
    noticeCard(
      "I'm having trouble reaching my memory right now. Please try that again in a moment — your interview is kept where it was.",
    ),
  /** The store took the write but never confirmed it: the answer may or may not be in. */
  storeUnsure: () =>
    noticeCard(
      "I'm having trouble reaching my memory and couldn't confirm whether I recorded that. Give me a moment, then type help to see where your interview stands.",
    ),
  busy: () => noticeCard('That arrived while I was still recording another answer. Please try it again.'),
  // Card text is plain text on every platform: a markdown `help` would show its backticks.
  invalidEvent: () =>
    noticeCard('Sorry, I couldn\'t understand that request. Type "help" to see what I can do.'),
  internal: () => noticeCard('Sorry, something went wrong on my side. Please try again in a moment.'),
};
