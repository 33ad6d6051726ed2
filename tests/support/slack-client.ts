// Plays Slack's side in tests: builds real payload shapes (tests/fixtures/slack/*.json), signs them,
// posts them to the app, and reads back what the bot said to the fake Web API and response_urls.
import { readFileSync } from 'node:fs';
import { FAKE_TEAM, type FakeSlack, type Json, type Outbound } from './fake-slack.js';
import { type SignOptions, signedHeaders } from './slack-sign.js';

const fixture = (name: string): Json =>
  JSON.parse(readFileSync(new URL(`../fixtures/slack/${name}.json`, import.meta.url), 'utf8')) as Json;

export interface Posted {
  status: number;
  /** Time from sending the request to the full HTTP response. */
  ms: number;
  body: string;
}

export interface Button {
  actionId: string;
  blockId: string;
  text: string;
  value: string;
  parsed: Json;
}

/** A message the bot sent, wherever it went. */
export interface BotMessage {
  seq: number;
  method: string;
  channel: string | undefined;
  ts: string | undefined;
  threadTs: string | undefined;
  ephemeral: boolean;
  /** A replacement of an earlier message (chat.update or replace_original). */
  replaces: boolean;
  /** response_type in_channel via response_url. */
  inChannel: boolean;
  text: string;
  blocks: Json[];
  responseUrlId: string | undefined;
  /** The raw arguments of the call. */
  args(): Json;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function toBotMessage(o: Outbound): BotMessage {
  const a = o.args;
  const viaUrl = o.method === 'response_url';
  return {
    seq: o.seq,
    method: o.method,
    channel: str(a.channel),
    ts:
      str(o.result?.ts) ??
      str(a.ts) ??
      (viaUrl || o.method === 'chat.postEphemeral' ? `9${o.seq}.000001` : undefined),
    threadTs: str(a.thread_ts),
    ephemeral: o.method === 'chat.postEphemeral' || (viaUrl && a.response_type !== 'in_channel'),
    replaces: o.method === 'chat.update' || (viaUrl && a.replace_original === true),
    inChannel: viaUrl && a.response_type === 'in_channel',
    text: str(a.text) ?? '',
    blocks: Array.isArray(a.blocks) ? (a.blocks as Json[]) : [],
    responseUrlId: o.responseUrlId,
    args: () => a,
  };
}

function botMessages(fake: FakeSlack, afterSeq = 0): BotMessage[] {
  return fake.said((o) => o.seq > afterSeq).map(toBotMessage);
}

export function buttonsOf(message: BotMessage): Button[] {
  return message.blocks.flatMap((block) =>
    block.type === 'actions' && Array.isArray(block.elements)
      ? (block.elements as Json[]).map((e) => ({
          actionId: String(e.action_id),
          blockId: String(block.block_id),
          text: String((e.text as Json | undefined)?.text ?? ''),
          value: String(e.value),
          parsed: JSON.parse(String(e.value)) as Json,
        }))
      : [],
  );
}

export const firstBlockId = (m: BotMessage): string => String(m.blocks[0]?.block_id ?? '');
export const isRecommendation = (m: BotMessage): boolean => firstBlockId(m).startsWith('recommendation:');
export const isQuestion = (m: BotMessage): boolean =>
  buttonsOf(m).some((b) => typeof b.parsed.q === 'string' && typeof b.parsed.a === 'string');

export interface User {
  id: string;
  team?: string;
}

export class SlackDriver {
  private eventCounter = 0;
  /** The channel each response_url belongs to (Slack knows it; a response_url post does not say). */
  private readonly urlChannels = new Map<string, string>();

  constructor(
    readonly appUrl: string,
    readonly fake: FakeSlack,
    readonly sign: SignOptions = {},
  ) {}

  /** Everything the bot said after `afterSeq`. */
  messages(afterSeq = 0): BotMessage[] {
    return botMessages(this.fake, afterSeq).map((m) =>
      m.responseUrlId && !m.channel ? { ...m, channel: this.urlChannels.get(m.responseUrlId) } : m,
    );
  }

  private responseUrlIn(channel: string): { url: string; id: string } {
    const url = this.fake.responseUrl();
    const id = url.split('/').pop() ?? '';
    this.urlChannels.set(id, channel);
    return { url, id };
  }

