// One Slack app in many workspaces, over the real server and Bolt's own installer, against the fake
// Slack on loopback: install through the redirect (with the state cookie of the install page), a
// /virt and a mention from each workspace answered with that workspace's token, an Enterprise Grid
// org-wide install, then an uninstall after which that workspace is refused politely — on the
// in-process installation store and on Redis.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../../adapters/server/app.js';
import { loadConfig } from '../../../adapters/server/config.js';
import { BOT_SCOPES } from '../../../adapters/slack/oauth.js';
import { INSTALLATIONS_UNREACHABLE, NOT_INSTALLED } from '../../../adapters/slack/oauth-listeners.js';
import { silentLogger } from '../../../src/ports.js';
import { type FakeSlack, type Grant, startFakeSlack } from '../../support/fake-slack.js';
import { SlackDriver } from '../../support/slack-client.js';
import { TEST_SIGNING_SECRET } from '../../support/slack-sign.js';
import { deleteKeys, REDIS_URL, requireRedis, uniqueKeyPrefix } from '../../support/store-redis.js';
import { type LogEntry, recordingLogger } from '../../support/teams-logger.js';

const CLIENT = { clientId: '1234.5678', clientSecret: 'fake-client-secret' };
const TEAM_A: Grant = { botToken: 'xoxb-team-a', team: { id: 'T0AAA', name: 'Team A' } };
const TEAM_B: Grant = { botToken: 'xoxb-team-b', team: { id: 'T0BBB', name: 'Team B' } };
const ORG: Grant = {
  botToken: 'xoxb-org-e',
  enterprise: { id: 'E0GRID', name: 'Grid Org' },
  isEnterpriseInstall: true,
};

interface Harness {
  logs: LogEntry[];
  app: RunningApp;
  fake: FakeSlack;
  slack: SlackDriver;
}

async function start(env: Record<string, string>): Promise<Harness> {
  const fake = await startFakeSlack(CLIENT);
  const config = loadConfig({
    PORT: '0',
    LOG_LEVEL: 'silent',
    SLACK_CLIENT_ID: CLIENT.clientId,
    SLACK_CLIENT_SECRET: CLIENT.clientSecret,
    SLACK_STATE_SECRET: 'state-secret-for-tests',
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_API_URL: fake.url,
    ...env,
  });
  // Every level is kept, debug included, to prove that no secret reaches the logs.
  const logger = recordingLogger();
  const app = await startApp({ config, logger });
  return { logs: logger.entries, app, fake, slack: new SlackDriver(app.url, fake) };
}

/** The install page, as a browser sees it: the "Add to Slack" link and the state cookie. */
async function installPage(h: Harness): Promise<{ state: string; cookie: string; link: URL }> {
  const res = await fetch(`${h.app.url}/slack/install`);
  expect(res.status).toBe(200);
  const html = await res.text();
  const href = /href="([^"]*oauth\/v2\/authorize[^"]*)"/.exec(html)?.[1];
  if (!href) throw new Error('no Add to Slack link on the install page');
  const link = new URL(href.replaceAll('&amp;', '&'));
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('slack-app-oauth-state='));
  if (!cookie) throw new Error('the install page set no state cookie');
  return { state: link.searchParams.get('state') ?? '', cookie: cookie.split(';')[0] ?? '', link };
}

async function install(h: Harness, code: string, grant: Grant): Promise<Response> {
  const { state, cookie } = await installPage(h);
  h.fake.grant(code, grant);
  return fetch(`${h.app.url}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`, {
    headers: { cookie },
    redirect: 'manual',
  });
}

type Where = { team: string; enterprise?: string; orgWide?: boolean };

/** `/virt <text>` from a workspace; resolves with the id of the response_url the bot answers on. */
async function slash(h: Harness, where: Where, user: string, text = ''): Promise<string> {
  const url = h.fake.responseUrl();
  const body = new URLSearchParams(h.slack.slashBody({ id: user, team: where.team }, 'C0OAUTH', text, url));
  if (where.enterprise) body.set('enterprise_id', where.enterprise);
  else body.delete('enterprise_id');
  body.set('is_enterprise_install', String(where.orgWide ?? false));
  const posted = await h.slack.send(body.toString(), 'application/x-www-form-urlencoded');
  expect(posted.status).toBe(200);
  // The first reply may ride in the acknowledgement, which Slack shows like a response_url post.
  h.fake.acknowledged(url, posted.body);
  return url.split('/').pop() ?? '';
}

