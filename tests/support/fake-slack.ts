// A small fake of the Slack Web API on loopback (AGENTS.md: point Bolt's clientOptions.slackApiUrl
// at it). It answers the methods the app uses, records every call and every response_url post, keeps
// the messages it was sent (so tests can click the buttons the bot really sent), and can be told to
// be slow or to fail.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const FAKE_TEAM = 'T0FAKE';
export const FAKE_BOT_USER = 'U0BOT';
export const FAKE_BOT_ID = 'B0BOT';
export const FAKE_TOKEN = 'xoxb-fake-token';

export type Json = Record<string, unknown>;

/** One thing the bot said: a Web API call or a response_url post. */
export interface Outbound {
  seq: number;
  at: number;
  /** `chat.postMessage`, … or `response_url`. */
  method: string;
  args: Json;
  /** For response_url posts: which URL (its id). */
  responseUrlId?: string;
  /** What the fake answered (holds the `ts` of a posted message). */
  result?: Json;
  /** The bearer token the call was made with (Web API calls only). */
  token?: string;
}

/** What oauth.v2.access hands out for one authorization code (an install into one workspace or org). */
export interface Grant {
  botToken: string;
  /** Absent for an Enterprise Grid org-wide install. */
  team?: { id: string; name: string };
  enterprise?: { id: string; name: string };
  isEnterpriseInstall?: boolean;
  botUserId?: string;
  botId?: string;
}

export interface FakeSlackOptions {
  /** The bot token the fake accepts (others get invalid_auth). */
  token?: string;
  /** Socket Mode: the app-level token and the WebSocket URL apps.connections.open hands out. */
  appToken?: string;
  socketUrl?: string;
  /** The install flow: the client id and secret oauth.v2.access accepts. */
  clientId?: string;
  clientSecret?: string;
}

