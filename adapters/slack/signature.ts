// Slack request signing (https://docs.slack.dev/authentication/verifying-requests-from-slack):
// `v0=` + hex HMAC-SHA256(signing secret, `v0:<timestamp>:<raw body>`). Bolt checks this too, but
// lets a timestamp from the future through (docs/platform-notes.md); Slack's rule is |now − ts| ≤ 300 s.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const MAX_CLOCK_SKEW_SECONDS = 300;

export type SignatureVerdict = { ok: true } | { ok: false; reason: string };

export interface SignedRequest {
  timestamp: string | undefined;
  signature: string | undefined;
  rawBody: string;
}

/** What the headers alone tell (present, well-formed, fresh), so a request can be refused before its body is read. */
export function checkSignatureHeaders(
  timestamp: string | undefined,
  signature: string | undefined,
  nowMs: number,
): SignatureVerdict {
  if (!timestamp || !signature) return { ok: false, reason: 'missing signature headers' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'malformed timestamp' };
  const skew = Math.abs(Math.floor(nowMs / 1000) - Number(timestamp));
  if (skew > MAX_CLOCK_SKEW_SECONDS) return { ok: false, reason: `timestamp off by ${skew} s` };
  if (!/^v0=[0-9a-f]{64}$/.test(signature)) return { ok: false, reason: 'malformed signature' };
  return { ok: true };
}

export function verifySlackSignature(
  signingSecret: string,
  request: SignedRequest,
  nowMs: number,
): SignatureVerdict {
  const { timestamp, signature, rawBody } = request;
  const headers = checkSignatureHeaders(timestamp, signature, nowMs);
  if (!headers.ok) return headers;
  const match = /^v0=([0-9a-f]{64})$/.exec(signature ?? '');
  if (!timestamp || !match?.[1]) return { ok: false, reason: 'malformed signature' };
  const expected = createHmac('sha256', signingSecret).update(`v0:${timestamp}:${rawBody}`).digest();
  const given = Buffer.from(match[1], 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'signature mismatch' };
  }
  return { ok: true };
}

/** A header's single value (Node gives arrays for repeated headers; a repeated one is refused). */
export function singleHeader(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
