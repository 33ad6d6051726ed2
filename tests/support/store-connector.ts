// A recording fake Bot Framework connector on loopback: the server in local mode (no
// MicrosoftAppId) POSTs its replies to `{serviceUrl}v3/conversations/{id}/activities[/{replyTo}]`
// and PUTs updates to `.../activities/{id}`. Each request is recorded and answered like the
// real connector ({ id }), so botbuilder runs its real HTTP client against it.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorCall {
  method: string;
  conversationId: string;
  /** The activity id in the path (a reply-to or an updated activity), if any. */
  activityId: string | undefined;
  activity: Record<string, unknown>;
  at: number;
}

export interface FakeConnector {
  /** serviceUrl to put in activities (ends with a slash, like Teams'). */
  serviceUrl: string;
  calls: ConnectorCall[];
  callsFor(conversationId: string): ConnectorCall[];
  /** Answer every request only after `ms` (a slow connector keeps the bot's turn in flight). */
  setDelay(ms: number): void;
  /** Resolves once `predicate` holds for the calls of a conversation (polling), or rejects after `ms`. */
  waitFor(
    conversationId: string,
    predicate: (calls: ConnectorCall[]) => boolean,
    ms?: number,
  ): Promise<ConnectorCall[]>;
  close(): Promise<void>;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const ROUTE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

export async function startFakeConnector(): Promise<FakeConnector> {
  const calls: ConnectorCall[] = [];
  let next = 1;
  let delayMs = 0;
  const server: Server = createServer(async (req, res) => {
    const match = ROUTE.exec((req.url ?? '').split('?')[0] ?? '');
    const activity = await readJson(req);
    if (!match) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"code":"NotFound"}}');
      return;
    }
    calls.push({
      method: req.method ?? 'GET',
      conversationId: decodeURIComponent(match[1] ?? ''),
      activityId: match[2] === undefined ? undefined : decodeURIComponent(match[2]),
      activity,
      at: Date.now(),
    });
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    const id = req.method === 'PUT' && match[2] ? decodeURIComponent(match[2]) : `bot-activity-${next++}`;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const callsFor = (conversationId: string) => calls.filter((c) => c.conversationId === conversationId);

  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    calls,
    callsFor,
    setDelay(ms) {
      delayMs = ms;
    },
    async waitFor(conversationId, predicate, ms = 25_000) {
      const deadline = Date.now() + ms;
      for (;;) {
        const mine = callsFor(conversationId);
        if (predicate(mine)) return mine;
        if (Date.now() > deadline) {
          throw new Error(
            `connector: condition not met for ${conversationId} after ${ms} ms; saw ${mine.length} calls`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
