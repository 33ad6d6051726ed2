// Options shared by every way the Slack app runs (HTTP, Socket Mode, Lambda): the Web API client's
// base URL, a bounded retry policy and timeouts, and Bolt logging through the project's Logger.
import { type Logger as BoltLogger, LogLevel, type webApi } from '@slack/bolt';
import type { Logger } from '../../src/ports.js';

/** Slack answers in well under a second; give up on a call after this long. */
const WEB_API_TIMEOUT_MS = 4000;
/** response_url posts get the same bound (Bolt's respond() has none of its own). */
const RESPOND_TIMEOUT_MS = 4000;
/**
 * @slack/web-api retries for about 30 minutes by default and pauses the whole client on a 429
 * (docs/platform-notes.md); a chat turn must not hang that long, so retry twice with a short backoff.
 */
const WEB_API_RETRY = {
  retries: 2,
  factor: 2,
  minTimeout: 250,
  maxTimeout: 1500,
  randomize: true,
} as const;

/** Bolt's respond() posts with the client's fetch; so does the route's own (http-route.ts). */
export const responseUrlFetch = fetchWithTimeout(RESPOND_TIMEOUT_MS);

/**
 * The Web API base URL as Bolt wants it: ending in `/`, and with `/api/` when only a host is given
 * (SLACK_API_URL=http://127.0.0.1:4000 → http://127.0.0.1:4000/api/).
 */
export function slackApiBase(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const parsed = new URL(url);
  if (parsed.pathname === '/' || parsed.pathname === '') parsed.pathname = '/api/';
  else if (!parsed.pathname.endsWith('/')) parsed.pathname = `${parsed.pathname}/`;
  return parsed.toString();
}

/** fetch with a deadline, for response_url posts and Web API calls alike. */
function fetchWithTimeout(timeoutMs: number): typeof fetch {
  return (input, init = {}) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    return fetch(input, { ...init, signal });
  };
}

export function webClientOptions(apiUrl: string | undefined, logger: BoltLogger): webApi.WebClientOptions {
  const slackApiUrl = slackApiBase(apiUrl);
  return {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    logger,
    timeout: WEB_API_TIMEOUT_MS,
    retryConfig: { ...WEB_API_RETRY },
    // Fail a rate-limited call at once (logged, apologised for) rather than stall every conversation.
    rejectRateLimitedCalls: true,
    fetch: responseUrlFetch,
    // Only ever call the configured API host, whatever a method name says.
    allowAbsoluteUrls: false,
  };
}

/** Slack tokens (xoxb-, xoxp-, xapp-, refresh tokens …) wherever they appear in a line. */
const SLACK_TOKEN = /\bx(?:ox[a-z]|app)-[\w-]+/g;
/** Secret-bearing fields as the Web API client prints request bodies at debug (JSON or form). */
const SECRET_FIELD = /("?(?:client_secret|token|refresh_token|code)"?\s*[:=]\s*"?)[^"&,\s}]+/g;

/** The Web API client logs request bodies at debug (oauth.v2.access carries the client secret). */
function redact(text: string): string {
  return text.replace(SLACK_TOKEN, '[redacted token]').replace(SECRET_FIELD, '$1[redacted]');
}

function line(parts: unknown[]): string {
  return redact(
    parts
      .map((p) => (typeof p === 'string' ? p : p instanceof Error ? p.message : JSON.stringify(p)))
      .join(' '),
  );
}

/** Bolt's logger interface on top of the project's Logger (Bolt's own debug chatter stays at debug). */
export function boltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  return {
    // Bolt logs at debug several times per request: build the line only when it will be written.
    debug: (...parts: unknown[]) => {
      if (logger.isLevelEnabled?.('debug') !== false) logger.debug(line(parts));
    },
    info: (...parts: unknown[]) => logger.info(line(parts)),
    warn: (...parts: unknown[]) => logger.warn(line(parts)),
    error: (...parts: unknown[]) => logger.error(line(parts)),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
