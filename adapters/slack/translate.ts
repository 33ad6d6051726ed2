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

/** The bot's own mention, `<@U…>` or `<@U…|name>`, for the one bot user id a workspace gives. */
const mentionPatterns = new Map<string, RegExp>();
function mentionOf(botUserId: string): RegExp {
  let pattern = mentionPatterns.get(botUserId);
  if (!pattern) {
    // User ids are letters and digits; anything else is escaped all the same.
    pattern = new RegExp(`<@${botUserId.replace(/[^A-Za-z0-9]/g, '\\$&')}(?:\\|[^>]*)?>`, 'g');
    // One per workspace the app is installed in; bounded all the same.
    if (mentionPatterns.size >= 1000) mentionPatterns.clear();
    mentionPatterns.set(botUserId, pattern);
  }
  return pattern;
}

/** The words of a mention or DM without the bot's own @-mention, spaces collapsed to one. */
export function messageText(rawText: string, botUserId: string | undefined): string {
  const withoutBot =
    botUserId && rawText.includes('<@') ? rawText.replace(mentionOf(botUserId), ' ') : rawText;
  // Only runs of two or more, or a tab or newline, change: most text has single spaces throughout.
  return slackToPlain(withoutBot)
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .trim();
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
