// What happens to a Slack request before Bolt sees it, as one pure function shared by the HTTP route
// and the Lambda entry: verify the signature (|now − ts| ≤ 300 s; Bolt lets future timestamps
// through), parse the body as Bolt would, and decide. Bolt only gets what a listener of ours takes;
// everything else is answered 200 at once here — Bolt would hold it 3 s, answer 404 and log an error,
// and Slack would retry it — and a payload naming a response_url outside Slack is not acted on.
import type { Logger } from '../../src/ports.js';
import { parsedBody } from './request-body.js';
import { verifySlackSignature } from './signature.js';

export interface SlackRequest {
  timestamp: string | undefined;
  signature: string | undefined;
  contentType: string | undefined;
  rawBody: string;
}

export interface GuardOptions {
  signingSecret: string;
  nowMs: number;
  /** Events API event types some listener handles. */
  events: ReadonlySet<string>;
  /** Hosts a response_url may point at: Slack's own, and SLACK_API_URL's (a fake Slack in tests). */
  responseHosts: ReadonlySet<string>;
}

export type GuardVerdict =
  /** Not from Slack, or not readable: the status says which. */
  | { action: 'refuse'; status: 400 | 401; reason: string }
  /** From Slack, but nothing here acts on it: acknowledged at once, logged at `level`. */
  | { action: 'ack'; reason: string; level: 'debug' | 'warn'; team?: string }
  /** For Bolt and the listeners. */
  | { action: 'dispatch'; body: Record<string, unknown> };

/** The Events API event types the adapter's listeners take (OAuth installs add their own). */
export const HANDLED_EVENTS: ReadonlySet<string> = new Set(['app_mention', 'message']);

/** Slack's hosts for response_url (commercial and GovSlack). */
const SLACK_RESPONSE_HOSTS = ['hooks.slack.com', 'hooks.slack-gov.com'];

export function responseHosts(apiUrl: string | undefined): ReadonlySet<string> {
  const hosts = new Set(SLACK_RESPONSE_HOSTS);
  if (apiUrl && URL.canParse(apiUrl)) hosts.add(new URL(apiUrl).hostname);
  return hosts;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function responseUrlAllowed(body: Record<string, unknown>, hosts: ReadonlySet<string>): boolean {
  const url = body.response_url;
  if (url === undefined) return true;
  if (typeof url !== 'string' || !URL.canParse(url)) return false;
  return hosts.has(new URL(url).hostname);
}

/** What an interactive payload (`payload=` JSON) or a slash command needs before a listener sees it. */
function interactive(body: Record<string, unknown>): GuardVerdict {
  if (typeof body.command === 'string') return { action: 'dispatch', body }; // a slash command
  if (body.type !== 'block_actions') {
    // view_submission, view_closed, shortcuts, message actions, block_suggestion: no listener here.
    return {
      action: 'ack',
      reason: `no listener for ${String(body.type ?? 'this payload')}`,
      level: 'debug',
    };
  }
  const actions = body.actions;
  // Bolt matches action_id with String.prototype.match, which a number does not have.
  if (!Array.isArray(actions) || !actions.every((a) => isObject(a) && typeof a.action_id === 'string'))
    return { action: 'ack', reason: 'block_actions without string action_ids', level: 'debug' };
  return { action: 'dispatch', body };
}

export function guardSlackRequest(request: SlackRequest, options: GuardOptions): GuardVerdict {
  const verdict = verifySlackSignature(options.signingSecret, request, options.nowMs);
  if (!verdict.ok) return { action: 'refuse', status: 401, reason: verdict.reason };
  const body = parsedBody(request.rawBody, request.contentType);
  if (!body) return { action: 'refuse', status: 400, reason: 'the body is not a JSON object' };
  if (!responseUrlAllowed(body, options.responseHosts))
    return { action: 'ack', reason: "response_url is not one of Slack's hosts", level: 'warn' };
  switch (body.type) {
    case 'url_verification':
      return { action: 'dispatch', body };
    case 'app_rate_limited':
      // Slack is dropping this workspace's events for a minute; it wants a 200.
      return {
        action: 'ack',
        reason: 'Slack is rate-limiting events to this app',
        level: 'warn',
        team: String(body.team_id ?? ''),
      };
    case 'event_callback': {
      const event = body.event;
      if (!isObject(event) || typeof event.type !== 'string')
        return { action: 'ack', reason: 'an event envelope without an event', level: 'debug' };
      if (!options.events.has(event.type))
        return { action: 'ack', reason: `no listener for ${event.type.slice(0, 64)}`, level: 'debug' };
      return { action: 'dispatch', body };
    }
    case undefined:
      // Form fields: a slash command, or Slack's ssl_check (Bolt answers it).
      if (body.ssl_check !== undefined) return { action: 'dispatch', body };
      return interactive(body);
    default:
      return interactive(body);
  }
}

/** One log line for a request the guard answered itself (a refusal, or a payload nothing takes). */
export function logVerdict(logger: Logger, verdict: Exclude<GuardVerdict, { action: 'dispatch' }>): void {
  if (verdict.action === 'refuse') {
    const what = verdict.status === 401 ? 'an unsigned or stale' : 'an unreadable';
    logger.warn({ reason: verdict.reason }, `refused ${what} Slack request`);
    return;
  }
  const fields = { reason: verdict.reason, ...(verdict.team ? { team: verdict.team } : {}) };
  logger[verdict.level](fields, 'acknowledged a Slack request nothing here acts on');
}
