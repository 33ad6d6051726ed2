// Drives interviews through the real server's Bot Framework route (`POST /api/messages`, local
// mode: no MicrosoftAppId), reading the bot's replies from the recording fake connector.
import { randomUUID } from 'node:crypto';
import type { ConnectorCall, FakeConnector } from './store-connector.js';

export interface Chat {
  conversationId: string;
  userId: string;
  serviceUrl: string;
}

export function newChat(connector: FakeConnector, label: string): Chat {
  const tag = `${label}-${randomUUID().slice(0, 8)}`;
  return { conversationId: `a:conv-${tag}`, userId: `29:user-${tag}`, serviceUrl: connector.serviceUrl };
}

/** A personal-chat message activity as Teams sends it: text typed, or a card's Action.Submit `value`. */
export function activity(
  chat: Chat,
  content: { text?: string; value?: unknown; id?: string },
): Record<string, unknown> {
  return {
    type: 'message',
    id: content.id ?? `act-${randomUUID()}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: chat.serviceUrl,
    from: { id: chat.userId, name: 'Test User' },
    conversation: { id: chat.conversationId, conversationType: 'personal', tenantId: 'tenant-test' },
    recipient: { id: '28:virt-advisor', name: 'Virt Advisor' },
    locale: 'en-US',
    ...(content.text === undefined ? {} : { text: content.text }),
    ...(content.value === undefined ? {} : { value: content.value }),
  };
}

export interface Posted {
  status: number;
  ms: number;
}

export async function post(baseUrl: string, body: Record<string, unknown>): Promise<Posted> {
  const started = performance.now();
  const res = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(20_000),
  });
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - started };
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function walk(node: unknown, visit: (o: Json) => void): void {
  if (Array.isArray(node)) for (const item of node) walk(item, visit);
  else if (isObject(node)) {
    visit(node);
    for (const value of Object.values(node)) walk(value, visit);
  }
}

/** The Adaptive Cards a connector call carried. */
function cardsOf(call: ConnectorCall): Json[] {
  const attachments = Array.isArray(call.activity.attachments) ? call.activity.attachments : [];
  return attachments.flatMap((a) => (isObject(a) && isObject(a.content) ? [a.content] : []));
}

export interface AnswerChoice {
  q: string;
  a: string;
  data: Json;
}

/** Answer buttons (Action.Submit whose data holds {q, a}, docs/contract.md §7) in a call's cards. */
export function answerChoices(call: ConnectorCall): AnswerChoice[] {
  const found: AnswerChoice[] = [];
  for (const card of cardsOf(call)) {
    walk(card, (o) => {
      if (o.type !== 'Action.Submit' || !isObject(o.data)) return;
      const { q, a } = o.data;
      if (typeof q === 'string' && typeof a === 'string') found.push({ q, a, data: o.data });
    });
  }
  return found;
}

/** `vm` | `container` | `serverless` when the call carries the recommendation card (docs/contract.md §7). */
function recommendationOf(call: ConnectorCall): string | undefined {
  for (const card of cardsOf(call)) {
    const first = Array.isArray(card.body) ? card.body[0] : undefined;
    const id = isObject(first) ? first.id : undefined;
    const match = typeof id === 'string' ? /^recommendation:(vm|container|serverless)$/.exec(id) : null;
    if (match?.[1]) return match[1];
  }
  return undefined;
}

/** Everything a user would read in a call: the activity's text and its cards' texts. */
export function textOf(call: ConnectorCall): string {
  const parts: string[] = [];
  if (typeof call.activity.text === 'string') parts.push(call.activity.text);
  for (const card of cardsOf(call)) {
    walk(card, (o) => {
      if (typeof o.text === 'string') parts.push(o.text);
    });
  }
  return parts.join('\n');
}

export interface TurnResult {
  posted: Posted;
  calls: ConnectorCall[];
  question?: { q: string; choices: AnswerChoice[] };
  primary?: string;
  recommendation?: ConnectorCall;
}

/** The pending question (the last answer buttons sent) or the recommendation, among `calls`. */
export function readTurn(calls: ConnectorCall[]): Omit<TurnResult, 'posted' | 'calls'> {
  for (let i = calls.length - 1; i >= 0; i--) {
    const call = calls[i] as ConnectorCall;
    const primary = recommendationOf(call);
    if (primary) return { primary, recommendation: call };
    const choices = answerChoices(call);
    if (choices.length > 0) return { question: { q: choices[0]?.q ?? '', choices } };
  }
  return {};
}

/** Post one activity and wait until the bot has asked a question or recommended (or `settle` ran out). */
export async function turn(
  connector: FakeConnector,
  chat: Chat,
  baseUrl: string,
  body: Record<string, unknown>,
  until: (calls: ConnectorCall[]) => boolean = (calls) => {
    const read = readTurn(calls);
    return read.question !== undefined || read.primary !== undefined;
  },
): Promise<TurnResult> {
  const before = connector.callsFor(chat.conversationId).length;
  const posted = await post(baseUrl, body);
  const all = await connector.waitFor(chat.conversationId, (calls) => until(calls.slice(before)));
  const calls = all.slice(before);
  return { posted, calls, ...readTurn(calls) };
}

export type Picker = (q: string, options: string[]) => string;

/** Answers from a profile; questions it does not mention get their first concrete option. */
export function pickFrom(profile: Record<string, string>): Picker {
  return (q, options) => profile[q] ?? options.find((o) => o !== 'unsure') ?? options[0] ?? 'unsure';
}

export interface InterviewResult {
  primary: string;
  /** What the user reads on the recommendation card (compared across setups). */
  text: string;
  turns: number;
}

/**
 * Runs an interview to its recommendation. `servers` are used in turn (one replica, or
 * alternating replicas). `from` continues an interview already asking a question.
 */
export async function interview(options: {
  connector: FakeConnector;
  chat: Chat;
  servers: string[];
  pick: Picker;
  from?: TurnResult;
  maxTurns?: number;
}): Promise<InterviewResult> {
  const { connector, chat, servers, pick } = options;
  const server = (n: number) => servers[n % servers.length] as string;
  let n = 0;
  let current = options.from ?? (await turn(connector, chat, server(n++), activity(chat, { text: 'hi' })));
  for (let turns = 0; turns < (options.maxTurns ?? 20); turns++) {
    if (current.primary && current.recommendation) {
      return { primary: current.primary, text: textOf(current.recommendation), turns };
    }
    if (!current.question) {
      throw new Error(`no question or recommendation; bot said: ${current.calls.map(textOf).join(' | ')}`);
    }
    const { choices, q } = current.question;
    const a = pick(
      q,
      choices.map((c) => c.a),
    );
    const choice = choices.find((c) => c.a === a) ?? choices[0];
    if (!choice) throw new Error(`question ${q} has no choices`);
    current = await turn(connector, chat, server(n++), activity(chat, { value: choice.data }));
  }
  throw new Error('interview did not finish');
}
