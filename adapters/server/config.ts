// The composition root's configuration: the only place that reads process.env (through this schema).
// A setting that cannot work is refused at start-up in one line naming the variable and its value.
import { z } from 'zod';
import { AdvisorError } from '../../src/errors.js';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

/** A Redis URL ioredis can use; ioredis would read "nonsense" as a host name and retry it forever. */
const redisUrl = optionalString.refine(
  (v) => {
    if (v === undefined) return true;
    if (!URL.canParse(v)) return false;
    const url = new URL(v);
    return (url.protocol === 'redis:' || url.protocol === 'rediss:') && url.hostname !== '';
  },
  { message: 'must be a redis:// or rediss:// URL with a host, such as redis://127.0.0.1:6379' },
);

export const ConfigSchema = z.object({
  PORT: z.coerce
    .number({ message: 'must be a port number from 0 to 65535' })
    .int('must be a port number from 0 to 65535')
    .min(0, 'must be a port number from 0 to 65535')
    .max(65_535, 'must be a port number from 0 to 65535')
    .default(3978),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  REDIS_URL: redisUrl,
  /** Prefix of every Redis key, so several deployments (or test runs) can share one Redis. */
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[\w:.-]{1,64}$/, 'must be letters, digits, _ : . - (at most 64)')
    .default('virt:'),
  /** How long SIGTERM waits for requests in flight before cutting them off, in seconds. */
  SHUTDOWN_GRACE_SECONDS: z.coerce
    .number({ message: 'must be a number of seconds' })
    .positive('must be more than 0 seconds')
    .max(300, 'must be at most 300 seconds')
    .default(10),
  /** Idle time after which an interview expires, in seconds (default 24 hours). */
  CONVERSATION_TTL_SECONDS: z.coerce
    .number({ message: 'must be a whole number of seconds' })
    .int('must be a whole number of seconds')
    .positive('must be more than 0 seconds')
    .default(24 * 60 * 60),
  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_API_URL: optionalString.pipe(z.url('must be an http(s) URL').optional()),
  /** One Slack app installed in many workspaces (OAuth v2 install flow) instead of one bot token. */
  SLACK_CLIENT_ID: optionalString,
  SLACK_CLIENT_SECRET: optionalString,
  SLACK_STATE_SECRET: optionalString,
  /** 32 bytes, base64 (`openssl rand -base64 32`): encrypts the stored bot tokens (AES-256-GCM). */
  SLACK_INSTALLATION_KEY: optionalString.refine(
    (v) => v === undefined || (/^[A-Za-z0-9+/]+={0,2}$/.test(v) && Buffer.from(v, 'base64').length === 32),
    'must be 32 bytes, base64-encoded (openssl rand -base64 32)',
  ),
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

/** A value as it may be shown in a refusal: short, and never a secret's content. */
function shown(name: string, value: unknown): string {
  if (value === undefined) return 'it is not set';
  if (/TOKEN|SECRET|PASSWORD|INSTALLATION_KEY/i.test(name)) return 'its value is hidden';
  const text = String(value);
  return `got ${JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text)}`;
}

/**
 * Credentials that only work together. Half a pair used to start silently in local mode, which a
 * newcomer reads as "Slack is connected"; it is refused with the missing half named instead.
 */
function missingPartner(config: z.infer<typeof ConfigSchema>, env: Record<string, string | undefined>) {
  const { SLACK_BOT_TOKEN: bot, SLACK_SIGNING_SECRET: secret, SLACK_APP_TOKEN: app } = config;
  // An OAuth install (SLACK_CLIENT_ID) gets its bot tokens per workspace, not from SLACK_BOT_TOKEN.
  const oauth = Boolean(env.SLACK_CLIENT_ID?.trim());
  if (bot && !secret && !app)
    return 'SLACK_BOT_TOKEN is set but Slack needs SLACK_SIGNING_SECRET too (HTTP), or SLACK_APP_TOKEN (Socket Mode)';
  if (!bot && app) return 'SLACK_APP_TOKEN is set but Socket Mode needs SLACK_BOT_TOKEN too';
  if (!bot && secret && !oauth)
    return 'SLACK_SIGNING_SECRET is set but Slack needs SLACK_BOT_TOKEN too (or SLACK_CLIENT_ID for OAuth installs)';
  if (config.MicrosoftAppPassword && !config.MicrosoftAppId)
    return 'MicrosoftAppPassword is set but Teams needs MicrosoftAppId too';
  return undefined;
}

/** Reads the environment; throws AdvisorError `config_invalid` with one line naming every bad or missing setting. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'configuration');
      return `${name} ${issue.message} (${shown(name, env[name])})`;
    });
    throw new AdvisorError('config_invalid', `Invalid configuration: ${[...new Set(problems)].join('; ')}`);
  }
  const missing = missingPartner(parsed.data, env);
  if (missing) throw new AdvisorError('config_invalid', `Invalid configuration: ${missing}`);
  return { ...parsed.data, raw: { ...env } };
}

export function slackMode(config: Config): 'http' | 'socket' | 'oauth' | 'off' {
  // The install flow is chosen by SLACK_CLIENT_ID alone, so that a half-set OAuth configuration
  // reaches the adapter and is refused there with what is missing, instead of silently turning Slack off.
  if (config.SLACK_CLIENT_ID) return 'oauth';
  if (!config.SLACK_BOT_TOKEN) return 'off';
  if (config.SLACK_APP_TOKEN) return 'socket';
  return config.SLACK_SIGNING_SECRET ? 'http' : 'off';
}
