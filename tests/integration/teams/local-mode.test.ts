// With no MicrosoftAppId there is no token check (the Bot Framework Emulator's local mode), so the
// bot must not become a relay that POSTs to any serviceUrl a caller names: it replies only to
// loopback service URLs and answers others with 202 and nothing sent (docs/contract.md §7).
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeConnector, startFakeConnector } from '../../support/fake-connector.js';
import { cardOf, cardText, message, personalChat } from '../../support/teams-activities.js';
import { useTeamsHarness } from '../../support/teams-hooks.js';

/** A local, non-loopback address, so a wrongly sent reply would be seen here rather than go anywhere. */
function lanAddress(): string | undefined {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return undefined;
}

const h = useTeamsHarness();
let lan: FakeConnector | undefined;
beforeAll(async () => {
  const address = lanAddress();
  if (address) lan = await startFakeConnector({ host: address, advertisedHost: address });
});
afterAll(async () => {
  await lan?.close();
});

describe('Teams local mode (no MicrosoftAppId)', () => {
  it('says so in the start-up description', () => {
    expect(h.app.adapters.find((a) => a.name === 'teams')?.describe).toMatch(/local mode/);
  });

  it('replies to a loopback serviceUrl (the Emulator) without a token', async () => {
    const res = await h.send(message(personalChat(), h.connector.serviceUrl, 'hi'));
    expect(res.status).toBe(200);
    expect(res.calls.map((c) => cardText(cardOf(c))).join('\n')).toMatch(/"Virt Advisor"/);
    expect(res.calls[0]?.authorization).toBeUndefined();
  });

  it('sends nothing to a non-loopback serviceUrl: 202, a logged warning, no 5xx', async () => {
    // Without a second interface (a bare network namespace) use TEST-NET-1, which routes nowhere.
    const serviceUrl = lan?.serviceUrl ?? 'http://192.0.2.1:3978/';
    const res = await h.send(message(personalChat(), serviceUrl, 'hi'));
    expect(res.status).toBe(202);
    expect(res.body).toBe('');
    expect(lan?.calls ?? []).toEqual([]);
    expect(h.connector.calls.filter((c) => c.activity.serviceUrl === serviceUrl)).toEqual([]);
    const warning = h.logs.find((l) => l.level === 'warn' && /non-loopback serviceUrl/.test(l.msg));
    expect(warning?.fields.serviceUrl).toBe(serviceUrl);
    for (const url of [
      'https://smba.trafficmanager.net/teams/',
      'http://[::2]/',
      'http://user:x@127.0.0.1/',
    ]) {
      const r = await h.send(message(personalChat(), url, 'hi'));
      expect(r.status).toBe(202);
    }
  });
});
