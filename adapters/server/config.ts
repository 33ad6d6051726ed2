// The composition root's configuration: the only place that reads process.env (through this schema).
import { z } from 'zod';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3978),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  REDIS_URL: optionalString,
  /** Prefix of every Redis key, so several deployments (or test runs) can share one Redis. */
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[\w:.-]{1,64}$/, 'letters, digits, _ : . - (at most 64)')
    .default('virt:'),
  /** How long SIGTERM waits for requests in flight before cutting them off, in seconds. */
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().positive().max(300).default(10),
  /** Idle time after which an interview expires, in seconds (default 24 hours). */
  CONVERSATION_TTL_SECONDS: z.coerce
    .number()
    .int()
    .positive()
    .default(24 * 60 * 60),
  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_API_URL: optionalString.pipe(z.url().optional()),
  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppType: optionalString,
  MicrosoftAppTenantId: optionalString,
  /** When set, GET /metrics requires `Authorization: Bearer <METRICS_TOKEN>`. */
  METRICS_TOKEN: optionalString,
});
export type Config = z.infer<typeof ConfigSchema> & {
  /** Every environment variable, for botbuilder's own setting names (ToBotFromChannelTokenIssuer, …). */
  raw: Record<string, string | undefined>;
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(`Invalid configuration:\n${z.prettifyError(parsed.error)}`);
  return { ...parsed.data, raw: { ...env } };
}

export function slackMode(config: Config): 'http' | 'socket' | 'off' {
  if (!config.SLACK_BOT_TOKEN) return 'off';
  if (config.SLACK_APP_TOKEN) return 'socket';
  return config.SLACK_SIGNING_SECRET ? 'http' : 'off';
}
