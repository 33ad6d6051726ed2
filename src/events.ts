// The one way in (AGENTS.md): every adapter turns its platform payload into a CoreEvent.
import { z } from 'zod';
import type { Card } from './card.js';

const base = {
  /** The platform user who acted (opaque id). */
  userId: z.string().min(1).max(256),
  /** Milliseconds since the epoch, passed in so the core never reads a clock. */
  at: z.number().int().nonnegative(),
};

export const CoreEvent = z.discriminatedUnion('type', [
  /** Start (or restart) an interview; `text` is an optional workload description to read first. */
  z.object({ type: z.literal('start'), ...base, text: z.string().max(100_000).optional() }),
  /**
   * A button press: the button's value exactly as the card carried it (a ChoiceValue such as {q, a}).
   * Adapters forward it untouched; the core validates it, so a forged or stale value gets a polite re-ask.
   */
  z.object({ type: z.literal('button'), ...base, value: z.unknown() }),
  /** Anything typed into an ongoing conversation: an option name/number, a command word, a question. */
  z.object({ type: z.literal('text'), ...base, text: z.string().max(100_000) }),
  /** A free-form question for the knowledge module (`/virt ask`, `ask`). */
  z.object({ type: z.literal('ask'), ...base, text: z.string().max(100_000) }),
]);
export type CoreEvent = z.infer<typeof CoreEvent>;

/**
 * What the core asks an adapter to do.
 * - `reply`: post a new message in the conversation (thread, chat, terminal).
 * - `replace_source`: replace the message whose button produced this event (answer recorded in place);
 *   adapters that cannot, or events that came from typed text, may ignore it.
 * - `private_notice`: tell only the acting user (Slack: ephemeral; Teams: a reply).
 * - `publish`: post visibly to everyone in the channel (Slack "Share to channel" from an ephemeral
 *   interview); where replies are already visible, adapters treat it as `reply`.
 */
export type Effect =
  | { type: 'reply'; card: Card }
  | { type: 'replace_source'; card: Card }
  | { type: 'private_notice'; card: Card }
  | { type: 'publish'; card: Card };
