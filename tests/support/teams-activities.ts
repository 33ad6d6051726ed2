// Real Bot Framework activity JSON, as Teams sends it, and helpers to read the Adaptive Cards the
// bot sent back (through the fake connector) so tests press the buttons the bot really rendered.
import { randomUUID } from 'node:crypto';
import type { RecordedCall } from './fake-connector.js';

export const BOT = { id: '28:virt-advisor-bot', name: 'Virt Advisor' };
export const TENANT = '72f988bf-0000-4000-8000-000000000001';

export type Activity = Record<string, unknown> & { id: string; type: string };
export type Place = { conversationId: string; conversationType: 'personal' | 'channel' | 'groupChat' };

export const personalChat = (user = 'alice'): Place => ({
  conversationId: `a:1personal-${user}-${randomUUID()}`,
  conversationType: 'personal',
});

/** A channel reply chain: Teams puts the root message id into the conversation id. */
export const channelThread = (): Place => ({
  conversationId: `19:${randomUUID().replace(/-/g, '')}@thread.tacv2;messageid=${Date.now()}`,
  conversationType: 'channel',
});

export function user(name: string) {
  return {
    id: `29:user-${name}`,
    name,
    aadObjectId: `00000000-0000-4000-8000-${name.padEnd(12, '0').slice(0, 12)}`,
  };
}

function base(place: Place, serviceUrl: string, from: ReturnType<typeof user>) {
  return {
    id: `1${Date.now()}${Math.floor(Math.random() * 1e6)}`,
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    locale: 'en-US',
    from,
    recipient: BOT,
    conversation: {
      id: place.conversationId,
      conversationType: place.conversationType,
      tenantId: TENANT,
      ...(place.conversationType === 'personal' ? {} : { isGroup: true }),
    },
    channelData: { tenant: { id: TENANT } },
  };
}

export function message(place: Place, serviceUrl: string, text: string, from = user('alice')): Activity {
  return { ...base(place, serviceUrl, from), type: 'message', text, textFormat: 'plain' };
}

/** `<at>Virt Advisor</at> text` with the mention entity Teams adds. */
export function mention(place: Place, serviceUrl: string, text: string, from = user('alice')): Activity {
  const at = `<at>${BOT.name}</at>`;
  return {
    ...message(place, serviceUrl, `${at} ${text}`, from),
    entities: [
      { type: 'mention', text: at, mentioned: { id: BOT.id, name: BOT.name } },
      { type: 'clientInfo', locale: 'en-US', country: 'US', platform: 'Web' },
    ],
  };
}

/** What Teams sends when someone presses an Action.Submit button: data in `value`, replyToId = the card. */
export function submit(
  place: Place,
  serviceUrl: string,
  cardActivityId: string,
  data: unknown,
  from = user('alice'),
): Activity {
  return { ...base(place, serviceUrl, from), type: 'message', replyToId: cardActivityId, value: data };
}

export function botAdded(place: Place, serviceUrl: string, from = user('alice')): Activity {
  return { ...base(place, serviceUrl, from), type: 'conversationUpdate', membersAdded: [BOT] };
}

// --- reading what the bot sent ---

type CardBody = {
  id?: string;
  type: string;
  actions?: { type: string; title: string; data?: unknown; url?: string }[];
} & Record<string, unknown>;
export type AdaptiveCard = { type: string; version: string; body: CardBody[] };

export function cardOf(call: RecordedCall): AdaptiveCard {
  const attachments = call.activity.attachments as
    | { contentType: string; content: AdaptiveCard }[]
    | undefined;
  const card = attachments?.[0];
  if (card?.contentType !== 'application/vnd.microsoft.card.adaptive') {
    throw new Error(`not an Adaptive Card message: ${JSON.stringify(call.activity).slice(0, 200)}`);
  }
  return card.content;
}

export const cardId = (call: RecordedCall): string => cardOf(call).body[0]?.id ?? '';

export function submitActions(card: AdaptiveCard): { title: string; data: unknown }[] {
  return card.body.flatMap((el) =>
    (el.actions ?? [])
      .filter((a) => a.type === 'Action.Submit')
      .map((a) => ({ title: a.title, data: a.data })),
  );
}

/** All visible text of a card (TextRuns, facts), for assertions about wording. */
export function cardText(card: AdaptiveCard): string {
  return JSON.stringify(card.body);
}

export async function postActivity(
  url: string,
  activity: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof activity === 'string' ? activity : JSON.stringify(activity),
  });
  return { status: res.status, body: await res.text() };
}
