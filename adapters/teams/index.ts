// The Teams adapter (docs/contract.md §5, §7): botbuilder's CloudAdapter and a TeamsActivityHandler mounted at
// POST /api/messages of the one server. Every botbuilder import lives in this folder, so moving to
// the Teams SDK or the Microsoft 365 Agents SDK later is one adapter's change (docs/platform-notes.md).
import type { Logger, Metrics } from '../../src/ports.js';
import type { Advisor } from '../../src/service.js';
import type { MountedAdapter } from '../http/http-types.js';
import { AdvisorTeamsBot } from './bot.js';
import { botFrameworkSettings, createBotAuthentication, missingCustomCloudKeys } from './bot-auth.js';
import { AdvisorCloudAdapter } from './cloud-adapter.js';
import { createMessagesRoute } from './messages-route.js';
import type { TeamsAdapterOptions } from './options.js';
import { LOCAL_MODE_DESCRIBE, TEAMS_ROUTE } from './route-info.js';

export interface TeamsAdapterDeps {
  advisor: Advisor;
  logger: Logger;
  options: TeamsAdapterOptions;
  metrics?: Metrics;
}

export function createTeamsAdapter({ advisor, logger, options, metrics }: TeamsAdapterDeps): MountedAdapter {
  const settings = botFrameworkSettings(options);
  const localMode = !settings.MicrosoftAppId;
  const missing = missingCustomCloudKeys(settings);
  if (missing.length > 0) {
    logger.warn(
      { missing },
      'custom Bot Framework endpoints are only partly set; botbuilder will use none of the defaults',
    );
  }
  const auth = createBotAuthentication(settings);
  const adapter = new AdvisorCloudAdapter(auth, logger);
  const bot = new AdvisorTeamsBot({ advisor, logger, ...(metrics ? { metrics } : {}) });
  const handler = createMessagesRoute({
    adapter,
    auth,
    logic: (context) => bot.run(context),
    logger,
    localMode,
  });

  const appType = settings.MicrosoftAppType ?? 'MultiTenant';
  const describe = localMode
    ? LOCAL_MODE_DESCRIBE
    : `Teams: POST ${TEAMS_ROUTE} for app ${settings.MicrosoftAppId} (${appType}); every request needs a valid Bot Framework token`;
  return { name: 'teams', route: { method: 'POST', path: TEAMS_ROUTE, handler }, describe };
}
