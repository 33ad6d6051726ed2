// The one place an inbound Bot Framework activity is checked before botbuilder sees it: a malformed
// body gets a 400 from us instead of an exception (or a console.error) inside the SDK.
import { z } from 'zod';

const Account = z.looseObject({ id: z.string().min(1).max(512), name: z.string().max(512).optional() });

export const InboundActivity = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(512).optional(),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.string().min(1).max(2048),
  from: z.looseObject({ id: z.string().min(1).max(512), aadObjectId: z.string().max(512).optional() }),
  recipient: Account,
  conversation: z.looseObject({
    id: z.string().min(1).max(1024),
    conversationType: z.string().max(64).optional(),
    tenantId: z.string().max(256).optional(),
  }),
  text: z.string().max(100_000).optional(),
  replyToId: z.string().max(512).optional(),
  value: z.unknown().optional(),
  entities: z
    .array(z.looseObject({ type: z.string().max(128) }))
    .max(100)
    .optional(),
  membersAdded: z.array(Account).max(1000).optional(),
  channelData: z.looseObject({ tenant: z.looseObject({ id: z.string().max(256) }).optional() }).optional(),
});
export type InboundActivity = z.infer<typeof InboundActivity>;

/**
 * Activities the route has validated: botbuilder hands the same object to the bot, which then need
 * not walk it again. Keyed weakly, so a finished turn's activity is not kept.
 */
const validated = new WeakSet<object>();

/** InboundActivity.safeParse, done once for an activity the route has already checked. */
export function parseInbound(value: unknown): ReturnType<typeof InboundActivity.safeParse> {
  if (typeof value === 'object' && value !== null && validated.has(value))
    return { success: true, data: value as InboundActivity };
  const parsed = InboundActivity.safeParse(value);
  if (parsed.success) validated.add(parsed.data);
  return parsed;
}
