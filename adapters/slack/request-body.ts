// A signed Slack request's body, parsed the way Bolt's receivers parse it, before Bolt sees it: the
// HTTP route and the Lambda entry both refuse what Bolt would choke on.
import { parse as parseQuery } from 'node:querystring';

/**
 * Bolt reads `body.ssl_check` off whatever JSON.parse returned, so a signed `payload=null` (or a JSON
 * body `null`) throws inside its request listener, outside any handler, and ends the process. Parse as
 * Bolt does and let only a JSON object through (undefined: anything else, answered with 400).
 */
export function parsedBody(
  raw: string,
  contentType: string | undefined,
): Record<string, unknown> | undefined {
  let body: unknown;
  try {
    if (contentType === 'application/x-www-form-urlencoded') {
      const fields = parseQuery(raw);
      if (typeof fields.payload !== 'string') return fields; // plain form fields (slash commands, ssl_check)
      body = JSON.parse(fields.payload);
    } else body = JSON.parse(raw);
  } catch {
    return undefined;
  }
  return typeof body === 'object' && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : undefined;
}
