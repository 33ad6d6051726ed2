// A platform-neutral card model (AGENTS.md, "Cards as a neutral model"). The core builds these;
// each adapter renders them: Block Kit (Slack), Adaptive Cards (Teams), plain text (terminal).
// All text here is plain text: renderers escape it for their markup, so user text can never
// become a mention or a disguised link.

/** What a button sends back. Answer buttons carry at least {q, a} (docs/contract.md §6, §7). */
export type ChoiceValue =
  | { q: string; a: string }
  /**
   * Navigation. `change` (with `q`) re-asks one answered question; `share` publishes the result
   * visibly; `details` asks for the recommendation's details where a card cannot reveal them itself.
   */
  | { action: 'back' | 'restart' | 'compare' | 'start' | 'help' | 'share' | 'details' }
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
  | { type: 'context'; text: string }
  /**
   * Details on demand: hidden until asked for. A renderer that can reveal content in place (Teams)
   * ties the card's `details` choice to it; one that cannot (Slack) keeps that choice, which asks the
   * core for the same content as a new card; one with no room limit (terminal) shows it inline.
   */
  | { type: 'details'; id: string; elements: DetailElement[] };

/** What a details section may hold: text, never buttons or another details section. */
export type DetailElement = Exclude<CardElement, { type: 'choices' } | { type: 'details' }>;

type CardKind =
  | 'welcome'
  | 'question'
  | 'answered'
  | 'understood'
  | 'recommendation'
  | 'comparison'
  | 'answer'
  | 'notice'
  | 'help'
  | 'details';

export type Card = {
  kind: CardKind;
  /**
   * Plain-text summary for notifications, chat-list previews and clients that cannot render cards:
   * what the card says in one line ("Recommendation: Containers — ECS on Fargate").
   */
  fallbackText: string;
  elements: CardElement[];
  /**
   * How many leading elements (a welcome, what a description read, and the divider after them) open
   * a question card before the question itself; absent when none do. The terminal numbers only the
   * question's buttons, so "1" is its first answer on every surface.
   */
  leads?: number;
};

/** True for the choice that asks for a card's details. */
export const isDetailsChoice = (c: Choice): boolean => 'action' in c.value && c.value.action === 'details';
