// Slack words → core events. Only transport-level reading happens here (which sub-command, which
// bot mention to strip); what the words mean is the core's business.
import type { CoreEvent } from '../../src/events.js';
import { slackToPlain } from './mrkdwn.js';

/** `/virt`, `/virt help`, `/virt ask <question>`, `/virt <workload description>` (docs/contract.md §6). */
export function slashCommandEvent(rawText: string, userId: string, at: number): CoreEvent {
  const text = slackToPlain(rawText).trim();
  if (text === '') return { type: 'start', userId, at };
  if (/^help$/i.test(text)) return { type: 'text', userId, at, text: 'help' };
  const ask = /^ask(?:\s+([\s\S]*))?$/i.exec(text);
  if (ask) return { type: 'ask', userId, at, text: (ask[1] ?? '').trim() };
  return { type: 'start', userId, at, text };
}

/** The words of a mention or DM without the bot's own @-mention. */
export function messageText(rawText: string, botUserId: string | undefined): string {
  const withoutBot = botUserId
    ? rawText.replace(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g'), ' ')
    : rawText;
  return slackToPlain(withoutBot).replace(/\s+/g, ' ').trim();
}

/**
 * A mention: nothing but the bot's name starts an interview; anything else is typed text. In a DM
 * (`inDm`) every message is typed text, as in a Teams personal chat: an empty one (a file shared
 * without a comment, a bare @mention) must not restart the interview under way — the core ignores it
 * mid-interview and greets when there is none.
 */
export function messageEvent(text: string, userId: string, at: number, inDm = false): CoreEvent {
  return text === '' && !inDm ? { type: 'start', userId, at } : { type: 'text', userId, at, text };
}
