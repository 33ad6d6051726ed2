// Lifecycle of the real server, with the in-process store and (when it is there) the real Redis:
// idle interviews expire with a friendly message (the server in this process), readiness follows
// the store, and SIGTERM drains the requests in flight, closes the store and exits 0 (a process).
import { get as httpGet } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type InProcessServer,
  type ServerProcess,
  startInProcess,
  startServer,
} from '../../support/server-process.js';
import { type FakeConnector, startFakeConnector } from '../../support/store-connector.js';
import { deleteKeys, REDIS_URL, requireRedis, uniqueKeyPrefix } from '../../support/store-redis.js';
import { activity, newChat, post, textOf, turn } from '../../support/store-teams.js';

// Each test starts server processes (tsx start-up is seconds on a busy 2-core machine).
vi.setConfig({ testTimeout: 90_000 });

const redisUp = await requireRedis('lifecycle tests with Redis');
const keyPrefix = uniqueKeyPrefix('lifecycle');
const STORES = [
  { store: 'in-process store', env: {} as Record<string, string> },
  ...(redisUp ? [{ store: 'Redis', env: { REDIS_URL, REDIS_KEY_PREFIX: keyPrefix } }] : []),
];

// Waiting out an expiry is the behaviour under test; a busy machine only makes the wait longer.
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function status(url: string): Promise<number | string> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
    await res.arrayBuffer();
    return res.status;
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return cause?.code ?? String(error);
  }
}

/** The status of a GET on a connection of its own, or the error code when none is accepted. */
function freshStatus(url: string): Promise<number | string> {
  return new Promise((resolve) => {
    const req = httpGet(url, { agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? String(error)));
  });
}

describe('server lifecycle', () => {
  let connector: FakeConnector;
  const servers: ServerProcess[] = [];
  const inProcess: InProcessServer[] = [];
  const start = async (env: Record<string, string>, waitReady = true) => {
    const server = await startServer({ env: { LOG_LEVEL: 'info', ...env }, waitReady });
    servers.push(server);
    return server;
  };

  beforeAll(async () => {
    connector = await startFakeConnector();
  });
  afterAll(async () => {
    await Promise.all([...servers, ...inProcess].map((s) => s.stop()));
    await connector?.close();
    if (redisUp) await deleteKeys(keyPrefix);
  });

  it.each(STORES)(
    'answers a click on an expired interview with "expired — start again" ($store)',
    async ({ env }) => {
      const server = await startInProcess({ ...env, CONVERSATION_TTL_SECONDS: '1' });
      inProcess.push(server);
      const chat = newChat(connector, 'expiry');
      const first = await turn(connector, chat, server.url, activity(chat, { text: 'hi' }));
      const choice = first.question?.choices[0];
      expect(choice).toBeDefined();
      await sleep(1600);
      const late = await turn(
        connector,
        chat,
        server.url,
        activity(chat, { value: choice?.data }),
        (calls) => calls.length > 0,
      );
      expect(late.posted.status).toBeLessThan(300);
      expect(late.calls.map(textOf).join('\n')).toMatch(/expired.*start again/i);
    },
  );

  it('serves but reports not ready while its Redis is unreachable, and apologises to users', async () => {
    const server = await start({ REDIS_URL: 'redis://127.0.0.1:1' }, false);
    // The start-up line says so, and so does the store (which repeats it while Redis stays down).
    await server.waitForLog(/"store":"redis \(unreachable/);
    await server.waitForLog(/redis unreachable/);
    expect(await status(`${server.url}/healthz`)).toBe(200);
    expect(await status(`${server.url}/readyz`)).toBe(503);
    const chat = newChat(connector, 'no-redis');
    const result = await turn(
      connector,
      chat,
      server.url,
      activity(chat, { text: 'hi' }),
      (calls) => calls.length > 0,
    );
    expect(result.posted.status).toBeLessThan(300);
    expect(result.calls.map(textOf).join('\n')).toMatch(/having trouble/i);
  });

  it.each(STORES)(
    'on SIGTERM finishes the request in flight, refuses new ones, and exits 0 ($store)',
    async ({ env }) => {
      const server = await start(env);
      const chat = newChat(connector, 'drain');
      const first = await turn(connector, chat, server.url, activity(chat, { text: 'hi' }));
      const choice = first.question?.choices[0];
      expect(choice).toBeDefined();

      connector.setDelay(1200); // the bot's replies take a while, so its turn is still running
      try {
        const before = connector.callsFor(chat.conversationId).length;
        const inFlight = post(server.url, activity(chat, { value: choice?.data }));
        // The turn is in flight once the bot's reply reaches the (slow) connector.
        await connector.waitFor(chat.conversationId, (calls) => calls.length > before);
        server.kill('SIGTERM');
        await server.waitForLog(/shutting down/);
        // On a new connection: a pooled keep-alive one may just have been closed as idle by the drain.
        // A connection the kernel queued just before the server stopped listening is reset.
        expect(String(await freshStatus(`${server.url}/healthz`))).toMatch(/ECONNREFUSED|ECONNRESET|503/);

        const answered = await inFlight;
        expect(answered.status).toBeLessThan(300);
        expect(await server.exited).toEqual({ code: 0, signal: null });
        // The turn completed: the user got the next question before the process went away.
        const replies = connector.callsFor(chat.conversationId).slice(before);
        expect(replies.some((c) => /^POST$/.test(c.method) && !/trouble/i.test(textOf(c)))).toBe(true);
        expect(server.logs().join('\n')).toMatch(/"clean":true/);
      } finally {
        connector.setDelay(0);
      }
    },
  );
});