async function event(h: Harness, where: Where, event: Record<string, unknown>, eventId: string) {
  const body = JSON.stringify({
    token: 'unused',
    team_id: where.team,
    ...(where.enterprise ? { enterprise_id: where.enterprise } : {}),
    api_app_id: 'A0FAKEAPP',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      {
        enterprise_id: where.enterprise ?? null,
        team_id: where.orgWide ? null : where.team,
        user_id: 'U0BOT',
        is_bot: true,
        is_enterprise_install: where.orgWide ?? false,
      },
    ],
    event,
  });
  const posted = await h.slack.send(body, 'application/json');
  expect(posted.status).toBe(200);
}

let eventCounter = 0;
/** A mention in a channel: the bot answers in the thread with chat.postMessage, with a token. */
async function mention(h: Harness, where: Where, text: string): Promise<string | undefined> {
  const ts = `1800000${String(++eventCounter).padStart(3, '0')}.000100`;
  const since = h.fake.outbound.at(-1)?.seq ?? 0;
  await event(
    h,
    where,
    { type: 'app_mention', user: 'U0PERSON', text: `<@U0BOT> ${text}`, ts, channel: 'C0OAUTH', event_ts: ts },
    `Ev0OAUTH${eventCounter}`,
  );
  const posted = await h.fake.waitFor(() =>
    h.fake.outbound.find((o) => o.seq > since && o.method === 'chat.postMessage' && o.args.thread_ts === ts),
  );
  return posted.token;
}

const answeredOn = (h: Harness, id: string) =>
  h.fake.waitFor(() => h.fake.outbound.find((o) => o.method === 'response_url' && o.responseUrlId === id));

/** What the bot said to a /virt from `where`. */
async function answerTo(h: Harness, where: Where, user: string): Promise<string> {
  const answered = await answeredOn(h, await slash(h, where, user));
  return String(answered.args.text ?? '');
}

/**
 * The uninstall is handled after Slack's event is acknowledged, so ask again (each ask waits for its
 * answer) until the refusal comes; a workspace that stays installed fails after 50 answers.
 */
async function refusedSoon(h: Harness, where: Where, user: string): Promise<boolean> {
  for (let i = 0; i < 50; i++) if ((await answerTo(h, where, user)) === NOT_INSTALLED) return true;
  return false;
}

