// The parts of Slack's payloads the adapter reads, parsed once at the edge (Slack sends much more).
// Shapes: https://docs.slack.dev/interactivity/implementing-slash-commands,
// https://docs.slack.dev/reference/interaction-payloads/block_actions-payload, Events API app_mention / message.im.
import { z } from 'zod';

const id = z.string().min(1).max(64);

/**
 * Slack caps a message at 40,000 characters, but sends `&`, `<`, `>` escaped (`&amp;` is five), so a
 * legitimate long paste can arrive longer than that. It is cut, not refused: a refused payload is
 * dropped without a word to the person who wrote it. (The whole body is already bounded at 1 MiB.)
 */
const MAX_TEXT_CHARS = 40_000;
const words = z
  .string()
  .default('')
  .transform((text) => (text.length <= MAX_TEXT_CHARS ? text : text.slice(0, MAX_TEXT_CHARS)));

export const SlashCommandPayload = z.object({
  team_id: id,
  channel_id: id,
  user_id: id,
  text: words,
  response_url: z.url(),
});
export type SlashCommandPayload = z.infer<typeof SlashCommandPayload>;

export const BlockActionsPayload = z.object({
  type: z.literal('block_actions'),
  team: z.object({ id }).nullish(),
  user: z.object({ id, team_id: id.optional() }),
  channel: z.object({ id }).nullish(),
  container: z
    .object({
      message_ts: z.string().optional(),
      channel_id: id.optional(),
      is_ephemeral: z.boolean().optional(),
      thread_ts: z.string().optional(),
    })
    .default({}),
  message: z.object({ ts: z.string(), thread_ts: z.string().optional() }).optional(),
  response_url: z.url().optional(),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().max(2000).optional() })).min(1),
});
export type BlockActionsPayload = z.infer<typeof BlockActionsPayload>;

const UserMessage = z.object({
  type: z.string(),
  user: id,
  text: words,
  ts: z.string(),
  channel: id,
  thread_ts: z.string().optional(),
  channel_type: z.string().optional(),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
});
export type UserMessage = z.infer<typeof UserMessage>;

export const EventEnvelope = z.object({
  team_id: id.optional(),
  event_id: z.string().min(1).max(128).optional(),
  event: UserMessage,
});
export type EventEnvelope = z.infer<typeof EventEnvelope>;
