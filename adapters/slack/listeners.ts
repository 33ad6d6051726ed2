// Bolt listeners: each acks at once, then turns its payload into one core event, hands it to the
// advisor and delivers the effects. Errors are logged here; none reaches Bolt as a crash.
import { type AckFn, type App, ErrorCode, type RespondArguments, type RespondFn } from '@slack/bolt';
import type { z } from 'zod';
import type { CoreEvent } from '../../src/events.js';
import { noticeCard } from '../../src/notice.js';
import { type Logger, type Metrics, noMetrics } from '../../src/ports.js';
import type { Advisor } from '../../src/service.js';
import { ackWithFirstReply } from './ack-reply.js';
import { decodeButtonValue } from './button-value.js';
import { deliver } from './deliver.js';
import type { Inflight } from './inflight.js';
import { conversationKey, parseConversationKey, type SlackConversation } from './keys.js';
import { refuseUnauthorised } from './oauth-listeners.js';
import { createOutlet, type OutletContext } from './outlet.js';
import { BlockActionsPayload, EventEnvelope, SlashCommandPayload, type UserMessage } from './payloads.js';
import { ACTION_ID_PREFIX, renderBlockKit } from './render-block-kit.js';
import { messageEvent, messageText, slashCommandEvent } from './translate.js';

/** Bolt's extended error handler arguments (the error with the request body); Bolt does not export the type. */
type ExtendedErrorArgs = Parameters<Parameters<App['error']>[0]>[0];

export interface ListenerDeps {
  advisor: Advisor;
  logger: Logger;
  inflight: Inflight;
  now: () => number;
  /** Records the time from a payload arriving to its reply being handed to Slack. */
  metrics?: Metrics;
}

/** Where a payload did not match (field paths only: never user content in logs). */
const paths = (error: z.ZodError): string[] => error.issues.map((i) => i.path.join('.') || '(root)');

/** Message subtypes that are still a person writing (a file with a comment, a reply sent to the channel too). */
const PERSON_SUBTYPES = new Set(['file_share', 'thread_broadcast']);
const personWrote = (subtype: string | undefined) => subtype === undefined || PERSON_SUBTYPES.has(subtype);

export const STALE_BUTTON =
  'That button belongs to a conversation I can no longer find. Type /virt to start a new one.';

/** One core event through the advisor, its effects delivered through the outlet, the turn timed. */
function turnHandler(deps: ListenerDeps) {
  const { advisor, logger } = deps;
  const metrics = deps.metrics ?? noMetrics;
  return async function handle(
    conversation: SlackConversation,
    event: CoreEvent,
    outlet: Omit<OutletContext, 'conversation'>,
    deliveryId?: string,
  ): Promise<void> {
    const began = performance.now();
    const key = conversationKey(conversation);
    const effects = await advisor.handle(key, event, {
      surface: 'slack',
      ...(deliveryId ? { deliveryId } : {}),
    });
    await deliver(effects, createOutlet({ ...outlet, conversation }), key, logger.child({ key }));
    if (effects.length > 0) metrics.turnCompleted('slack', (performance.now() - began) / 1000);
  };
}

/** What a slash command listener is given: Bolt's listener arguments, or the HTTP route's own (http-route.ts). */
export interface SlashCommandArgs {
  ack: AckFn<string | RespondArguments>;
  body: unknown;
  respond: RespondFn;
  client: OutletContext['client'];
}

/** `/virt …`: acked with the first reply when it is ready in time, in a private conversation. */
export function slashCommandListener(deps: ListenerDeps): (args: SlashCommandArgs) => Promise<void> {
  const { logger, inflight, now } = deps;
  const handle = turnHandler(deps);
  return async ({ ack, body, respond, client }) => {
    // The first reply goes in the ack body when it is ready within the budget (see ack-reply.ts).
    const reply = ackWithFirstReply(ack, respond);
    try {
      await inflight.run(async () => {
        const parsed = SlashCommandPayload.safeParse(body);
        if (!parsed.success)
          return logger.warn({ issues: paths(parsed.error) }, 'ignored a malformed slash command');
        const p = parsed.data;
        const conversation = {
          kind: 'ephemeral',
          team: p.team_id,
          channel: p.channel_id,
          user: p.user_id,
        } as const;
        await handle(conversation, slashCommandEvent(p.text, p.user_id, now()), {
          client,
          user: p.user_id,
          channel: p.channel_id,
          respond: reply.respond,
        });
      });
    } finally {
      await reply.finish();
    }
  };
}

