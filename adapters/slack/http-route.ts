// POST /slack/events on the one server (docs/contract.md §5). Reads the raw body once, checks the signature and
// the ±300 s window itself (Bolt lets future timestamps through), parses it once, and hands the parsed
// payload to Bolt's App.processEvent with an ack that writes this response — what a Bolt receiver
// does, without verifying and parsing the same bytes a second time.

import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { type App, AuthorizationError } from '@slack/bolt';
import { errorMessage } from '../../src/errors.js';
import type { Logger } from '../../src/ports.js';
import { readBody, sendJson } from '../http/http-io.js';
import type { HttpHandler } from '../http/http-types.js';
import { checkSignatureHeaders, singleHeader } from './signature.js';
import { guardSlackRequest, HANDLED_EVENTS, logVerdict, responseHosts } from './transport-guard.js';

export const SLACK_EVENTS_PATH = '/slack/events';
/** Slack's payloads are a few KB; refuse anything far bigger before hashing it. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** A listener that never acks (a bug) must not leave Slack waiting past its 3 s: ack empty before. */
const UNACKED_AFTER_MS = 2500;

export interface SlackRouteOptions {
  app: App;
  signingSecret: string;
  /** SLACK_API_URL: its host may receive response_url posts (a fake Slack in tests). */
  apiUrl: string | undefined;
  logger: Logger;
  /** Events API event types some listener takes (default: mentions and messages). */
  events?: ReadonlySet<string>;
  now?: () => number;
}

export function slackEventsHandler({
  app,
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
    const body = verdict.body;
    // Slack's own handshakes, answered as Bolt's receivers answer them.
    if (body.ssl_check !== undefined) return sendJson(res, 200);
    if (body.type === 'url_verification') return sendJson(res, 200, { challenge: body.challenge });
    dispatch(app, body, req.headers, res, logger);
  };
}

function headerNumber(value: string | string[] | undefined): number | undefined {
  const n = Number.parseInt(singleHeader(value) ?? '', 10);
  return Number.isNaN(n) ? undefined : n;
}

/** One verified payload through Bolt's middleware and listeners; the listener's ack() answers Slack. */
function dispatch(
  app: App,
  body: Record<string, unknown>,
  headers: IncomingHttpHeaders,
  res: ServerResponse,
  logger: Logger,
): void {
  let acked = false;
  const answer = (response?: unknown): void => {
    acked = true;
    clearTimeout(unacked);
    if (response === undefined || response === '') sendJson(res, 200);
    else if (typeof response === 'string') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(response);
    } else sendJson(res, 200, response);
  };
  const unacked = setTimeout(() => {
    if (acked) return;
    logger.warn('a Slack request was not acknowledged by its listener in time; acknowledged empty');
    answer();
  }, UNACKED_AFTER_MS);
  const retryNum = headerNumber(headers['x-slack-retry-num']);
  const retryReason = singleHeader(headers['x-slack-retry-reason']);
  app
    .processEvent({
      body,
      ack: async (response?: unknown) => {
        if (acked) return;
        answer(response);
      },
      ...(retryNum === undefined ? {} : { retryNum }),
      ...(retryReason === undefined ? {} : { retryReason }),
      customProperties: {},
    })
    .catch((error: unknown) => {
      // Every listener acks before it works, so an error here before the ack comes from Bolt's own
      // reading of a signed payload of an unexpected shape (`event: null`, no `user`), or from an
      // OAuth install that cannot authorise this team: a 400 / 401 says so (a 500 invites retries).
      if (acked) {
        logger.warn({ err: errorMessage(error) }, 'Slack listener failed after the ack');
        return;
      }
      clearTimeout(unacked);
      acked = true;
      if (error instanceof AuthorizationError) sendJson(res, 401);
      else {
        logger.warn(`refused a Slack payload Bolt could not read: ${errorMessage(error)}`);
        sendJson(res, 400);
      }
    });
}
