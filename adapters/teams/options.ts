// What the Teams adapter needs to be told, in its own words. The composition root maps its
// configuration onto this; botbuilder's own setting names pass through `botFramework` untouched
// (docs/platform-notes.md), so sovereign clouds and tests configure botbuilder without code.

export interface TeamsAdapterOptions {
  /** MicrosoftAppId; unset is local mode (the Bot Framework Emulator, loopback service URLs only). */
  appId?: string | undefined;
  /** MicrosoftAppPassword. */
  appPassword?: string | undefined;
  /** MicrosoftAppType: MultiTenant (the default), SingleTenant or UserAssignedMSI. */
  appType?: string | undefined;
  /** MicrosoftAppTenantId. */
  tenantId?: string | undefined;
  /**
   * Every setting botbuilder reads by its own name (ToBotFromChannelTokenIssuer, OAuthUrl, …), as
   * the environment has them; names botbuilder does not read are ignored.
   */
  botFramework?: Record<string, string | undefined> | undefined;
}