export interface FakeSlack {
  readonly url: string;
  /** Base for SLACK_API_URL (Bolt wants the `/api/` base). */
  readonly apiUrl: string;
  readonly outbound: Outbound[];
  /** Every request that reached the fake, including auth.test. */
  readonly requests: { method: string; at: number }[];
  /** Delay every answer by this many ms (0 = none). */
  delayMs: number;
  /**
   * Hold every answer (nothing is recorded or answered) until the returned release is called: a Web
   * API as slow as the test needs, however slow the machine is.
   */
  hold(): () => void;
  /** A fresh response_url served by the fake. */
  responseUrl(): string;
  /**
   * Slack shows a message in a slash command's (or Socket Mode envelope's) acknowledgement exactly
   * like a post to that command's response_url: the driver hands it over, and it is recorded as one.
   * An empty acknowledgement records nothing.
   */
  acknowledged(responseUrl: string, body: string | Json | undefined): void;
  /** Let oauth.v2.access exchange `code` for `grant` (once); the grant's bot token is accepted from then on. */
  grant(code: string, grant: Grant): void;
  /** The oauth.v2.access calls made, with the arguments the app sent. */
  readonly exchanges: Json[];
  /** Make the next call of `method` answer {ok:false, error}; `ratelimited` answers HTTP 429. */
  failNext(method: string, error: string): void;
  /** Messages the bot said (posts, ephemerals, response_url posts), newest last. */
  said(filter?: (o: Outbound) => boolean): Outbound[];
  /** Resolve once `probe` returns a value (polling), or reject after `timeoutMs`. */
  waitFor<T>(probe: () => T | undefined | false, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

const SAID = new Set(['chat.postMessage', 'chat.update', 'chat.postEphemeral', 'response_url']);

async function readBody(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of req) parts.push(chunk as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

/** @slack/web-api posts form fields with objects JSON-encoded; response_url posts are JSON. */
function parseArgs(body: string, contentType: string | undefined): Json {
  if (contentType?.includes('application/json')) return body ? (JSON.parse(body) as Json) : {};
  const out: Json = {};
  for (const [key, value] of new URLSearchParams(body)) {
    out[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return out;
}

export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const token = options.token ?? FAKE_TOKEN;
  const outbound: Outbound[] = [];
  const requests: { method: string; at: number }[] = [];
  const failures = new Map<string, string[]>();
  const settings: { delayMs: number; gate: Promise<void> | undefined } = { delayMs: 0, gate: undefined };
  const codes = new Map<string, Grant>();
  /** Bot tokens handed out by oauth.v2.access, with what auth.test says about them. */
  const granted = new Map<string, Grant>();
  const exchanges: Json[] = [];
  let seq = 0;
  let tsCounter = 0;
  let urlCounter = 0;
  const nextTs = () => `${1_800_000_000 + ++tsCounter}.000100`;

  function oauthAccess(args: Json): Json {
    exchanges.push(args);
    if (args.client_id !== options.clientId || args.client_secret !== options.clientSecret)
      return { ok: false, error: 'invalid_client_id' };
    const grant = typeof args.code === 'string' ? codes.get(args.code) : undefined;
    if (!grant) return { ok: false, error: 'invalid_code' };
    codes.delete(String(args.code));
    granted.set(grant.botToken, grant);
    return {
      ok: true,
      app_id: 'A0FAKEAPP',
      authed_user: { id: 'U0INSTALLER' },
      scope: 'commands,chat:write,app_mentions:read,im:history',
      token_type: 'bot',
      access_token: grant.botToken,
      bot_user_id: grant.botUserId ?? FAKE_BOT_USER,
      team: grant.team ?? null,
      enterprise: grant.enterprise ?? null,
      is_enterprise_install: grant.isEnterpriseInstall ?? false,
    };
  }

  function answer(method: string, args: Json, bearer: string | undefined): Json {
    const grant = bearer ? granted.get(bearer) : undefined;
    switch (method) {
      case 'auth.test':
        if (grant)
          return {
            ok: true,
            url: `https://${grant.team?.id ?? grant.enterprise?.id}.fake.slack.test/`,
            team: grant.team?.name ?? grant.enterprise?.name,
            user: 'virt',
            team_id: grant.team?.id ?? '',
            ...(grant.enterprise ? { enterprise_id: grant.enterprise.id } : {}),
            user_id: grant.botUserId ?? FAKE_BOT_USER,
            bot_id: grant.botId ?? FAKE_BOT_ID,
            is_enterprise_install: grant.isEnterpriseInstall ?? false,
          };
        return {
          ok: true,
          url: 'https://fake.slack.test/',
          team: 'Fake',
          user: 'virt',
          team_id: FAKE_TEAM,
          user_id: FAKE_BOT_USER,
          bot_id: FAKE_BOT_ID,
        };
      case 'chat.postMessage': {
        const ts = nextTs();
        return { ok: true, channel: args.channel, ts, message: { ...args, ts, bot_id: FAKE_BOT_ID } };
      }
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts, text: args.text };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: nextTs() };
      case 'views.open':
        return { ok: true, view: { id: `V${++tsCounter}`, ...(args.view as Json) } };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const respondUrl = /^\/response\/([\w-]+)$/.exec(path);
      const apiMethod = /^\/api\/([\w.]+)$/.exec(path);
      const method = respondUrl ? 'response_url' : (apiMethod?.[1] ?? path);
      const at = Date.now();
      requests.push({ method, at });
      if (settings.delayMs > 0) await new Promise((r) => setTimeout(r, settings.delayMs));
      if (settings.gate) await settings.gate;
      let args: Json;
      try {
        args = parseArgs(body, req.headers['content-type']);
      } catch {
        res.writeHead(400).end();
        return;
      }
      const authorization = req.headers.authorization;
      const bearer = authorization?.startsWith('Bearer ') ? authorization.slice(7) : undefined;
      const record = (extra: Partial<Outbound>) => {
        if (!SAID.has(method) && method !== 'views.open') return;
        outbound.push({ seq: ++seq, at, method, args, ...extra, ...(bearer ? { token: bearer } : {}) });
      };
      if (!respondUrl && !apiMethod) {
        // An unknown or expired response_url.
        res.writeHead(404, { 'content-type': 'text/plain' }).end('expired_url');
        return;
      }
      if (respondUrl?.[1]) {
        record({ responseUrlId: respondUrl[1] });
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
        return;
      }
      const queued = failures.get(method);
      const failure = queued?.shift();
      let reply: Json;
      const known = bearer !== undefined && (bearer === token || granted.has(bearer));
      if (method === 'oauth.v2.access') reply = oauthAccess(args);
      else if (method === 'apps.connections.open') {
        const ok =
          options.appToken && options.socketUrl && req.headers.authorization === `Bearer ${options.appToken}`;
        reply = ok ? { ok: true, url: options.socketUrl } : { ok: false, error: 'invalid_auth' };
      } else if (!known && method !== 'auth.test') reply = { ok: false, error: 'not_authed' };
      else if (method === 'auth.test' && !known) reply = { ok: false, error: 'invalid_auth' };
      else if (failure === 'ratelimited') {
        // Slack's 429: Retry-After in seconds (a client that waits would stall for half a minute).
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '30' });
        res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
        return;
      } else if (failure) reply = { ok: false, error: failure };
      else {
        reply = answer(method, args, bearer);
        record({ result: reply });
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    apiUrl: `${url}/api/`,
    outbound,
    requests,
    exchanges,
    grant(code, grant) {
      codes.set(code, grant);
    },
    get delayMs() {
      return settings.delayMs;
    },
    set delayMs(ms: number) {
      settings.delayMs = ms;
    },
    hold() {
      let open = () => {};
      settings.gate = new Promise<void>((resolve) => {
        open = resolve;
      });
      return () => {
        settings.gate = undefined;
        open();
      };
    },
    responseUrl() {
      return `${url}/response/r${++urlCounter}`;
    },
    acknowledged(responseUrl, body) {
      const args = typeof body === 'string' ? (body.trim() ? (JSON.parse(body) as Json) : undefined) : body;
      if (!args || Object.keys(args).length === 0) return;
      const responseUrlId = responseUrl.split('/').pop() ?? '';
      outbound.push({ seq: ++seq, at: Date.now(), method: 'response_url', args, responseUrlId });
    },
    failNext(method, error) {
      failures.set(method, [...(failures.get(method) ?? []), error]);
    },
    said(filter = () => true) {
      return outbound.filter((o) => SAID.has(o.method)).filter(filter);
    },
    async waitFor(probe, timeoutMs = 25_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value = probe();
        if (value !== undefined && value !== false) return value;
        if (Date.now() > deadline) throw new Error('fake Slack: timed out waiting');
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
