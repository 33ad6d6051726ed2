// What the install flow adds to the listeners: forget a workspace when Slack says the app was
// uninstalled or its bot token revoked, and tell a person in a workspace without an installation
// why nothing happens, instead of leaving their /virt unanswered.
import type { App, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { Logger } from '../../src/ports.js';
import type { Inflight } from './inflight.js';

export const NOT_INSTALLED =
  'Virt Advisor is not installed in this workspace (any more). Ask a workspace admin to add it to Slack again, then try /virt once more.';

const RESPONSE_URL_TIMEOUT_MS = 4000;

interface Deps {
  installationStore: Required<InstallationStore>;
  logger: Logger;
  inflight: Inflight;
}

type Context = { teamId?: string; enterpriseId?: string; isEnterpriseInstall?: boolean };

function queryOf(context: Context): InstallationQuery<boolean> {
  return {
    teamId: context.teamId,
    enterpriseId: context.enterpriseId,
    isEnterpriseInstall: context.isEnterpriseInstall ?? false,
  } as InstallationQuery<boolean>;
}

export function registerInstallationListeners(app: App, { installationStore, logger, inflight }: Deps): void {
  async function forget(context: Context, why: string): Promise<void> {
    const query = queryOf(context);
    await installationStore.deleteInstallation(query);
    logger.info(
      { team: query.teamId, enterprise: query.enterpriseId, orgWide: query.isEnterpriseInstall },
      `Slack installation deleted (${why})`,
    );
  }

  app.event('app_uninstalled', async ({ context }) => {
    await inflight.run(() => forget(context, 'app uninstalled'));
  });

  app.event('tokens_revoked', async ({ event, context }) => {
    // Only the bot token matters: the installer asks for no user scopes, so no user token is held.
    if ((event.tokens.bot ?? []).length === 0) return;
    await inflight.run(() => forget(context, 'bot token revoked'));
  });
}

/** A request from a workspace without an installation: answer on its response_url, when it has one. */
export async function refuseUninstalled(body: unknown, logger: Logger): Promise<void> {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const responseUrl = typeof record.response_url === 'string' ? record.response_url : undefined;
  const team = typeof record.team_id === 'string' ? record.team_id : undefined;
  logger.info({ team }, 'refused a Slack request from a workspace without an installation');
  if (!responseUrl) return;
  await fetch(responseUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, text: NOT_INSTALLED }),
    signal: AbortSignal.timeout(RESPONSE_URL_TIMEOUT_MS),
  }).catch((error: unknown) =>
    logger.warn(
      { err: error instanceof Error ? error.message : String(error) },
      'could not say so on response_url',
    ),
  );
}
