// One Slack app, many workspaces: Bolt's own OAuth v2 installer (GET /slack/install, GET
// /slack/oauth_redirect) with installations kept encrypted in the conversation store's backend.
// Every request is then authorised by Bolt with the installation of its workspace (or its
// Enterprise Grid organisation); app_uninstalled and tokens_revoked delete it.
import { randomBytes } from 'node:crypto';
import { HTTPReceiver } from '@slack/bolt';
import { AdvisorError } from '../../src/errors.js';
import type { Logger } from '../../src/ports.js';
import type { InstallationRecords } from '../store/installations.js';
import { boltLogger, webClientOptions } from './bolt-options.js';
import {
  type ClosableInstallationStore,
  createInstallationStore,
  decodeInstallationKey,
} from './installation-store.js';
import type { SlackAdapterOptions, SlackOAuthOptions } from './options.js';

export const INSTALL_PATH = '/slack/install';
export const OAUTH_REDIRECT_PATH = '/slack/oauth_redirect';
/** The bot scopes of manifest/slack/manifest.json (a test keeps the two equal). */
export const BOT_SCOPES = ['commands', 'chat:write', 'app_mentions:read', 'im:history'];

export interface OAuthSettings {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  signingSecret: string;
}

/** The OAuth settings, or a refusal naming what is missing or in conflict. */
export function oauthSettings(options: SlackAdapterOptions & { oauth: SlackOAuthOptions }): OAuthSettings {
  const { oauth } = options;
  const missing = (
    [
      ['SLACK_CLIENT_SECRET', oauth.clientSecret],
      ['SLACK_STATE_SECRET', oauth.stateSecret],
      ['SLACK_SIGNING_SECRET', options.signingSecret],
    ] as const
  ).flatMap(([name, value]) => (value ? [] : [name]));
  if (missing.length > 0)
    throw new AdvisorError(
      'config_invalid',
      `SLACK_CLIENT_ID is set, so the Slack install flow also needs ${missing.join(', ')}`,
    );
  if (options.botToken)
    throw new AdvisorError(
      'config_invalid',
      'SLACK_BOT_TOKEN and SLACK_CLIENT_ID exclude each other: set SLACK_BOT_TOKEN for one workspace, or SLACK_CLIENT_ID (and its secrets) to install in many',
    );
  if (options.appToken)
    throw new AdvisorError(
      'config_invalid',
      'the Slack install flow is served over HTTP: unset SLACK_APP_TOKEN (Socket Mode) when SLACK_CLIENT_ID is set',
    );
  if (options.redis && !oauth.installationKey)
    throw new AdvisorError(
      'config_invalid',
      'SLACK_INSTALLATION_KEY is required with SLACK_CLIENT_ID and REDIS_URL: 32 bytes, base64 (openssl rand -base64 32); it encrypts the stored bot tokens',
    );
  return {
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret ?? '',
    stateSecret: oauth.stateSecret ?? '',
    signingSecret: options.signingSecret ?? '',
  };
}

/** Installations in Redis when the options name one, otherwise in this process (with a warning). */
export async function openInstallationStore(
  options: SlackAdapterOptions & { oauth: SlackOAuthOptions },
  logger: Logger,
): Promise<ClosableInstallationStore> {
  let records: InstallationRecords;
  if (options.redis) {
    const { createRedisInstallationRecords } = await import('../store/installations-redis.js');
    records = createRedisInstallationRecords({
      url: options.redis.url,
      logger: logger.child({ component: 'redis-installations' }),
      keyPrefix: options.redis.keyPrefix,
    });
  } else {
    const { createMemoryInstallationRecords } = await import('../store/installations.js');
    records = createMemoryInstallationRecords();
    logger.warn(
      'Slack installations are kept in this process only: they are lost on restart and not shared between replicas, so every workspace must reinstall. Set REDIS_URL (and SLACK_INSTALLATION_KEY) to keep them.',
    );
  }
  // Without a configured key (in-process only) a random one serves: the records die with the process anyway.
  const key = options.oauth.installationKey
    ? decodeInstallationKey(options.oauth.installationKey)
    : randomBytes(32);
  if (!key)
    throw new AdvisorError('config_invalid', 'SLACK_INSTALLATION_KEY must be 32 bytes, base64-encoded');
  return createInstallationStore(records, key);
}

export function createOAuthReceiver(
  settings: OAuthSettings,
  options: {
    apiUrl: string | undefined;
    logger: Logger;
    installationStore: ClosableInstallationStore;
    endpoints: string;
  },
): HTTPReceiver {
  const bLogger = boltLogger(options.logger);
  return new HTTPReceiver({
    signingSecret: settings.signingSecret,
    endpoints: options.endpoints,
    logger: bLogger,
    processBeforeResponse: false,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    stateSecret: settings.stateSecret,
    installationStore: options.installationStore,
    scopes: BOT_SCOPES,
    installerOptions: {
      installPath: INSTALL_PATH,
      redirectUriPath: OAUTH_REDIRECT_PATH,
      // The install page sets a state cookie that the redirect must bring back (no cross-site install).
      stateVerification: true,
      directInstall: false,
      // oauth.v2.access and the installer's auth.test go to SLACK_API_URL like every other call.
      clientOptions: webClientOptions(options.apiUrl, bLogger),
    },
  });
}
