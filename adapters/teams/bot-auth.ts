// Bot Framework authentication from botbuilder's own setting names (docs/platform-notes.md), so sovereign clouds
// and tests can point the token issuer, OpenID metadata and login URLs elsewhere without code.

import {
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
} from 'botbuilder';
import { LRUCache } from 'lru-cache';
import { AdvisorError, errorMessage } from '../../src/errors.js';
import type { TeamsAdapterOptions } from './options.js';

/** Every setting botbuilder's configuration classes read. */
const BOT_FRAMEWORK_KEYS = [
  'MicrosoftAppId',
  'MicrosoftAppPassword',
  'MicrosoftAppType',
  'MicrosoftAppTenantId',
  'CertificateThumbprint',
  'CertificatePrivateKey',
  'ChannelService',
  'ValidateAuthority',
  'ToChannelFromBotLoginUrl',
  'ToChannelFromBotOAuthScope',
  'ToBotFromChannelTokenIssuer',
  'ToBotFromChannelOpenIdMetadataUrl',
  'ToBotFromEmulatorOpenIdMetadataUrl',
  'OAuthUrl',
  'OAuthApiEndpoint',
  'BotOpenIdMetadata',
  'CallerId',
] as const;

/**
 * Setting any of these switches botbuilder to an all-custom cloud where the unset ones are simply
 * missing (docs/platform-notes.md), so a partial group is reported at start-up rather than failing every request.
 */
const CUSTOM_CLOUD_KEYS = [
  'ToBotFromChannelTokenIssuer',
  'ToBotFromChannelOpenIdMetadataUrl',
  'ToBotFromEmulatorOpenIdMetadataUrl',
  'ToChannelFromBotLoginUrl',
  'ToChannelFromBotOAuthScope',
  'OAuthUrl',
] as const;

export type BotFrameworkSettings = Partial<Record<(typeof BOT_FRAMEWORK_KEYS)[number], string>>;

export function botFrameworkSettings(options: TeamsAdapterOptions): BotFrameworkSettings {
  const settings: BotFrameworkSettings = {};
  for (const key of BOT_FRAMEWORK_KEYS) {
    const value = options.botFramework?.[key]?.trim();
    if (value) settings[key] = value;
  }
  // The adapter's own options win for the four names they carry (trimmed, empty → unset).
  const own = {
    MicrosoftAppId: options.appId,
    MicrosoftAppPassword: options.appPassword,
    MicrosoftAppType: options.appType,
    MicrosoftAppTenantId: options.tenantId,
  } as const;
  for (const [key, given] of Object.entries(own) as [keyof typeof own, string | undefined][]) {
    const value = given?.trim();
    if (value) settings[key] = value;
    else delete settings[key];
  }
  return settings;
}

export function missingCustomCloudKeys(settings: BotFrameworkSettings): string[] {
  const set = CUSTOM_CLOUD_KEYS.filter((k) => settings[k]);
  return set.length === 0 ? [] : CUSTOM_CLOUD_KEYS.filter((k) => !settings[k]);
}

type AuthenticationResult = Awaited<
  ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>
>;
type ConnectorFactory = ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>;
type ClaimsIdentity = AuthenticationResult['claimsIdentity'];

/** The bot's app id a turn acts as (botbuilder's rule: the token's audience, or the Emulator's appid). */
const appIdOf = (identity: ClaimsIdentity): string =>
  identity.getClaimValue('aud') ?? identity.getClaimValue('appid') ?? '';

/** Distinct (app id, audience, service URL) clients kept; Teams uses a handful of service URLs. */
const MAX_REUSED_CLIENTS = 256;

/**
 * botbuilder's CloudAdapter builds a Connector client (an HTTP pipeline of a dozen policies, with its
 * credentials) and a user-token client for every turn, most of a reply's cost besides the network.
 * botbuilder's older BotFrameworkAdapter kept one Connector client per service URL; this does the
 * same for both. A client holds nothing of a turn, and its credentials renew their own token.
 */
class ReusingBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly clients = new LRUCache<string, Promise<unknown>>({ max: MAX_REUSED_CLIENTS });

  private reuse<T>(key: string, make: () => Promise<T>): Promise<T> {
    const kept = this.clients.get(key) as Promise<T> | undefined;
    if (kept) return kept;
    const made = make();
    this.clients.set(key, made);
    // A client that could not be made (credentials unavailable) is tried afresh next turn.
    made.catch(() => {
      if (this.clients.get(key) === made) this.clients.delete(key);
    });
    return made;
  }

  private reusing(factory: ConnectorFactory, identity: ClaimsIdentity): ConnectorFactory {
    const appId = appIdOf(identity);
    const create: ConnectorFactory['create'] = (serviceUrl, audience) =>
      this.reuse(`connector ${appId} ${audience ?? ''} ${serviceUrl}`, () =>
        factory.create(serviceUrl, audience),
      );
    return { create };
  }

  override async authenticateRequest(
    ...args: Parameters<ConfigurationBotFrameworkAuthentication['authenticateRequest']>
  ): Promise<AuthenticationResult> {
    const result = await super.authenticateRequest(...args);
    const factory = result.connectorFactory;
    return factory ? { ...result, connectorFactory: this.reusing(factory, result.claimsIdentity) } : result;
  }

  override createConnectorFactory(identity: ClaimsIdentity): ConnectorFactory {
    return this.reusing(super.createConnectorFactory(identity), identity);
  }

  override createUserTokenClient(
    identity: ClaimsIdentity,
  ): ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']> {
    return this.reuse(`user-token ${appIdOf(identity)}`, () => super.createUserTokenClient(identity));
  }
}

export function createBotAuthentication(
  settings: BotFrameworkSettings,
): ConfigurationBotFrameworkAuthentication {
  try {
    const credentials = new ConfigurationServiceClientCredentialFactory(settings);
    return new ReusingBotFrameworkAuthentication(settings, credentials);
  } catch (error) {
    // botbuilder asserts on inconsistent settings (e.g. a password with UserAssignedMSI); say which.
    throw new AdvisorError(
      'config_invalid',
      `Invalid Microsoft Teams / Bot Framework settings: ${errorMessage(error)}`,
      { cause: error },
    );
  }
}

export type BotAuthentication = ConfigurationBotFrameworkAuthentication;
export type AuthenticateRequestResult = Awaited<ReturnType<BotAuthentication['authenticateRequest']>>;
