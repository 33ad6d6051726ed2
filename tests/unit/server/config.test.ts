// Start-up configuration: every setting that cannot work is refused in one line that names it and
// quotes what was given (never a secret), instead of zod's multi-line report or a silent local mode.
import { describe, expect, it } from 'vitest';
import { loadConfig, slackMode } from '../../../adapters/server/config.js';

function refusal(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toMatchObject({ code: 'config_invalid' });
    return (error as Error).message;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
}

describe('configuration refusals', () => {
  it.each([
    [{ PORT: 'abc' }, /^Invalid configuration: PORT .*"abc"/],
    [{ PORT: '70000' }, /PORT .*"70000"/],
    [{ REDIS_URL: 'nonsense' }, /REDIS_URL must be a redis:\/\/ .*"nonsense"/],
    [{ REDIS_URL: 'http://127.0.0.1:6379' }, /REDIS_URL .*"http:\/\/127\.0\.0\.1:6379"/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of .*"loud"/],
    [{ SLACK_API_URL: 'not a url' }, /SLACK_API_URL/],
  ])('%o is refused in one line quoting the value', (env, message) => {
    const text = refusal(env);
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
  });

  it.each([
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, /SLACK_BOT_TOKEN is set but .*SLACK_SIGNING_SECRET.*SLACK_APP_TOKEN/],
    [{ SLACK_SIGNING_SECRET: 's3cret' }, /SLACK_SIGNING_SECRET is set but .*SLACK_BOT_TOKEN/],
    [{ SLACK_APP_TOKEN: 'xapp-1' }, /SLACK_APP_TOKEN is set but .*SLACK_BOT_TOKEN/],
    [
      { SLACK_APP_TOKEN: 'xapp-1', SLACK_SIGNING_SECRET: 's' },
      /SLACK_APP_TOKEN is set but .*SLACK_BOT_TOKEN/,
    ],
    [{ MicrosoftAppPassword: 'pw' }, /MicrosoftAppPassword is set but .*MicrosoftAppId/],
  ])('half a credential pair (%o) is refused, naming the missing half', (env, message) => {
    const text = refusal(env);
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
    for (const value of Object.values(env)) expect(text).not.toContain(`"${value}"`);
  });

  it('lists every bad setting on the one line', () => {
    const text = refusal({ PORT: 'abc', SHUTDOWN_GRACE_SECONDS: 'soon' });
    expect(text).toMatch(/PORT .*; SHUTDOWN_GRACE_SECONDS .*"soon"/);
  });

  it('accepts the complete combinations', () => {
    expect(slackMode(loadConfig({}))).toBe('off');
    expect(slackMode(loadConfig({ SLACK_BOT_TOKEN: 'x', SLACK_SIGNING_SECRET: 's' }))).toBe('http');
    expect(slackMode(loadConfig({ SLACK_BOT_TOKEN: 'x', SLACK_APP_TOKEN: 'a' }))).toBe('socket');
    expect(loadConfig({ REDIS_URL: 'rediss://user:pw@cache.example:6380/2' }).REDIS_URL).toBe(
      'rediss://user:pw@cache.example:6380/2',
    );
    // An OAuth install has a signing secret and a client id, but no single bot token.
    expect(() => loadConfig({ SLACK_SIGNING_SECRET: 's', SLACK_CLIENT_ID: '1.2' })).not.toThrow();
  });
});
