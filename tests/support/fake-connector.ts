// A fake Bot Connector on loopback: records what the bot POSTs to
// /v3/conversations/{id}/activities[/{replyToId}] and PUTs to /v3/conversations/{id}/activities/{id}
// (card updates), and answers with activity ids like the real service. Tests read the recorded
// activities — including the Adaptive Cards — to click the buttons the bot really sent.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type RecordedCall = {
  method: 'POST' | 'PUT';
  conversationId: string;
  /** POST …/activities/{replyToId} (a reply) or PUT …/activities/{activityId} (an update). */
  targetId?: string;
  /** The id this fake assigned (POST) or the id updated (PUT). */
  id: string;
  authorization?: string;
  activity: Record<string, unknown>;
};

export interface FakeConnector {
  /** Ends with a slash, as Bot Framework service URLs do. */
  serviceUrl: string;
  calls: RecordedCall[];
  posts(): RecordedCall[];
  updates(): RecordedCall[];
  /** Resolves once at least `count` calls were recorded (or rejects after `timeoutMs`). */
  waitForCalls(count: number, timeoutMs?: number): Promise<RecordedCall[]>;
  clear(): void;
  /** Answer every later call with this error status (recorded all the same); undefined heals it. */
  failWith(status: number | undefined): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const ROUTE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/;

export async function startFakeConnector(
  options: { host?: string; advertisedHost?: string } = {},
): Promise<FakeConnector> {
  const calls: RecordedCall[] = [];
  const waiters: (() => void)[] = [];
  let next = 0;
  let failure: number | undefined;
  const server: Server = createServer(async (req, res) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    const match = ROUTE.exec(path);
    const body = await readBody(req);
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    if (!match || (req.method !== 'POST' && req.method !== 'PUT'))
      return send(404, { error: { code: 'NotFound' } });
    let activity: Record<string, unknown>;
    try {
      activity = JSON.parse(body) as Record<string, unknown>;
    } catch {
      return send(400, { error: { code: 'BadArgument', message: 'body is not JSON' } });
    }
    const conversationId = decodeURIComponent(match[1] ?? '');
    const targetId = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
    if (req.method === 'PUT' && !targetId) return send(400, { error: { code: 'BadArgument' } });
    const id = req.method === 'PUT' ? (targetId as string) : `bot-activity-${++next}`;
    calls.push({
      method: req.method as 'POST' | 'PUT',
      conversationId,
      ...(targetId ? { targetId } : {}),
      id,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      activity,
    });
    for (const wake of waiters.splice(0)) wake();
    if (failure !== undefined)
      return send(failure, { error: { code: 'BadArgument', message: 'refused by the test' } });
    send(200, { id });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://${options.advertisedHost ?? '127.0.0.1'}:${port}/`,
    calls,
    posts: () => calls.filter((c) => c.method === 'POST'),
    updates: () => calls.filter((c) => c.method === 'PUT'),
    async waitForCalls(count, timeoutMs = 25_000) {
      const deadline = Date.now() + timeoutMs;
      while (calls.length < count) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`fake connector: expected ${count} calls, got ${calls.length}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return calls;
    },
    clear() {
      calls.length = 0;
    },
    failWith(status) {
      failure = status;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
