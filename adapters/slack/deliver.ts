// Render the core's effects as Block Kit and send them in order. A failed post is logged and, where
// a channel to the user is still open, answered with a short apology — never a crash, never a stack.
import { errorMessage } from '../../src/errors.js';
import type { Effect } from '../../src/events.js';
import { noticeCard } from '../../src/notice.js';
import type { Logger } from '../../src/ports.js';
import { parseConversationKey } from './keys.js';
import { type Outlet, slackErrorCode } from './outlet.js';
import { renderBlockKit } from './render-block-kit.js';

export const APOLOGY = "Sorry, I couldn't post my answer in Slack just now. Please try again in a moment.";

function describe(error: unknown): Record<string, unknown> {
  const code = slackErrorCode(error);
  const errorCode =
    typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
  return { slackError: code, code: errorCode, err: errorMessage(error) };
}

export async function deliver(
  effects: Effect[],
  outlet: Outlet,
  conversationKey: string,
  logger: Logger,
): Promise<void> {
  const share = parseConversationKey(conversationKey)?.kind === 'ephemeral' ? 'channel' : 'none';
  let failed = false;
  for (const effect of effects) {
    // A shared copy is read-only: its buttons would belong to someone else's private interview.
    const message = renderBlockKit(effect.card, {
      conversationKey,
      interactive: effect.type !== 'publish',
      share,
    });
    try {
      await outlet[effect.type](message);
    } catch (error) {
      failed = true;
      // Keep going: the next question is still worth posting when recording the answer in place failed.
      logger.warn(
        { effect: effect.type, card: effect.card.kind, ...describe(error) },
        'failed to post to Slack',
      );
    }
  }
  if (!failed) return;
  try {
    await outlet.private_notice(renderBlockKit(noticeCard(APOLOGY)));
  } catch (error) {
    logger.warn(describe(error), 'could not apologise either');
  }
}
