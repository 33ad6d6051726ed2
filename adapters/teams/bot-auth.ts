// Bot Framework authentication from botbuilder's own setting names (docs/platform-notes.md), so sovereign clouds
// and tests can point the token issuer, OpenID metadata and login URLs elsewhere without code.
import {
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
} from 'botbuilder';
import type { Config } from '../server/config.js';

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

export function botFrameworkSettings(config: Config): BotFrameworkSettings {
  const settings: BotFrameworkSettings = {};
  for (const key of BOT_FRAMEWORK_KEYS) {
    const value = config.raw[key]?.trim();
    if (value) settings[key] = value;
  }
  // The parsed config wins for the four names it owns (trimmed, empty → unset).
  for (const key of [
    'MicrosoftAppId',
    'MicrosoftAppPassword',
    'MicrosoftAppType',
    'MicrosoftAppTenantId',
  ] as const) {
    const value = config[key];
    if (value) settings[key] = value;
    else delete settings[key];
  }
  return settings;
}

export function missingCustomCloudKeys(settings: BotFrameworkSettings): string[] {
  const set = CUSTOM_CLOUD_KEYS.filter((k) => settings[k]);
  return set.length === 0 ? [] : CUSTOM_CLOUD_KEYS.filter((k) => !settings[k]);
}

export class TeamsConfigError extends Error {
  override readonly name = 'TeamsConfigError';
}

export function createBotAuthentication(
  settings: BotFrameworkSettings,
): ConfigurationBotFrameworkAuthentication {
  try {
    const credentials = new ConfigurationServiceClientCredentialFactory(settings);
    return new ConfigurationBotFrameworkAuthentication(settings, credentials);
  } catch (error) {
    // botbuilder asserts on inconsistent settings (e.g. a password with UserAssignedMSI); say which.
    const reason = error instanceof Error ? error.message : String(error);
    throw new TeamsConfigError(`Invalid Microsoft Teams / Bot Framework settings: ${reason}`);
  }
}

export type BotAuthentication = ConfigurationBotFrameworkAuthentication;
export type AuthenticateRequestResult = Awaited<ReturnType<BotAuthentication['authenticateRequest']>>;
