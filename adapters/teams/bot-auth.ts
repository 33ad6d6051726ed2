// Bot Framework authentication from botbuilder's own setting names (docs/platform-notes.md), so sovereign clouds
// and tests can point the token issuer, OpenID metadata and login URLs elsewhere without code.
import {
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
} from 'botbuilder';
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

export function createBotAuthentication(
  settings: BotFrameworkSettings,
): ConfigurationBotFrameworkAuthentication {
  try {
    const credentials = new ConfigurationServiceClientCredentialFactory(settings);
    return new ConfigurationBotFrameworkAuthentication(settings, credentials);
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
