// POST /slack/events on the one server (docs/contract.md §5). Reads the raw body once, checks the signature and
// the ±300 s window itself (Bolt lets future timestamps through), parses it once, and hands the parsed
// payload to Bolt's App.processEvent with an ack that writes this response — what a Bolt receiver
// does, without verifying and parsing the same bytes a second time.
//
// A slash command can skip Bolt's App altogether (`slashCommand`): with one workspace's token there
// is nothing for Bolt's middleware to authorise, and the listener needs only what this route can give
// it — the ack, a respond() to the response_url, and the App's Web API client. That is `/virt`, the
// command a whole company types at once, answered for the cost of the turn itself.

import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { type App, AuthorizationError, type RespondArguments, type RespondFn } from '@slack/bolt';
import { errorMessage } from '../../src/errors.js';
import type { Logger } from '../../src/ports.js';
import { readBody, sendJson } from '../http/http-io.js';
import type { HttpHandler } from '../http/http-types.js';
import { responseUrlFetch } from './bolt-options.js';
import { createIntake } from './intake.js';
import { checkSignatureHeaders, singleHeader } from './signature.js';
import { guardSlackRequest, HANDLED_EVENTS, logVerdict, responseHosts } from './transport-guard.js';

export const SLACK_EVENTS_PATH = '/slack/events';
const UNREACHABLE = 'Slack could not be reached from this server yet';
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
  /** Takes slash commands itself, instead of Bolt's App (single-workspace installs; see above). */
  slashCommand?: SlashCommandRoute;
  /** Settles when the App is initialised; payloads for it wait until then (503 if it failed). */
  ready?: Promise<unknown>;
}

/** A slash command listener given the route's ack and a respond() to the payload's response_url. */
type SlashCommandRoute = (args: {
  body: Record<string, unknown>;
  ack: (response?: string | RespondArguments) => Promise<void>;
  respond: RespondFn;
}) => Promise<void>;

/** Bolt's respond(): the message as JSON to the response_url; a refusal (non-2xx) is thrown. */
function respondTo(url: string, fetchFn: typeof fetch): RespondFn {
  return async (message) => {
    const response = await fetchFn(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(typeof message === 'string' ? { text: message } : message),
    });
    await response.arrayBuffer().catch(() => undefined);
    if (!response.ok) throw new Error(`the response_url refused the reply: ${response.status}`);
    return response;
  };
}

export function slackEventsHandler({
  app,
  signingSecret,
  apiUrl,
  logger,
  events = HANDLED_EVENTS,
  now = Date.now,
  slashCommand,
  ready,
}: SlackRouteOptions): HttpHandler {
  const hosts = responseHosts(apiUrl);
  const intake = createIntake();
  let appState: 'pending' | 'ready' | 'failed' = ready ? 'pending' : 'ready';
  ready?.then(
    () => {
      appState = 'ready';
    },
    () => {
      appState = 'failed';
    },
  );
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
    // Checking the signature and parsing are part of a payload's turn at the intake too: 150 long
    // messages arriving together would otherwise be hashed and parsed in one turn of the event loop.
    intake.admit((release) => {
      const verdict = guardSlackRequest(
        {
          timestamp,
          signature,
          contentType: req.headers['content-type'],
          rawBody: read.body.toString('utf8'),
        },
        { signingSecret, nowMs: now(), events, responseHosts: hosts },
      );
      if (verdict.action !== 'dispatch') {
        logVerdict(logger, verdict);
        sendJson(res, verdict.action === 'refuse' ? verdict.status : 200);
        return release();
      }
      const body = verdict.body;
      // Slack's own handshakes, answered as Bolt's receivers answer them.
      if (body.ssl_check !== undefined) {
        sendJson(res, 200);
        return release();
      }
      if (body.type === 'url_verification') {
        sendJson(res, 200, { challenge: body.challenge });
        return release();
      }
      if (slashCommand && typeof body.command === 'string' && typeof body.response_url === 'string') {
        const { ack, acked } = ackInto(res, logger);
        slashCommand({ body, ack, respond: respondTo(body.response_url, responseUrlFetch) }).catch(
          (error: unknown) => {
            logger.warn({ err: errorMessage(error) }, 'Slack slash command failed');
            if (!acked()) void ack();
          },
        );
        // The command's turn runs in the turn scheduler; its ack needs nothing more from the intake.
        return release();
      }
      if (appState === 'ready') return dispatch(app, body, req.headers, res, logger, release);
      release();
      if (appState === 'failed') return sendJson(res, 503, { error: UNREACHABLE });
      // auth.test is still on its way: wait for it outside the intake, then take a turn again.
      void (ready as Promise<unknown>).then(
        () => intake.admit((again) => dispatch(app, body, req.headers, res, logger, again)),
        () => sendJson(res, 503, { error: UNREACHABLE }),
      );
    });
  };
}

/** An ack that writes this response once — a body when given — or empty before Slack's 3 s run out. */
function ackInto(
  res: ServerResponse,
  logger: Logger,
  onAnswer: () => void = () => undefined,
): {
  ack: (response?: unknown) => Promise<void>;
  acked: () => boolean;
  /** Answers with an error status instead, when nothing was acked yet. */
  refuse: (status: number) => void;
} {
  let acked = false;
  const unacked = setTimeout(() => {
    if (acked) return;
    logger.warn('a Slack request was not acknowledged by its listener in time; acknowledged empty');
    answer();
  }, UNACKED_AFTER_MS);
  function answer(response?: unknown): void {
    acked = true;
    clearTimeout(unacked);
    onAnswer();
    if (response === undefined || response === '') sendJson(res, 200);
    else if (typeof response === 'string') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(response);
    } else sendJson(res, 200, response);
  }
  return {
    ack: async (response) => {
      if (!acked) answer(response);
    },
    acked: () => acked,
    refuse: (status) => {
      if (acked) return;
      acked = true;
      clearTimeout(unacked);
      onAnswer();
      sendJson(res, status);
    },
  };
}

function headerNumber(value: string | string[] | undefined): number | undefined {
  const n = Number.parseInt(singleHeader(value) ?? '', 10);
  return Number.isNaN(n) ? undefined : n;
}

/**
 * One verified payload through Bolt's middleware and listeners; the listener's ack() answers Slack.
 * `release` is called once the payload is acked or refused, or Bolt is done with it.
 */
function dispatch(
  app: App,
  body: Record<string, unknown>,
  headers: IncomingHttpHeaders,
  res: ServerResponse,
  logger: Logger,
  release: () => void,
): void {
  const { ack, acked, refuse } = ackInto(res, logger, release);
  const retryNum = headerNumber(headers['x-slack-retry-num']);
  const retryReason = singleHeader(headers['x-slack-retry-reason']);
  app
    .processEvent({
      body,
      ack,
      ...(retryNum === undefined ? {} : { retryNum }),
      ...(retryReason === undefined ? {} : { retryReason }),
      customProperties: {},
    })
    .finally(release)
    .catch((error: unknown) => {
      // Every listener acks before it works, so an error here before the ack comes from Bolt's own
      // reading of a signed payload of an unexpected shape (`event: null`, no `user`), or from an
      // OAuth install that cannot authorise this team: a 400 / 401 says so (a 500 invites retries).
      if (acked()) {
        logger.warn({ err: errorMessage(error) }, 'Slack listener failed after the ack');
        return;
      }
      if (error instanceof AuthorizationError) refuse(401);
      else {
        logger.warn(`refused a Slack payload Bolt could not read: ${errorMessage(error)}`);
        refuse(400);
      }
    });
}
