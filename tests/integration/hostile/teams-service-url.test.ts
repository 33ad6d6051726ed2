// Local mode (no MicrosoftAppId) has no token check, so the caller names where replies go: only a
// genuine loopback serviceUrl gets one, however the URL is dressed up. Over real HTTP; a refused
// activity is answered 202 and nothing is posted anywhere.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { message, personalChat } from '../../support/teams-activities.js';
import { startTeamsHarness, type TeamsHarness } from '../../support/teams-server.js';

let h: TeamsHarness;
let port: string;
beforeAll(async () => {
  h = await startTeamsHarness();
  port = new URL(h.connector.serviceUrl).port;
});
afterAll(async () => h?.close());

const REFUSED = 'local mode (no MicrosoftAppId): not replying to a non-loopback serviceUrl';

it.each([
  'http://127.0.0.1.evil.example/',
  'http://[::ffff:8.8.8.8]/',
  'http://localhost@evil.example/',
  'http://127.0.0.1:80@evil.example/',
  'http://127.0.0.1%2f@evil.example/',
  'http://evil.example\\@127.0.0.1/',
  'http://localhost.evil.example/',
  'http://0.0.0.0/',
  'http://[::]/',
  'http://[fe80::1]/',
  'http://192.168.0.1/',
  'HTTP://EVIL.EXAMPLE/',
  'ftp://127.0.0.1/',
  'javascript:alert(1)//127.0.0.1/',
])('%s gets no reply', async (serviceUrl) => {
  const before = h.connector.calls.length;
  const refusedBefore = h.logs.filter((e) => e.msg === REFUSED).length;
  const res = await h.send(message(personalChat(), serviceUrl, 'what is the lambda timeout?'));
  expect(res.status).toBe(202);
  // The route refuses before the turn starts and answers 202 only then: no reply can follow.
  expect(h.logs.filter((e) => e.msg === REFUSED).length).toBe(refusedBefore + 1);
  expect(h.connector.calls.length).toBe(before);
});

it.each([
  (p: string) => `HTTP://LOCALHOST:${p}/`,
  (p: string) => `http://127.0.0.1.:${p}/`,
  (p: string) => `http://2130706433:${p}/`,
  (p: string) => `http://0x7f000001:${p}/`,
  (p: string) => `http://127.1:${p}/`,
  (p: string) => `http://127.0.0.1:${p}#@evil.example/`,
])('genuine loopback in another spelling (%s) is answered', async (spell) => {
  const before = h.connector.calls.length;
  const res = await h.send(message(personalChat(), spell(port), 'what is the lambda timeout?'));
  expect(res.status).toBe(200);
  await h.connector.waitForCalls(before + 1);
});
