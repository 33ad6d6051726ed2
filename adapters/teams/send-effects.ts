// Core effects → Bot Connector calls. Replies go to the conversation the activity came from (in a
// channel that is its reply chain, because the conversation id carries `;messageid=`). An answered
// question card is replaced in place with updateActivity, so the chat keeps one compact line per answer.
import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { Card } from '../../src/card.js';
import type { Effect } from '../../src/events.js';
import type { Logger } from '../../src/ports.js';
import { adaptiveCardAttachment } from './render-adaptive-card.js';

function cardMessage(card: Card) {
  return { type: ActivityTypes.Message, attachments: [adaptiveCardAttachment(card)] };
}

export async function sendCard(context: TurnContext, card: Card): Promise<void> {
  await context.sendActivity(cardMessage(card));
}

export async function sendEffects(context: TurnContext, effects: Effect[], logger: Logger): Promise<void> {
  for (const effect of effects) {
    if (effect.type === 'replace_source') {
      // Only a card's Action.Submit has a source message: its id is the submit's replyToId.
      const sourceId = context.activity.replyToId;
      if (!sourceId || context.activity.value == null) continue;
      try {
        await context.updateActivity({ ...cardMessage(effect.card), id: sourceId });
      } catch (error) {
        // The answer is recorded and the next question still goes out; only the tidy-up failed.
        logger.warn(
          { err: error instanceof Error ? error.message : String(error) },
          'could not replace the answered card',
        );
      }
      continue;
    }
    // reply, publish (a reply is already visible to all) and private_notice (Teams bots have no
    // ephemeral messages) are all posted to the conversation.
    await sendCard(context, effect.card);
  }
}
