// A loopback stand-in for the Microsoft identity endpoints botbuilder talks to, so real token
// validation runs offline (docs/platform-notes.md): an OpenID configuration and a JWKS holding an RSA key this
// test generated (endorsed for "msteams"), plus an App Service managed-identity token endpoint for the
// bot's outgoing calls. MSAL (MultiTenant / SingleTenant passwords) insists on https and on AAD
// instance discovery, so the outgoing side uses MicrosoftAppType=UserAssignedMSI, whose token comes
// from IDENTITY_ENDPOINT — a loopback HTTP endpoint in Azure App Service too.
import { generateKeyPairSync, type KeyObject, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import jwt from 'jsonwebtoken';

export const CHANNEL_ISSUER = 'https://api.botframework.com';
export const OUTGOING_TOKEN = `outgoing-${randomUUID()}`;

export type SigningKey = { kid: string; privateKey: KeyObject; publicJwk: Record<string, unknown> };

export function newSigningKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    kid: randomUUID(),
    privateKey,
    publicJwk: publicKey.export({ format: 'jwk' }) as Record<string, unknown>,
  };
}

export interface FakeIdentity {
  base: string;
  key: SigningKey;
  /** Requests seen, by path (for "the key was fetched", "the MSI token was used"). */
  hits: string[];
  /** botbuilder's own setting names, pointing at this server. */
  settings(appId: string): Record<string, string>;
  /** Environment @azure/identity reads for the App Service managed identity. */
  msiEnv: Record<string, string>;
  /** A channel token like the Bot Connector's; override any claim or sign with another key. */
  token(claims: Record<string, unknown>, options?: { key?: SigningKey; expiresInSeconds?: number }): string;
  close(): Promise<void>;
}

export async function startFakeIdentity(): Promise<FakeIdentity> {
  const key = newSigningKey();
  const hits: string[] = [];
  const msiSecret = randomUUID();
  let base = '';
  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    hits.push(path);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (path.endsWith('/openid-configuration') || path.endsWith('/openidconfiguration')) {
      const realm = path.startsWith('/emulator') ? 'emulator' : 'channel';
      return send(200, {
        issuer: CHANNEL_ISSUER,
        authorization_endpoint: `${base}/${realm}/authorize`,
        jwks_uri: `${base}/${realm}/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['private_key_jwt'],
      });
    }
    if (path === '/channel/keys' || path === '/emulator/keys') {
      return send(200, {
        keys: [
          { ...key.publicJwk, kid: key.kid, kty: 'RSA', use: 'sig', alg: 'RS256', endorsements: ['msteams'] },
        ],
      });
    }
    if (path === '/msi/token') {
      if (req.headers['x-identity-header'] !== msiSecret)
        return send(401, { error: 'missing identity header' });
      return send(200, {
        access_token: OUTGOING_TOKEN,
        expires_on: String(Math.floor(Date.now() / 1000) + 3600),
        resource: CHANNEL_ISSUER,
        token_type: 'Bearer',
      });
    }
    send(404, { error: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    base,
    key,
    hits,
    settings: (appId) => ({
      MicrosoftAppId: appId,
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppTenantId: '72f988bf-0000-4000-8000-000000000001',
      ToBotFromChannelTokenIssuer: CHANNEL_ISSUER,
      ToBotFromChannelOpenIdMetadataUrl: `${base}/channel/v1/.well-known/openidconfiguration`,
      ToBotFromEmulatorOpenIdMetadataUrl: `${base}/emulator/v2.0/.well-known/openid-configuration`,
      ToChannelFromBotLoginUrl: `${base}/login/botframework.com`,
      ToChannelFromBotOAuthScope: CHANNEL_ISSUER,
      OAuthUrl: `${base}/oauth`,
    }),
    msiEnv: { IDENTITY_ENDPOINT: `${base}/msi/token`, IDENTITY_HEADER: msiSecret },
    token(claims, options = {}) {
      const signer = options.key ?? key;
      const now = Math.floor(Date.now() / 1000);
      const payload = {
        iss: CHANNEL_ISSUER,
        nbf: now - 60,
        iat: now - 60,
        exp: now + (options.expiresInSeconds ?? 600),
        ...claims,
      };
      return jwt.sign(payload, signer.privateKey, { algorithm: 'RS256', keyid: signer.kid });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
