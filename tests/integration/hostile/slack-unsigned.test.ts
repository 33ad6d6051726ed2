// Unauthenticated clients cannot make the Slack route hold memory: a request whose signature headers
// are missing, malformed or stale is refused with 401 from its headers alone, before its (possibly
// huge, possibly never-finished) body is read.
import { connect } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type SlackHarness, startSlackHarness } from '../../support/slack-app.js';
import { slackSignature, TEST_SIGNING_SECRET } from '../../support/slack-sign.js';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => h?.close());

/** Sends the head of a request declaring a 900 KB body and only 10 bytes of it; resolves with the reply. */
// The body never finishes, so a server that waited for it could only answer with the 408 of the
// receive bound: a 401 is proof it answered from the headers alone.
function headersOnly(extra: string): Promise<{ reply: string }> {
  return new Promise((resolve) => {
    const socket = connect(h.app.port, '127.0.0.1');
    let reply = '';
    const done = () => {
      socket.destroy();
      resolve({ reply });
    };
    socket.on('data', (d) => {
      reply += d.toString('utf8');
      if (reply.includes('\r\n\r\n')) done();
    });
    socket.on('error', done);
    socket.on('close', done);
    socket.write(
      `POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 900000\r\n${extra}\r\n{"type":"x`,
    );
  });
}

const now = () => Math.floor(Date.now() / 1000);

it.each([
  ['no signature headers', ''],
  [
    'a stale timestamp',
    `X-Slack-Request-Timestamp: ${now() - 3600}\r\nX-Slack-Signature: ${slackSignature(TEST_SIGNING_SECRET, now() - 3600, '')}\r\n`,
  ],
  ['a malformed signature', `X-Slack-Request-Timestamp: ${now()}\r\nX-Slack-Signature: v1=nope\r\n`],
])('%s: 401 at once, without waiting for the body', async (_name, headers) => {
  const { reply } = await headersOnly(headers);
  expect(reply).toMatch(/^HTTP\/1\.1 401/);
  expect(reply.toLowerCase()).toContain('connection: close');
});

it('a well-formed, fresh but wrong signature is still refused once the body is read', async () => {
  const body = JSON.stringify({ type: 'event_callback' });
  const res = await fetch(`${h.app.url}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-slack-request-timestamp': String(now()),
      'x-slack-signature': slackSignature('not-the-secret', now(), body),
    },
    body,
  });
  expect(res.status).toBe(401);
});
