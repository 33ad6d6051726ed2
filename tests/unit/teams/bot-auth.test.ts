import { describe, expect, it } from 'vitest';
import { teamsAdapterOptions } from '../../../adapters/server/compose.js';
import { loadConfig } from '../../../adapters/server/config.js';
import { createMemoryStore } from '../../../adapters/store/memory.js';
import {
  botFrameworkSettings,
  createBotAuthentication,
  missingCustomCloudKeys,
} from '../../../adapters/teams/bot-auth.js';
import { createTeamsAdapter } from '../../../adapters/teams/index.js';
import { createAdvisor } from '../../../src/service.js';
import { recordingLogger } from '../../support/teams-logger.js';

describe('Bot Framework settings', () => {
  it('passes botbuilder its own setting names from the environment, trimmed, and nothing else', () => {
    const config = loadConfig({
      MicrosoftAppId: ' 3f2504e0-4f89-41d3-9a0c-0305e82c3301 ',
      MicrosoftAppPassword: '',
      ToBotFromChannelTokenIssuer: 'https://api.botframework.us ',
      SLACK_BOT_TOKEN: 'xoxb-not-for-botbuilder',
      SLACK_SIGNING_SECRET: 'not-for-botbuilder-either',
      PATH: '/usr/bin',
    });
    expect(botFrameworkSettings(teamsAdapterOptions(config))).toEqual({
      MicrosoftAppId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      ToBotFromChannelTokenIssuer: 'https://api.botframework.us',
    });
  });

  it('names the custom-cloud settings missing when only some are set', () => {
    expect(missingCustomCloudKeys({})).toEqual([]);
    expect(missingCustomCloudKeys({ ToBotFromChannelOpenIdMetadataUrl: 'https://x' })).toEqual(
      expect.arrayContaining(['ToBotFromChannelTokenIssuer', 'ToChannelFromBotLoginUrl', 'OAuthUrl']),
    );
  });

  it('turns botbuilder’s assertion on inconsistent settings into a clear start-up error', () => {
    const bad = { MicrosoftAppId: 'x', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppPassword: 'secret' };
    expect(() => createBotAuthentication(bad)).toThrow(
      expect.objectContaining({ name: 'AdvisorError', code: 'config_invalid' }),
    );
    expect(() => createBotAuthentication(bad)).toThrow(/Invalid Microsoft Teams .*MSI/);
  });

  it('logs a warning for a partial custom cloud and describes the mode it runs in', () => {
    const logger = recordingLogger();
    const advisor = createAdvisor({ store: createMemoryStore(), logger });
    const config = loadConfig({
      MicrosoftAppId: 'app',
      MicrosoftAppPassword: 'pw',
      OAuthUrl: 'https://oauth.example',
    });
    const adapter = createTeamsAdapter({ advisor, logger, options: teamsAdapterOptions(config) });
    expect(adapter.route?.path).toBe('/api/messages');
    expect(adapter.describe).toMatch(/app app .*valid Bot Framework token/);
    expect(logger.entries.some((e) => e.level === 'warn' && /partly set/.test(e.msg))).toBe(true);
  });
});

describe('Connector and user-token clients', () => {
  // Local mode (no app id): botbuilder authenticates an activity without a token, as from the Emulator.
  const activity = (serviceUrl: string) =>
    ({ type: 'message', serviceUrl, channelId: 'emulator', conversation: { id: 'c' } }) as never;

  it('are made once per app, audience and service URL, and reused by later turns', async () => {
    const auth = createBotAuthentication({});
    const first = await auth.authenticateRequest(activity('http://127.0.0.1:1/'), '');
    const second = await auth.authenticateRequest(activity('http://127.0.0.1:1/'), '');
    const a = await first.connectorFactory?.create('http://127.0.0.1:1/', first.audience);
    const b = await second.connectorFactory?.create('http://127.0.0.1:1/', second.audience);
    const other = await second.connectorFactory?.create('http://127.0.0.1:2/', second.audience);
    expect(a).toBeDefined();
    expect(b).toBe(a);
    expect(other).not.toBe(a);
    // Proactive messages (createConnectorFactory) share them too.
    const proactive = await auth
      .createConnectorFactory(first.claimsIdentity)
      .create('http://127.0.0.1:1/', first.audience);
    expect(proactive).toBe(a);
    const tokens = await auth.createUserTokenClient(first.claimsIdentity);
    expect(await auth.createUserTokenClient(second.claimsIdentity)).toBe(tokens);
  });
});
