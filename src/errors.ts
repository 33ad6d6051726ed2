// The one error type of the advisor: every failure it knows by name carries a stable `code`, so each
// adapter maps codes to what its user sees (a notice, an exit status, an HTTP status) in one place,
// and a message is never parsed to decide anything.

export const ERROR_CODES = [
  /** The conversation store did not answer (or answered too late); nothing was changed. */
  'store_unavailable',
  /** A conversation grew past what the store keeps. */
  'conversation_too_large',
  /** A setting cannot work; the message names it. */
  'config_invalid',
  /** Slack answered, and refused SLACK_BOT_TOKEN. */
  'slack_token_refused',
  /** Slack could not be reached at all (no egress, proxy, DNS). */
  'slack_unreachable',
  /** A Slack request came from a workspace with no installation of the app (the install flow). */
  'slack_not_installed',
  /** A request or input is bigger than the bound for it. */
  'input_too_large',
  /** A request or input is not what it must be (not JSON, nested too deep, wrong shape). */
  'input_invalid',
  /** Something the code did not foresee. */
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AdvisorError extends Error {
  override readonly name = 'AdvisorError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** True for an AdvisorError (of `code`, when given). */
export function isAdvisorError(error: unknown, code?: ErrorCode): error is AdvisorError {
  return error instanceof AdvisorError && (code === undefined || error.code === code);
}

/** The code of any thrown value: unknown errors are `internal`. */
export function errorCode(error: unknown): ErrorCode {
  return error instanceof AdvisorError ? error.code : 'internal';
}

/** A thrown value's message for a log line (never its stack). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
