// Core effects → Bot Connector calls. Replies go to the conversation the activity came from (in a
// channel that is its reply chain, because the conversation id carries `;messageid=`). An answered
// question card is replaced in place with updateActivity, so the chat keeps one compact line per answer.
import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { Card } from '../../src/card.js';
import { errorMessage } from '../../src/errors.js';
import type { Effect } from '../../src/events.js';
import type { Logger } from '../../src/ports.js';
import { adaptiveCardAttachment } from './render-adaptive-card.js';

/** Chat lists and notifications preview an activity's `summary`; without one they say only "Card". */
const MAX_SUMMARY_CHARS = 200;

function summaryOf(text: string): string {
  // Fewer UTF-16 units than the limit is fewer characters too: no need to split the text.
  if (text.length <= MAX_SUMMARY_CHARS) return text;
  const chars = Array.from(text);
  return chars.length <= MAX_SUMMARY_CHARS ? text : `${chars.slice(0, MAX_SUMMARY_CHARS - 1).join('')}…`;
}

function cardMessage(card: Card) {
  return {
    type: ActivityTypes.Message,
    summary: summaryOf(card.fallbackText),
    attachments: [adaptiveCardAttachment(card)],
  };
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
        logger.warn({ err: errorMessage(error) }, 'could not replace the answered card');
      }
      continue;
    }
    // reply, publish (a reply is already visible to all) and private_notice (Teams bots have no
    // ephemeral messages) are all posted to the conversation.
    await sendCard(context, effect.card);
  }
}