  /** POST raw bytes to /slack/events; `sign: false` sends no signature headers. */
  async send(
    rawBody: string,
    contentType: string,
    headers: Record<string, string> = {},
    sign: SignOptions | false = this.sign,
  ): Promise<Posted> {
    const started = performance.now();
    const res = await fetch(`${this.appUrl}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        ...(sign === false ? {} : signedHeaders(rawBody, sign)),
        ...headers,
      },
      body: rawBody,
    });
    const body = await res.text();
    return { status: res.status, ms: performance.now() - started, body };
  }

  slashBody(user: User, channel: string, text: string, responseUrl: string): string {
    const fields = {
      ...fixture('slash-command'),
      team_id: user.team ?? FAKE_TEAM,
      user_id: user.id,
      channel_id: channel,
      text,
      response_url: responseUrl,
    };
    return new URLSearchParams(
      Object.entries(fields).map(([k, v]): [string, string] => [k, String(v)]),
    ).toString();
  }

  /** `/virt <text>`; resolves with the response_url the bot will answer on. */
  async slash(user: User, channel: string, text: string): Promise<Posted & { responseUrlId: string }> {
    const { url, id } = this.responseUrlIn(channel);
    const posted = await this.send(
      this.slashBody(user, channel, text, url),
      'application/x-www-form-urlencoded',
    );
    if (posted.status === 200) this.fake.acknowledged(url, posted.body);
    return { ...posted, responseUrlId: id };
  }

  actionBody(user: User, message: BotMessage, button: Button, responseUrl: string): string {
    const base = fixture('block-actions');
    const channel = message.channel ?? '';
    const payload: Json = {
      ...base,
      user: { ...(base.user as Json), id: user.id, team_id: user.team ?? FAKE_TEAM },
      team: { id: user.team ?? FAKE_TEAM, domain: 'example' },
      channel: { id: channel, name: 'test' },
      container: {
        type: 'message',
        message_ts: message.ts,
        channel_id: channel,
        is_ephemeral: message.ephemeral,
        ...(message.threadTs ? { thread_ts: message.threadTs } : {}),
      },
      response_url: responseUrl,
      actions: [
        {
          action_id: button.actionId,
          block_id: button.blockId,
          text: { type: 'plain_text', text: button.text },
          value: button.value,
          type: 'button',
          action_ts: `${Date.now() / 1000}`,
        },
      ],
    };
    // Slack leaves `message` out of payloads from ephemeral messages.
    if (message.ephemeral) delete payload.message;
    else
      payload.message = {
        ...(base.message as Json),
        ts: message.ts,
        ...(message.threadTs ? { thread_ts: message.threadTs } : {}),
        blocks: message.blocks,
      };
    return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  }

  /** Click `button` on `message` (the channel defaults to the message's). */
  async click(
    user: User,
    message: BotMessage,
    button: Button,
    channel?: string,
  ): Promise<Posted & { responseUrlId: string }> {
    const target = channel ? { ...message, channel } : message;
    if (!target.channel) throw new Error('click: the message has no known channel');
    const { url, id } = this.responseUrlIn(target.channel);
    const posted = await this.send(
      this.actionBody(user, target, button, url),
      'application/x-www-form-urlencoded',
    );
    return { ...posted, responseUrlId: id };
  }

  eventBody(kind: 'app-mention' | 'message-im', event: Json, eventId?: string): string {
    const base = fixture(kind);
    return JSON.stringify({
      ...base,
      event: { ...(base.event as Json), ...event },
      event_id: eventId ?? `Ev${Date.now()}${++this.eventCounter}`,
    });
  }

  async event(
    kind: 'app-mention' | 'message-im',
    event: Json,
    options: { eventId?: string; retryNum?: number } = {},
  ): Promise<Posted> {
    const headers: Record<string, string> = options.retryNum
      ? { 'x-slack-retry-num': String(options.retryNum), 'x-slack-retry-reason': 'http_timeout' }
      : {};
    return this.send(this.eventBody(kind, event, options.eventId), 'application/json', headers);
  }

  /**
   * Answer questions until a recommendation arrives: each question is answered from `answers`
   * (`unsure` when absent), clicking the very button the bot sent. `where` picks the conversation's messages.
   */
  async interview(
    user: User,
    answers: Record<string, string>,
    afterSeq: number,
    where: (m: BotMessage) => boolean,
  ): Promise<{ recommendation: BotMessage; asked: string[]; acks: number[] }> {
    const asked: string[] = [];
    const acks: number[] = [];
    let since = afterSeq;
    for (let turn = 0; turn < 15; turn++) {
      const next = await this.fake.waitFor(() =>
        this.messages(since).find((m) => !m.replaces && where(m) && (isQuestion(m) || isRecommendation(m))),
      );
      if (isRecommendation(next)) return { recommendation: next, asked, acks };
      const buttons = buttonsOf(next).filter((b) => typeof b.parsed.q === 'string');
      const q = String(buttons[0]?.parsed.q);
      const wanted = answers[q] ?? 'unsure';
      const button =
        buttons.find((b) => b.parsed.q === q && b.parsed.a === wanted) ??
        buttons.find((b) => b.parsed.a === 'unsure');
      if (!button) throw new Error(`no button to answer ${q} with ${wanted}`);
      asked.push(q);
      since = this.fake.outbound.at(-1)?.seq ?? since;
      const posted = await this.click(user, next, button);
      if (posted.status !== 200) throw new Error(`click answered ${posted.status}`);
      acks.push(posted.ms);
    }
    throw new Error('no recommendation after 15 questions');
  }
}
