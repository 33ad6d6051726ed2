// A slash command's first reply travels in the acknowledgement body when it is ready in time: the
// common case then costs Slack one HTTP exchange, not an ack plus a response_url POST. When the
// reply is late (a slow store) the command is acked empty at the budget and every reply goes
// through the response_url as before.
import type { AckFn, RespondArguments, RespondFn } from '@slack/bolt';

/** Well inside Slack's 3 s, leaving room for the network between Slack and us. */
const ACK_REPLY_BUDGET_MS = 1500;

export interface AckReply {
  /** Sends the first plain reply as the ack body, later ones (or a late first) to the response_url. */
  respond(message: RespondArguments): Promise<unknown>;
  /** Acks with an empty body unless a reply went in it already; call it on every path. */
  finish(): Promise<void>;
}

export function ackWithFirstReply(
  ack: AckFn<string | RespondArguments>,
  respond: RespondFn,
  budgetMs = ACK_REPLY_BUDGET_MS,
): AckReply {
  let acking: Promise<void> | undefined;
  const ackOnce = (message?: RespondArguments): Promise<void> => {
    if (acking) return acking;
    clearTimeout(timer);
    acking = ack(message);
    return acking;
  };
  const timer = setTimeout(() => {
    // Bolt logs a failed ack itself; nothing else to do here.
    ackOnce().catch(() => undefined);
  }, budgetMs);

  return {
    async respond(message) {
      // Only a new message can ride in the ack body (there is nothing to replace or delete yet).
      if (acking || message.replace_original || message.delete_original) return respond(message);
      const { replace_original: _, ...body } = message;
      await ackOnce(body);
    },
    finish: () => ackOnce(),
  };
}
