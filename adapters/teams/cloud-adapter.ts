// botbuilder's CloudAdapter, with authentication split from the turn: the HTTP route authenticates
// first (and answers 401 itself for every failure), then runs the already-authenticated activity.
// CloudAdapter.process would answer 500 (and console.error a stack) for an unknown signing key or a
// key fetch that fails (docs/platform-notes.md).
import { type Activity, CloudAdapter, type InvokeResponse, type TurnContext } from 'botbuilder';
import { errorMessage } from '../../src/errors.js';
import { NOTICES } from '../../src/notice.js';
import type { Logger } from '../../src/ports.js';
import type { AuthenticateRequestResult, BotAuthentication } from './bot-auth.js';
import { sendCard } from './send-effects.js';

export class AdvisorCloudAdapter extends CloudAdapter {
  constructor(auth: BotAuthentication, logger: Logger) {
    super(auth);
    this.onTurnError = async (context: TurnContext, error: Error) => {
      logger.error(
        {
          err: error.message,
          activityType: context.activity.type,
          conversation: context.activity.conversation?.id,
        },
        'Teams turn failed',
      );
      try {
        await sendCard(context, NOTICES.internal());
      } catch (sendError) {
        logger.warn({ err: errorMessage(sendError) }, 'could not tell the user about the failure');
      }
    };
  }

  runAuthenticated(
    auth: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, activity, logic);
  }
}
