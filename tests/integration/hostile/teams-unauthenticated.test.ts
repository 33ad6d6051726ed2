// With MicrosoftAppId set, a request without a Bearer token is refused with 401 from its headers
// alone, before its (possibly huge, possibly never-finished) body is read; the token endpoints are a
// loopback fake, so nothing leaves 127.0.0.1 whatever the code does.
import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { message, personalChat } from '../../support/teams-activities.js';
import { type FakeIdentity, startFakeIdentity } from '../../support/teams-identity.js';
import { startTeamsHarness, type TeamsHarness } from '../../support/teams-server.js';

let identity: FakeIdentity;
let h: TeamsHarness;
beforeAll(async () => {
  identity = await startFakeIdentity();
  h = await startTeamsHarness(identity.settings(randomUUID()));
});
afterAll(async () => {
  await h?.close();
  await identity?.close();
});

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
      if (/\r\n\r\n[\s\S]*\}/.test(reply)) done();
    });
    socket.on('error', done);
    socket.on('close', done);
    socket.write(
      `POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 900000\r\n${extra}\r\n{"type":"mess`,
    );
  });
}

it.each([
  ['no Authorization header', ''],
  ['a Basic credential', 'Authorization: Basic dXNlcjpwYXNz\r\n'],
  ['an empty Bearer', 'Authorization: Bearer \r\n'],
])('%s: 401 at once, without waiting for the body', async (_name, header) => {
  const { reply } = await headersOnly(header);
  expect(reply).toMatch(/^HTTP\/1\.1 401/);
  expect(reply).toContain('{"error":"unauthorized"}');
});

it('a complete activity without a token is still a plain 401, and nothing is sent', async () => {
  const res = await h.send(message(personalChat(), h.connector.serviceUrl, 'hello'));
  expect(res.status).toBe(401);
  expect(res.calls).toHaveLength(0);
});
