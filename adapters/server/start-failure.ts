// What a failure at start-up tells the operator, by error code, in one place: a setting to fix (exit
// status 2, the message as it stands: it names the variable) or anything else (exit status 1). The
// configuration and every adapter throw AdvisorError; none of them decides how a refusal is shown.
import { type ErrorCode, errorCode, errorMessage } from '../../src/errors.js';

const FIX_A_SETTING = { status: 2, lead: '' } as const;
const FAILED = { status: 1, lead: 'Virt Advisor failed to start: ' } as const;

const START_FAILURE: Record<ErrorCode, { status: 1 | 2; lead: string }> = {
  config_invalid: FIX_A_SETTING,
  slack_token_refused: FIX_A_SETTING,
  // The Slack adapter serves on without Slack when it cannot reach it; anything else is ours.
  slack_unreachable: FAILED,
  slack_not_installed: FAILED,
  store_unavailable: FAILED,
  conversation_too_large: FAILED,
  input_too_large: FAILED,
  input_invalid: FAILED,
  internal: FAILED,
};

/** The exit status and the one line on stderr for an error that stopped the start-up. */
export function startFailure(error: unknown): { status: 1 | 2; line: string } {
  const { status, lead } = START_FAILURE[errorCode(error)];
  return { status, line: `${lead}${errorMessage(error).replace(/\s*\n\s*/g, ' ')}` };
}
