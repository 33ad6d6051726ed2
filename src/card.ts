// A platform-neutral card model (STYLE.md "Cards as a neutral model"). The core builds these;
// each adapter renders them: Block Kit (Slack), Adaptive Cards (Teams), plain text (terminal).
// All text here is plain text: renderers escape it for their markup, so user text can never
// become a mention or a disguised link.

/** What a button sends back. Answer buttons carry at least {q, a} (SPEC §6, §7). */
export type ChoiceValue =
  | { q: string; a: string }
  /** Navigation. `change` (with `q`) re-asks one answered question; `share` publishes the result visibly. */
  | { action: 'back' | 'restart' | 'compare' | 'start' | 'help' | 'share' }
  | { action: 'change'; q: string };

export type Choice = { label: string; value: ChoiceValue; style?: 'primary' | 'default' };

export type CardElement =
  /** A short title. `id` on the first element names the card (e.g. `recommendation:vm`). */
  | { type: 'header'; text: string; id?: string }
  | { type: 'text'; text: string; weight?: 'normal' | 'bold'; muted?: boolean; id?: string }
  | { type: 'fields'; fields: { label: string; value: string }[]; id?: string }
  | { type: 'choices'; id: string; choices: Choice[] }
  | { type: 'links'; links: { title: string; url: string }[]; id?: string }
  | { type: 'divider' }
  | { type: 'context'; text: string };

export type CardKind =
  | 'welcome'
  | 'question'
  | 'answered'
  | 'understood'
  | 'recommendation'
  | 'comparison'
  | 'answer'
  | 'notice'
  | 'help';

export type Card = {
  kind: CardKind;
  /** Plain-text summary for notifications and clients that cannot render cards. */
  fallbackText: string;
  elements: CardElement[];
};
