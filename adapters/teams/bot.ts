// The Teams activity handler: translate the activity, let the core decide, render what it says.
import { TeamsActivityHandler, type TurnContext } from 'botbuilder';
import { welcomeCard } from '../../src/cards.js';
import { errorMessage } from '../../src/errors.js';
import { type Logger, type Metrics, noMetrics } from '../../src/ports.js';
import type { Advisor } from '../../src/service.js';
import { parseInbound } from './activity-schema.js';
import { sendCard, sendEffects } from './send-effects.js';
import { translate } from './translate.js';

export interface BotDeps {
  advisor: Advisor;
  logger: Logger;
  now?: () => number;
  /** Records the time from an activity arriving to its reply being handed to the Bot Connector. */
  metrics?: Metrics;
}

export class AdvisorTeamsBot extends TeamsActivityHandler {
  constructor(private readonly deps: BotDeps) {
    super();
    this.onMessage(async (context, next) => {
      await this.relay(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      await this.relay(context);
      await next();
    });
  }

  private async relay(context: TurnContext): Promise<void> {
    const { advisor, logger } = this.deps;
    const parsed = parseInbound(context.activity);
    if (!parsed.success) {
      logger.warn({ type: context.activity.type }, 'ignored an activity that does not parse');
      return;
    }
    const inbound = translate(parsed.data, (this.deps.now ?? Date.now)());
    if (inbound.kind === 'ignore') {
      logger.debug({ reason: inbound.reason }, 'activity ignored');
      return;
    }
    if (inbound.kind === 'welcome') {
      if (await this.isRedelivery(inbound.deliveryId)) return;
      await sendCard(context, welcomeCard());
      return;
    }
    const began = performance.now();
    const options = {
      surface: 'teams',
      ...(inbound.deliveryId ? { deliveryId: inbound.deliveryId } : {}),
    } as const;
    const effects = await advisor.handle(inbound.key, inbound.event, options);
    await sendEffects(context, effects, logger);
    if (effects.length > 0)
      (this.deps.metrics ?? noMetrics).turnCompleted('teams', (performance.now() - began) / 1000);
  }

  /** Installing the bot sends one conversationUpdate; a redelivery must not greet twice. */
  private async isRedelivery(deliveryId: string | undefined): Promise<boolean> {
    if (!deliveryId) return false;
    try {
      return !(await this.deps.advisor.claimDelivery(deliveryId));
    } catch (error) {
      // Without the store a duplicate greeting is possible; no greeting at all would be worse.
      this.deps.logger.warn({ err: errorMessage(error) }, 'could not record the welcome');
      return false;
    }
  }
}
