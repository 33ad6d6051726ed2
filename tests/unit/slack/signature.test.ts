import { describe, expect, it } from 'vitest';
import { MAX_CLOCK_SKEW_SECONDS, verifySlackSignature } from '../../../adapters/slack/signature.js';
import { slackSignature, TEST_SIGNING_SECRET } from '../../support/slack-sign.js';

const NOW_MS = 1_800_000_000_000;
const NOW_S = NOW_MS / 1000;
const BODY = 'token=x&team_id=T1&text=hello';

function check(timestamp: number | string | undefined, signature: string | undefined, body = BODY) {
  const ts = timestamp === undefined ? undefined : String(timestamp);
  return verifySlackSignature(TEST_SIGNING_SECRET, { timestamp: ts, signature, rawBody: body }, NOW_MS);
}

describe('verifySlackSignature', () => {
  it('accepts a correctly signed request within the window, on both sides', () => {
    for (const ts of [NOW_S, NOW_S - MAX_CLOCK_SKEW_SECONDS, NOW_S + MAX_CLOCK_SKEW_SECONDS]) {
      expect(check(ts, slackSignature(TEST_SIGNING_SECRET, ts, BODY))).toEqual({ ok: true });
    }
  });

  it('refuses stale and future timestamps even when correctly signed', () => {
    for (const ts of [
      NOW_S - MAX_CLOCK_SKEW_SECONDS - 1,
      NOW_S + MAX_CLOCK_SKEW_SECONDS + 1,
      NOW_S + 400,
      0,
    ]) {
      expect(check(ts, slackSignature(TEST_SIGNING_SECRET, ts, BODY)).ok).toBe(false);
    }
  });

  it('refuses a wrong secret, a changed body, a wrong version and malformed headers', () => {
    expect(check(NOW_S, slackSignature('another-secret', NOW_S, BODY)).ok).toBe(false);
    expect(check(NOW_S, slackSignature(TEST_SIGNING_SECRET, NOW_S, BODY), `${BODY}&x=1`).ok).toBe(false);
    expect(check(NOW_S, slackSignature(TEST_SIGNING_SECRET, NOW_S, BODY).replace('v0=', 'v1=')).ok).toBe(
      false,
    );
    expect(check(NOW_S, 'v0=abc').ok).toBe(false);
    expect(check(`${NOW_S}.5`, slackSignature(TEST_SIGNING_SECRET, NOW_S, BODY)).ok).toBe(false);
    expect(check(undefined, slackSignature(TEST_SIGNING_SECRET, NOW_S, BODY)).ok).toBe(false);
    expect(check(NOW_S, undefined).ok).toBe(false);
  });
});