export function registerListeners(app: App, deps: ListenerDeps): void {
  const { logger, inflight, now } = deps;
  const handle = turnHandler(deps);

  app.command(/.*/, slashCommandListener(deps));

  app.action(/.*/, async ({ ack, body, respond, client }) => {
    await ack();
    await inflight.run(async () => {
      const parsed = BlockActionsPayload.safeParse(body);
      if (!parsed.success) return logger.warn({ issues: paths(parsed.error) }, 'ignored a malformed action');
      const p = parsed.data;
      const action = p.actions[0];
      if (!action?.action_id.startsWith(ACTION_ID_PREFIX)) return;
      const team = p.team?.id ?? p.user.team_id;
      const channel = p.channel?.id ?? p.container.channel_id;
      const decoded = action.value === undefined ? undefined : decodeButtonValue(action.value);
      const conversation = decoded ? parseConversationKey(decoded.key) : undefined;
      // A button only acts on the conversation of the channel it was clicked in.
      if (
        !decoded ||
        !conversation ||
        conversation.channel !== channel ||
        (team && conversation.team !== team)
      ) {
        logger.warn({ action: action.action_id }, 'a button did not name a conversation of its channel');
        const stale = renderBlockKit(noticeCard(STALE_BUTTON));
        await respond({ response_type: 'ephemeral', replace_original: false, ...stale }).catch(
          () => undefined,
        );
        return;
      }
      await handle(
        conversation,
        { type: 'button', userId: p.user.id, at: now(), value: decoded.value },
        {
          client,
          user: p.user.id,
          channel: conversation.channel,
          respond,
          source: {
            channel: conversation.channel,
            ts: p.container.message_ts ?? p.message?.ts,
            ephemeral: p.container.is_ephemeral ?? false,
          },
        },
      );
    });
  });

  type Envelope = { team: string; eventId?: string; ev: UserMessage };
  function envelope(body: unknown): Envelope | undefined {
    const parsed = EventEnvelope.safeParse(body);
    if (!parsed.success || !parsed.data.team_id) return undefined;
    const { team_id, event_id, event } = parsed.data;
    return { team: team_id, ev: event, ...(event_id ? { eventId: `slack:${event_id}` } : {}) };
  }

  /** A person's words in a thread or a DM: the bot's own mention stripped, deduplicated by event_id. */
  async function onWords(
    e: Envelope,
    conversation: SlackConversation,
    botUserId: string | undefined,
    client: OutletContext['client'],
  ) {
    const text = messageText(e.ev.text, botUserId);
    const outlet = { client, user: e.ev.user, channel: e.ev.channel };
    const event = messageEvent(text, e.ev.user, now(), conversation.kind === 'dm');
    await handle(conversation, event, outlet, e.eventId);
  }

  app.event('app_mention', async ({ body, context, client }) => {
    await inflight.run(async () => {
      const e = envelope(body);
      if (!e) return logger.warn('ignored a malformed app_mention');
      // In a DM the message.im listener answers; never twice.
      if (e.ev.channel_type === 'im' || e.ev.channel.startsWith('D')) return;
      const threadTs = e.ev.thread_ts ?? e.ev.ts;
      await onWords(
        e,
        { kind: 'thread', team: e.team, channel: e.ev.channel, threadTs },
        context.botUserId,
        client,
      );
    });
  });

  app.event('message', async ({ body, context, client }) => {
    await inflight.run(async () => {
      const e = envelope(body);
      // Only a person's own words in a DM: no edits, joins, bot posts, or our own messages.
      if (!e) return;
      if (
        e.ev.channel_type !== 'im' ||
        !personWrote(e.ev.subtype) ||
        e.ev.bot_id ||
        e.ev.user === context.botUserId
      )
        return;
      await onWords(e, { kind: 'dm', team: e.team, channel: e.ev.channel }, context.botUserId, client);
    });
  });

  app.error(async ({ error, body }: ExtendedErrorArgs) => {
    // Bolt found no installation for the request's workspace (install flow): say so, politely.
    if (error.code === ErrorCode.AuthorizationError) {
      await inflight.run(() => refuseUnauthorised(error, body, logger));
      return;
    }
    logger.error(
      { code: 'code' in error ? error.code : undefined, err: error.message },
      'Slack listener failed',
    );
  });
}
