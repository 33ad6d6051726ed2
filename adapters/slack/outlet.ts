// Where each kind of effect goes in Slack, for one incoming request. An ephemeral (slash command)
// conversation speaks through the request's response_url; thread and DM conversations post with the
// Web API. This is transport only: which effects to produce is the core's business.
import type { RespondArguments, webApi } from '@slack/bolt';
import type { SlackConversation } from './keys.js';
import type { SlackMessage } from './render-block-kit.js';

/** The message a button was clicked on, for replacing it in place. */
interface SourceMessage {
  channel: string;
  ts: string | undefined;
  ephemeral: boolean;
}

export interface OutletContext {
  client: webApi.WebClient;
  conversation: SlackConversation;
  /** The user who acted (receives private notices). */
  user: string;
  /** The channel the request came from. */
  channel: string;
  /** Bolt's respond (response_url), or a wrapper that may put the first reply in the ack body. */
  respond?: (message: RespondArguments) => Promise<unknown>;
  source?: SourceMessage;
}

export interface Outlet {
  reply(message: SlackMessage): Promise<void>;
  replace_source(message: SlackMessage): Promise<void>;
  private_notice(message: SlackMessage): Promise<void>;
  publish(message: SlackMessage): Promise<void>;
}

function slackErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('data' in error)) return undefined;
  const data = (error as { data?: { error?: unknown } }).data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

export function createOutlet(ctx: OutletContext): Outlet {
  const { client, conversation: conv, respond } = ctx;
  const threadTs = conv.kind === 'thread' ? conv.threadTs : undefined;

  async function post(message: SlackMessage): Promise<void> {
    await client.chat.postMessage({
      channel: conv.channel,
      text: message.text,
      blocks: message.blocks,
      ...(threadTs ? { thread_ts: threadTs } : {}),
    });
  }

  /** Only the acting user sees it, in the thread when there is one. */
  async function postEphemeral(message: SlackMessage): Promise<void> {
    await client.chat.postEphemeral({
      channel: ctx.channel,
      user: ctx.user,
      text: message.text,
      blocks: message.blocks,
      ...(threadTs ? { thread_ts: threadTs } : {}),
    });
  }

  /** Through the request's response_url when there is one (it works where the bot is not a member). */
  async function ephemeral(message: SlackMessage): Promise<void> {
    if (!respond) return postEphemeral(message);
    await respond({
      response_type: 'ephemeral',
      replace_original: false,
      text: message.text,
      blocks: message.blocks,
    });
  }

  return {
    async reply(message) {
      if (conv.kind === 'ephemeral') return ephemeral(message);
      return post(message);
    },
    async replace_source(message) {
      const source = ctx.source;
      if (!source) return; // typed text has no message to replace
      if (source.ephemeral || !source.ts) {
        if (!respond) return;
        await respond({ replace_original: true, text: message.text, blocks: message.blocks });
        return;
      }
      await client.chat.update({
        channel: source.channel,
        ts: source.ts,
        text: message.text,
        blocks: message.blocks,
      });
    },
    async private_notice(message) {
      // A DM is already private to the user: answer there like any reply.
      if (conv.kind === 'dm') return post(message);
      if (conv.kind === 'ephemeral' || ctx.source?.ephemeral) return ephemeral(message);
      await postEphemeral(message);
    },
    async publish(message) {
      if (conv.kind !== 'ephemeral') return post(message);
      try {
        await client.chat.postMessage({ channel: conv.channel, text: message.text, blocks: message.blocks });
      } catch (error) {
        // The bot may not be a member of the channel the command came from; the response_url can
        // still post there visibly.
        const code = slackErrorCode(error);
        if (!respond || (code !== 'not_in_channel' && code !== 'channel_not_found')) throw error;
        await respond({
          response_type: 'in_channel',
          replace_original: false,
          text: message.text,
          blocks: message.blocks,
        });
      }
    },
  };
}

export { slackErrorCode };
