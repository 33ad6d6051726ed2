// POST /slack/events on the one server (docs/contract.md §5). Reads the raw body once, checks the signature and
// the ±300 s window itself (Bolt lets future timestamps through), then hands the buffered request to
// Bolt's HTTPReceiver, which verifies again, acks and dispatches to the listeners.
import type { HTTPReceiver } from '@slack/bolt';
import type { Logger } from '../../src/ports.js';
import { readBody, sendJson } from '../http/http-io.js';
import type { HttpHandler } from '../http/http-types.js';
import { checkSignatureHeaders, singleHeader } from './signature.js';
import { guardSlackRequest, HANDLED_EVENTS, logVerdict, responseHosts } from './transport-guard.js';

export const SLACK_EVENTS_PATH = '/slack/events';
/** Slack's payloads are a few KB; refuse anything far bigger before hashing it. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface SlackRouteOptions {
  receiver: HTTPReceiver;
  signingSecret: string;
  /** SLACK_API_URL: its host may receive response_url posts (a fake Slack in tests). */
  apiUrl: string | undefined;
  logger: Logger;
  /** Events API event types some listener takes (default: mentions and messages). */
  events?: ReadonlySet<string>;
  now?: () => number;
}

export function slackEventsHandler({
  receiver,
  signingSecret,
  apiUrl,
  logger,
  events = HANDLED_EVENTS,
  now = Date.now,
}: SlackRouteOptions): HttpHandler {
  const hosts = responseHosts(apiUrl);
  return async (req, res) => {
    const timestamp = singleHeader(req.headers['x-slack-request-timestamp']);
    const signature = singleHeader(req.headers['x-slack-signature']);
    // Refuse a request whose headers already fail before buffering up to 1 MiB of its body: an
    // unauthenticated client must not make us hold memory for it.
    const headers = checkSignatureHeaders(timestamp, signature, now());
    if (!headers.ok) {
      logVerdict(logger, { action: 'refuse', status: 401, reason: headers.reason });
      req.resume();
      return sendJson(res, 401, undefined, { close: true });
    }
    const read = await readBody(req, MAX_BODY_BYTES);
    if (!read.ok) return sendJson(res, read.status, undefined, { close: read.status === 413 });
    const verdict = guardSlackRequest(
      { timestamp, signature, contentType: req.headers['content-type'], rawBody: read.body.toString('utf8') },
      { signingSecret, nowMs: now(), events, responseHosts: hosts },
    );
    if (verdict.action === 'refuse') {
      logVerdict(logger, verdict);
      return sendJson(res, verdict.status);
    }
    if (verdict.action === 'ack') {
      logVerdict(logger, verdict);
      return sendJson(res, 200);
    }
    // Bolt reuses a request whose rawBody is already buffered (BufferedIncomingMessage).
    Object.assign(req, { rawBody: read.body });
    receiver.requestListener(req, res);
  };
}
