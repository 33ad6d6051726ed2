// POST /slack/events on the one server (SPEC §5). Reads the raw body once, checks the signature and
// the ±300 s window itself (Bolt lets future timestamps through), then hands the buffered request to
// Bolt's HTTPReceiver, which verifies again, acks and dispatches to the listeners.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HTTPReceiver } from '@slack/bolt';
import type { Logger } from '../../src/ports.js';
import type { HttpHandler } from '../server/http-types.js';
import { parsedBody } from './request-body.js';
import { checkSignatureHeaders, singleHeader, verifySlackSignature } from './signature.js';

export const SLACK_EVENTS_PATH = '/slack/events';
/** Slack's payloads are a few KB; refuse anything far bigger before hashing it. */
export const MAX_BODY_BYTES = 1024 * 1024;

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume(); // discard without buffering, so the client can still read our answer
      reject(new BodyTooLarge());
      return;
    }
    const parts: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        parts.length = 0;
        reject(new BodyTooLarge());
        return;
      }
      parts.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(parts)));
    req.on('error', reject);
  });
}

/** `close`: the body may still be arriving unread, so the connection cannot carry another request. */
function refuse(res: ServerResponse, status: number, close = status === 413): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-length': 0, ...(close ? { connection: 'close' } : {}) });
  res.end();
}

export interface SlackRouteOptions {
  receiver: HTTPReceiver;
  signingSecret: string;
  logger: Logger;
  now?: () => number;
}

export function slackEventsHandler({
  receiver,
  signingSecret,
  logger,
  now = Date.now,
}: SlackRouteOptions): HttpHandler {
  return async (req, res) => {
    // Refuse a request whose headers already fail before buffering up to 1 MiB of its body: an
    // unauthenticated client must not make us hold memory for it.
    const headers = checkSignatureHeaders(
      singleHeader(req.headers['x-slack-request-timestamp']),
      singleHeader(req.headers['x-slack-signature']),
      now(),
    );
    if (!headers.ok) {
      logger.warn({ reason: headers.reason }, 'refused an unsigned or stale Slack request');
      req.resume();
      refuse(res, 401, true);
      return;
    }
    let raw: Buffer;
    try {
      raw = await readBody(req, MAX_BODY_BYTES);
    } catch (error) {
      refuse(res, error instanceof BodyTooLarge ? 413 : 400);
      return;
    }
    const verdict = verifySlackSignature(
      signingSecret,
      {
        timestamp: singleHeader(req.headers['x-slack-request-timestamp']),
        signature: singleHeader(req.headers['x-slack-signature']),
        rawBody: raw.toString('utf8'),
      },
      now(),
    );
    if (!verdict.ok) {
      logger.warn({ reason: verdict.reason }, 'refused an unsigned or stale Slack request');
      refuse(res, 401);
      return;
    }
    const body = parsedBody(raw.toString('utf8'), req.headers['content-type']);
    if (!body) {
      logger.warn('refused a signed Slack request whose body is not a JSON object');
      refuse(res, 400);
      return;
    }
    if (body.type === 'app_rate_limited') {
      // Slack's notice that it is dropping this workspace's events for a minute. It wants a 200; Bolt
      // has no listener for it and would answer 404 after holding the request for 3 s.
      logger.warn({ team: String(body.team_id ?? '') }, 'Slack is rate-limiting events to this app');
      res.writeHead(200, { 'content-length': 0 }).end();
      return;
    }
    // Bolt reuses a request whose rawBody is already buffered (BufferedIncomingMessage).
    Object.assign(req, { rawBody: raw });
    receiver.requestListener(req, res);
  };
}
