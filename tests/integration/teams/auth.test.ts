// With MicrosoftAppId set, every request needs a valid Bot Framework token (docs/contract.md §7). botbuilder
// validates real JWTs against a loopback OpenID/JWKS server holding a key this test generated; the
// bot's outgoing token comes from a loopback managed-identity endpoint. Nothing leaves 127.0.0.1.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardOf, cardText, message, personalChat } from '../../support/teams-activities.js';
import { useTeamsHarness } from '../../support/teams-hooks.js';
import {
  CHANNEL_ISSUER,
  type FakeIdentity,
  newSigningKey,
  OUTGOING_TOKEN,
  startFakeIdentity,
} from '../../support/teams-identity.js';
import { startTeamsHarness } from '../../support/teams-server.js';

const APP_ID = randomUUID();
let identity: FakeIdentity;
const savedEnv: Record<string, string | undefined> = {};

// Registered before the harness, so the identity server is up when the app reads its settings.
beforeAll(async () => {
  identity = await startFakeIdentity();
  // @azure/identity reads the App Service managed-identity endpoint from the process environment.
  for (const [k, v] of Object.entries(identity.msiEnv)) {
    savedEnv[k] = process.env[k];
    process.env[k] = v;
  }
});
const h = useTeamsHarness(() => identity.settings(APP_ID));
afterAll(async () => {
  await identity?.close();
  for (const [k, v] of Object.entries(savedEnv)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

function activity() {
  return message(personalChat(), h.connector.serviceUrl, 'hello');
}

function validClaims(serviceUrl: string) {
  return { aud: APP_ID, serviceurl: serviceUrl };
}

describe('Teams inbound authentication (MicrosoftAppId set)', () => {
  it('accepts a token signed by the channel key for this app id, and replies with the outgoing token', async () => {
    const a = activity();
    const res = await h.send(a, bearer(identity.token(validClaims(a.serviceUrl as string))));
    expect(res.status).toBe(200);
    expect(res.calls.length).toBeGreaterThan(0);
    expect(res.calls.map((c) => cardText(cardOf(c))).join('\n')).toMatch(/"Virt Advisor"/);
    expect(res.calls[0]?.authorization).toBe(`Bearer ${OUTGOING_TOKEN}`);
    expect(identity.hits.some((p) => p.endsWith('/keys'))).toBe(true);
    expect(identity.hits).toContain('/msi/token');
  });

  const refusals: [string, () => Record<string, string>][] = [
    ['no Authorization header', () => ({})],
    ['a garbage token', () => bearer('not-a-jwt')],
    ['a non-Bearer scheme', () => ({ authorization: 'Basic dXNlcjpwYXNz' })],
    [
      'a token signed by another key',
      () => bearer(identity.token(validClaims(h.connector.serviceUrl), { key: newSigningKey() })),
    ],
    [
      'a token signed by another key under the trusted key id',
      () => {
        const forged = { ...newSigningKey(), kid: identity.key.kid };
        return bearer(identity.token(validClaims(h.connector.serviceUrl), { key: forged }));
      },
    ],
    [
      'a token for another app id',
      () => bearer(identity.token({ aud: randomUUID(), serviceurl: h.connector.serviceUrl })),
    ],
    // botbuilder allows five minutes of clock skew; this one expired an hour ago.
    [
      'an expired token',
      () => bearer(identity.token(validClaims(h.connector.serviceUrl), { expiresInSeconds: -3600 })),
    ],
    [
      'a token from another issuer',
      () => bearer(identity.token({ ...validClaims(h.connector.serviceUrl), iss: 'https://evil.example' })),
    ],
    [
      'a token whose serviceurl claim names another service',
      () => bearer(identity.token({ aud: APP_ID, serviceurl: 'https://smba.trafficmanager.net/teams/' })),
    ],
  ];

  it.each(refusals)('refuses %s with 401, runs no bot logic, and logs one line', async (_name, headers) => {
    // botbuilder printed a stack (expired) or every signing key in PEM (unknown key) on stderr.
    const printed: unknown[][] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => printed.push(args);
    let res: Awaited<ReturnType<typeof h.send>>;
    try {
      res = await h.send(activity(), headers());
    } finally {
      console.error = consoleError;
    }
    expect(printed).toEqual([]);
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toEqual({ error: 'unauthorized' });
    expect(res.calls).toEqual([]);
    expect(h.logs.some((l) => l.level === 'warn' && /without a valid token/.test(l.msg))).toBe(true);
  });

  it('refuses with 401 (not 500) when the signing keys cannot be fetched', async () => {
    const deadIdentity = await startFakeIdentity();
    const settings = deadIdentity.settings(APP_ID);
    await deadIdentity.close(); // its OpenID metadata URL now points at a closed loopback port
    const broken = await startTeamsHarness(settings);
    try {
      const a = message(personalChat(), broken.connector.serviceUrl, 'hello');
      const res = await broken.send(a, bearer(deadIdentity.token({ aud: APP_ID, serviceurl: a.serviceUrl })));
      expect(res.status).toBe(401);
      expect(res.body).not.toMatch(/node_modules|\bat \w+ \(/);
      expect(res.calls).toEqual([]);
    } finally {
      await broken.close();
    }
  });

  it('the token issuer and OpenID metadata URL are botbuilder settings read from the environment', () => {
    expect(identity.settings(APP_ID).ToBotFromChannelTokenIssuer).toBe(CHANNEL_ISSUER);
    const teams = h.app.adapters.find((a) => a.name === 'teams');
    expect(teams?.describe).toContain(APP_ID);
  });
});
