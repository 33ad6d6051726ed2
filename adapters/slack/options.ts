// What the Slack adapter needs to be told, in its own words. The composition root maps its
// configuration (docs/contract.md, environment) onto this; nothing here knows where a value came from
// beyond the variable its refusals name.

export interface SlackAdapterOptions {
  /** One workspace's bot token (SLACK_BOT_TOKEN). */
  botToken?: string | undefined;
  /** Verifies every request over HTTP (SLACK_SIGNING_SECRET). */
  signingSecret?: string | undefined;
  /** Socket Mode instead of HTTP (SLACK_APP_TOKEN). */
  appToken?: string | undefined;
  /** The Web API base (SLACK_API_URL); Slack's own when unset. */
  apiUrl?: string | undefined;
  /** The install flow for many workspaces (SLACK_CLIENT_ID and its secrets). */
  oauth?: SlackOAuthOptions | undefined;
  /** Where installations are kept: this Redis when set, otherwise this process only. */
  redis?: { url: string; keyPrefix: string } | undefined;
}

export interface SlackOAuthOptions {
  clientId: string;
  clientSecret?: string | undefined;
  stateSecret?: string | undefined;
  /** 32 bytes, base64: encrypts the stored bot tokens (SLACK_INSTALLATION_KEY). */
  installationKey?: string | undefined;
}
