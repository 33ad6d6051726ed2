// Conversation keys. A slash-command interview is ephemeral and private to one user in one channel;
// a mention interview lives in its thread; a direct message conversation is the DM channel itself.
export type SlackConversation =
  | { kind: 'ephemeral'; team: string; channel: string; user: string }
  | { kind: 'thread'; team: string; channel: string; threadTs: string }
  | { kind: 'dm'; team: string; channel: string };

// Slack ids are alphanumerics (never a colon); thread timestamps are digits and a dot.
const ID = '[A-Za-z0-9_-]+';
const TS = '\\d+\\.\\d+';
const PATTERNS = {
  ephemeral: new RegExp(`^slack:(${ID}):(${ID}):user:(${ID})$`),
  thread: new RegExp(`^slack:(${ID}):(${ID}):(${TS})$`),
  dm: new RegExp(`^slack:(${ID}):(${ID})$`),
};

export function conversationKey(c: SlackConversation): string {
  switch (c.kind) {
    case 'ephemeral':
      return `slack:${c.team}:${c.channel}:user:${c.user}`;
    case 'thread':
      return `slack:${c.team}:${c.channel}:${c.threadTs}`;
    case 'dm':
      return `slack:${c.team}:${c.channel}`;
  }
}

export function parseConversationKey(key: string): SlackConversation | undefined {
  let m = PATTERNS.ephemeral.exec(key);
  if (m?.[1] && m[2] && m[3]) return { kind: 'ephemeral', team: m[1], channel: m[2], user: m[3] };
  m = PATTERNS.thread.exec(key);
  if (m?.[1] && m[2] && m[3]) return { kind: 'thread', team: m[1], channel: m[2], threadTs: m[3] };
  m = PATTERNS.dm.exec(key);
  if (m?.[1] && m[2]) return { kind: 'dm', team: m[1], channel: m[2] };
  return undefined;
}