function installFlow(label: string, env: () => Record<string, string>, cleanup?: () => Promise<void>) {
  describe(`Slack install flow (${label})`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await start(env());
    });
    afterAll(async () => {
      await h?.app.close();
      await h?.fake.close();
      await cleanup?.();
    });

    it('the install page links to Slack with the client id, the bot scopes and a state, and sets the state cookie', async () => {
      const { link, state } = await installPage(h);
      expect(link.searchParams.get('client_id')).toBe(CLIENT.clientId);
      expect(link.searchParams.get('scope')?.split(',')).toEqual(BOT_SCOPES);
      expect(state.length).toBeGreaterThan(10);
    });

    it('refuses a redirect without the state cookie of the install page, and exchanges no code', async () => {
      const { state } = await installPage(h);
      h.fake.grant('code-forged', TEAM_A);
      const res = await fetch(`${h.app.url}/slack/oauth_redirect?code=code-forged&state=${state}`);
      expect(res.status).not.toBe(200);
      expect(h.fake.exchanges.some((e) => e.code === 'code-forged')).toBe(false);
    });

    it('installs two workspaces through the redirect; each is answered with its own token', async () => {
      expect((await install(h, 'code-a', TEAM_A)).status).toBe(200);
      expect((await install(h, 'code-b', TEAM_B)).status).toBe(200);
      expect(h.fake.exchanges.find((e) => e.code === 'code-a')?.client_secret).toBe(CLIENT.clientSecret);

      expect(await answerTo(h, { team: 'T0AAA' }, 'U0ALICE')).not.toBe(NOT_INSTALLED);
      expect(await mention(h, { team: 'T0AAA' }, 'help')).toBe(TEAM_A.botToken);
      expect(await mention(h, { team: 'T0BBB' }, 'help')).toBe(TEAM_B.botToken);
    });

    it('an Enterprise Grid org-wide install serves every workspace of the organisation with the org token', async () => {
      expect((await install(h, 'code-org', ORG)).status).toBe(200);
      const where = { team: 'T0INORG', enterprise: 'E0GRID', orgWide: true };
      expect(await mention(h, where, 'help')).toBe(ORG.botToken);
      expect(await answerTo(h, where, 'U0ORGUSER')).not.toBe(NOT_INSTALLED);
    });

    it('after app_uninstalled a request from that workspace is refused politely; the others still work', async () => {
      await event(h, { team: 'T0AAA' }, { type: 'app_uninstalled' }, 'Ev0UNINSTALL');
      expect(await refusedSoon(h, { team: 'T0AAA' }, 'U0ALICE')).toBe(true);
      expect(await mention(h, { team: 'T0BBB' }, 'help')).toBe(TEAM_B.botToken);
    });

    it('never logs a bot token or a secret, at any level', async () => {
      expect(h.logs.length).toBeGreaterThan(0);
      const logged = JSON.stringify(h.logs);
      for (const secret of [
        TEAM_A.botToken,
        TEAM_B.botToken,
        ORG.botToken,
        CLIENT.clientSecret,
        'state-secret-for-tests',
      ])
        expect(logged).not.toContain(secret);
    });

    it('tokens_revoked for the bot deletes that workspace too', async () => {
      await event(h, { team: 'T0BBB' }, { type: 'tokens_revoked', tokens: { bot: ['U0BOT'] } }, 'Ev0REVOKE');
      expect(await refusedSoon(h, { team: 'T0BBB' }, 'U0BOB')).toBe(true);
    });
  });
}

describe('install flow configuration', () => {
  it('the install flow asks for exactly the bot scopes of the Slack manifest', () => {
    const manifest = JSON.parse(
      readFileSync(new URL('../../../manifest/slack/manifest.json', import.meta.url), 'utf8'),
    ) as { oauth_config: { scopes: { bot: string[] }; redirect_urls?: string[] } };
    expect(BOT_SCOPES).toEqual(manifest.oauth_config.scopes.bot);
    expect(manifest.oauth_config.redirect_urls?.some((u) => u.endsWith('/slack/oauth_redirect'))).toBe(true);
  });

  it('refuses to start with half an OAuth configuration, naming what is missing', async () => {
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', SLACK_CLIENT_ID: '1.2' });
    await expect(startApp({ config, logger: silentLogger })).rejects.toThrow(
      /SLACK_CLIENT_SECRET, SLACK_STATE_SECRET, SLACK_SIGNING_SECRET/,
    );
  });

  it('says it cannot reach its storage, not that the app is uninstalled, when Redis does not answer', async () => {
    // Nothing listens on port 1: every installation lookup fails.
    const h = await start({
      REDIS_URL: 'redis://127.0.0.1:1',
      SLACK_INSTALLATION_KEY: randomBytes(32).toString('base64'),
    });
    try {
      expect(await answerTo(h, { team: 'T0AAA' }, 'U0ALICE')).toBe(INSTALLATIONS_UNREACHABLE);
    } finally {
      await h.app.close(1000);
      await h.fake.close();
    }
  });

  it('refuses an installation key that is not 32 bytes of base64', () => {
    expect(() => loadConfig({ SLACK_INSTALLATION_KEY: randomBytes(16).toString('base64') })).toThrow(
      /^Invalid configuration: SLACK_INSTALLATION_KEY/,
    );
  });
});

installFlow('in-process installations', () => ({}));

const up = await requireRedis('Slack install flow on Redis');
const keyPrefix = uniqueKeyPrefix('oauth');
describe.skipIf(!up)('on Redis', () => {
  installFlow(
    'Redis installations',
    () => ({
      REDIS_URL,
      REDIS_KEY_PREFIX: keyPrefix,
      SLACK_INSTALLATION_KEY: randomBytes(32).toString('base64'),
    }),
    () => deleteKeys(keyPrefix),
  );
});
