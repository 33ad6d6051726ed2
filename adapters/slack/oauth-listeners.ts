// What the install flow adds to the listeners: forget a workspace when Slack says the app was
// uninstalled or its bot token revoked, and tell a person in a workspace without an installation
// why nothing happens, instead of leaving their /virt unanswered.
import type { App, InstallationQuery, InstallationStore } from '@slack/bolt';
import { errorMessage, isAdvisorError } from '../../src/errors.js';
import type { Logger } from '../../src/ports.js';
import type { Inflight } from './inflight.js';

export const NOT_INSTALLED =
  'Virt Advisor is not installed in this workspace (any more). Ask a workspace admin to add it to Slack again, then try /virt once more.';

/** When the installation could not be read (Redis down), not absent: the workspace is still installed. */
export const INSTALLATIONS_UNREACHABLE =
  "I can't reach my storage just now, so I can't look up this workspace's installation. Please try again in a moment.";

const RESPONSE_URL_TIMEOUT_MS = 4000;

/** The error and what it wraps (Bolt's and the installer's AuthorizationError keep the original). */
function chain(error: unknown): unknown[] {
  const out: unknown[] = [];
  for (let e = error; e !== undefined && e !== null && out.length < 6; ) {
    out.push(e);
    const wrapper = e as { original?: unknown; cause?: unknown };
    e = wrapper.original ?? wrapper.cause;
  }
  return out;
}

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

/** The Events API event types these listeners take (the transport guard lets them through to Bolt). */
export const INSTALLATION_EVENTS = ['app_uninstalled', 'tokens_revoked'] as const;

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

/**
 * A request Bolt could not authorise: from a workspace without an installation, or while the
 * installations could not be read. Say which on its response_url, when it has one.
 */
export async function refuseUnauthorised(error: unknown, body: unknown, logger: Logger): Promise<void> {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const responseUrl = typeof record.response_url === 'string' ? record.response_url : undefined;
  const team = typeof record.team_id === 'string' ? record.team_id : undefined;
  const unreachable = chain(error).some((e) => isAdvisorError(e, 'store_unavailable'));
  if (unreachable) logger.warn({ team }, 'could not read Slack installations; refused the request');
  else logger.info({ team }, 'refused a Slack request from a workspace without an installation');
  const text = unreachable ? INSTALLATIONS_UNREACHABLE : NOT_INSTALLED;
  if (!responseUrl) return;
  await fetch(responseUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, text }),
    signal: AbortSignal.timeout(RESPONSE_URL_TIMEOUT_MS),
  }).catch((error: unknown) => logger.warn({ err: errorMessage(error) }, 'could not say so on response_url'));
}
