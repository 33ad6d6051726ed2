// POST /api/messages: parse, authenticate (401 for every failure), refuse non-loopback service URLs
// in local mode, then run the turn. Bodies never carry a stack trace.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Activity, TurnContext } from 'botbuilder';
import { errorMessage } from '../../src/errors.js';
import type { Logger } from '../../src/ports.js';
import { sendJson } from '../http/http-io.js';
import type { HttpHandler } from '../http/http-types.js';
import { parseInbound } from './activity-schema.js';
import type { AuthenticateRequestResult, BotAuthentication } from './bot-auth.js';
import type { AdvisorCloudAdapter } from './cloud-adapter.js';
import { isLoopbackServiceUrl } from './loopback.js';
import { withoutConsoleNoise } from './quiet-console.js';
import { readJsonBody } from './read-json-body.js';

export interface MessagesRouteDeps {
  adapter: AdvisorCloudAdapter;
  auth: BotAuthentication;
  logic: (context: TurnContext) => Promise<void>;
  logger: Logger;
  /** No MicrosoftAppId: no token check, so replies go only to loopback service URLs. */
  localMode: boolean;
}

export function createMessagesRoute(deps: MessagesRouteDeps): HttpHandler {
  const { adapter, auth, logic, logger, localMode } = deps;
  return async (req: IncomingMessage, res: ServerResponse) => {
    // With an app id every request needs a Bearer token; one without is refused before up to 1 MiB of
    // its body is buffered, so an unauthenticated client cannot make us hold memory for it.
    if (!localMode && !/^bearer\s+\S/i.test(req.headers.authorization ?? '')) {
      logger.warn({ reason: 'no Bearer token' }, 'refused a Bot Framework request without a valid token');
      req.resume();
      return sendJson(res, 401, { error: 'unauthorized' }, { close: true });
    }
    const body = await readJsonBody(req);
    if (!body.ok) return sendJson(res, body.status, { error: body.error }, { close: body.status === 413 });
    const parsed = parseInbound(body.value);
    if (!parsed.success) {
      const where = parsed.error.issues[0]?.path.join('.') || 'body';
      return sendJson(res, 400, { error: `not a Bot Framework activity (${where})` });
    }
    // Validated above; botbuilder's Activity type is wider than the fields we check.
    const activity = parsed.data as unknown as Activity;

    let authResult: AuthenticateRequestResult;
    try {
      authResult = await withoutConsoleNoise(() =>
        auth.authenticateRequest(activity, req.headers.authorization ?? ''),
      );
    } catch (error) {
      // Missing, malformed, expired, wrong audience, unknown signing key, or keys that could not be
      // fetched: all the same to the caller, and the bot logic does not run.
      logger.warn({ reason: errorMessage(error) }, 'refused a Bot Framework request without a valid token');
      return sendJson(res, 401, { error: 'unauthorized' });
    }

    if (localMode && !isLoopbackServiceUrl(parsed.data.serviceUrl)) {
      logger.warn(
        { serviceUrl: parsed.data.serviceUrl.slice(0, 200) },
        'local mode (no MicrosoftAppId): not replying to a non-loopback serviceUrl',
      );
      return sendJson(res, 202);
    }

    try {
      const invokeResponse = await adapter.runAuthenticated(authResult, activity, logic);
      if (invokeResponse) return sendJson(res, invokeResponse.status, invokeResponse.body);
      return sendJson(res, 200);
    } catch (error) {
      logger.error(
        { err: errorMessage(error), activityType: parsed.data.type },
        'Bot Framework activity failed',
      );
      return sendJson(res, 500, { error: 'internal error' });
    }
  };
}
