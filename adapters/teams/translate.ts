// Activity → what the core should hear (AGENTS.md: adapters translate, never decide). Personal chat:
// every message is `text`. Channel and group chat: only messages that @mention the bot, with the
// mention removed. A card's Action.Submit arrives as a message whose `value` is the button's data:
// it becomes a `button` event with that value untouched. Whether text is an answer, a question or a
// description, and who may answer, is the core's business.
import { TurnContext } from 'botbuilder';
import type { InboundActivity } from './activity-schema.js';

export type Inbound =
  | { kind: 'event'; key: string; deliveryId?: string; event: TextOrButton }
  | { kind: 'welcome'; key: string; deliveryId?: string }
  | { kind: 'ignore'; reason: string };

type TextOrButton =
  | { type: 'text' | 'ask'; userId: string; at: number; text: string }
  | { type: 'start'; userId: string; at: number }
  | { type: 'button'; userId: string; at: number; value: unknown };

/**
 * One interview per place: a personal chat, a group chat, or a channel reply chain. In channels the
 * conversation id already names the chain (`19:…@thread.tacv2;messageid=<root>`), so replies land in
 * it and everyone in the thread shares the interview (the core lets only its starter answer).
 */
export function conversationKey(activity: InboundActivity): string {
  const tenant = activity.conversation.tenantId ?? activity.channelData?.tenant?.id ?? '-';
  return `teams:${tenant}:${activity.conversation.id}`;
}

/** Teams redelivers a turn that took over 15 s; the same conversation + activity id is handled once. */
function deliveryIdOf(activity: InboundActivity): string | undefined {
  return activity.id ? `teams:${activity.conversation.id}:${activity.id}` : undefined;
}

const isShared = (activity: InboundActivity): boolean =>
  activity.conversation.conversationType === 'channel' ||
  activity.conversation.conversationType === 'groupChat';

function mentionsBot(activity: InboundActivity): boolean {
  return (activity.entities ?? []).some((e) => {
    if (e.type.toLowerCase() !== 'mention') return false;
    const mentioned = e.mentioned as { id?: unknown } | undefined;
    return mentioned?.id === activity.recipient.id;
  });
}

/** The message text without the bot's `<at>Name</at>` and without Teams' HTML spaces. */
function messageText(activity: InboundActivity): string {
  let text = activity.text ?? '';
  if (mentionsBot(activity)) {
    type Removable = Parameters<typeof TurnContext.removeRecipientMention>[0];
    try {
      // botbuilder's own helper strips exactly the mention entity's text; it works on a copy here.
      text = TurnContext.removeRecipientMention({ ...activity, text } as unknown as Removable) ?? text;
    } catch {
      // A malformed entity: fall back to the bot's display name below.
    }
    const name = activity.recipient.name;
    if (name) text = text.split(`<at>${name}</at>`).join(' ');
  }
  return text
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function translate(activity: InboundActivity, at: number): Inbound {
  if (activity.from.id === activity.recipient.id) return { kind: 'ignore', reason: 'own message' };
  const key = conversationKey(activity);
  const deliveryId = deliveryIdOf(activity);
  const withDelivery = <T extends object>(x: T) => (deliveryId ? { ...x, deliveryId } : x);
  const userId = activity.from.id;

  if (activity.type === 'conversationUpdate') {
    const botAdded = (activity.membersAdded ?? []).some((m) => m.id === activity.recipient.id);
    return botAdded
      ? withDelivery({ kind: 'welcome' as const, key })
      : { kind: 'ignore', reason: 'members changed' };
  }
  if (activity.type !== 'message') return { kind: 'ignore', reason: `activity type ${activity.type}` };

  // Our cards' Action.Submit data is exactly the choice value (no routing fields are added), so it is
  // forwarded as it came; the core validates it.
  if (activity.value !== undefined && activity.value !== null) {
    const event = { type: 'button' as const, userId, at, value: activity.value };
    return withDelivery({ kind: 'event' as const, key, event });
  }
  if (isShared(activity) && !mentionsBot(activity))
    return { kind: 'ignore', reason: 'not addressed to the bot' };
  return withDelivery({
    kind: 'event' as const,
    key,
    event: typedEvent(messageText(activity), isShared(activity), userId, at),
  });
}

/**
 * `ask <question>` is the manifest's command (Teams' counterpart of `/virt ask`); a bare @mention in a
 * channel starts an interview, like Slack's. Everything else is typed text for the core to read.
 */
function typedEvent(text: string, shared: boolean, userId: string, at: number): TextOrButton {
  const ask = /^ask(?:\s+([\s\S]*))?$/i.exec(text);
  if (ask) return { type: 'ask', userId, at, text: (ask[1] ?? '').trim() };
  if (shared && text === '') return { type: 'start', userId, at };
  return { type: 'text', userId, at, text };
}
