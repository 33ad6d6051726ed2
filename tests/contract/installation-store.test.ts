// One contract for Slack installation stores, run against the in-process records and against the
// real Redis on 127.0.0.1:6379 (skipped with a message when none answers).
import { randomBytes, randomUUID } from 'node:crypto';
import type { Installation } from '@slack/bolt';
import { afterAll, describe, expect, it } from 'vitest';
import { createInstallationStore, decodeInstallationKey } from '../../adapters/slack/installation-store.js';
import {
  createMemoryInstallationRecords,
  type InstallationRecords,
} from '../../adapters/store/installations.js';
import { createRedisInstallationRecords } from '../../adapters/store/installations-redis.js';
import { silentLogger } from '../../src/ports.js';
import { deleteKeys, REDIS_URL, requireRedis, uniqueKeyPrefix } from '../support/store-redis.js';

const id = (prefix: string) => `${prefix}${randomUUID().slice(0, 8).toUpperCase()}`;

function workspaceInstall(team: string, token: string, enterprise?: string): Installation<'v2', false> {
  return {
    team: { id: team, name: 'Acme Widgets' },
    enterprise: enterprise ? { id: enterprise, name: 'Acme Group' } : undefined,
    user: { id: 'U0INSTALLER', token: undefined, scopes: undefined },
    bot: { token, scopes: ['commands', 'chat:write'], id: 'B0BOT', userId: 'U0BOT' },
    appId: 'A0APP',
    tokenType: 'bot',
    isEnterpriseInstall: false,
    authVersion: 'v2',
  };
}

function orgInstall(enterprise: string, token: string): Installation<'v2', true> {
  return {
    team: undefined,
    enterprise: { id: enterprise, name: 'Acme Group' },
    user: { id: 'U0INSTALLER', token: undefined, scopes: undefined },
    bot: { token, scopes: ['commands', 'chat:write'], id: 'B0BOT', userId: 'U0BOT' },
    appId: 'A0APP',
    tokenType: 'bot',
    isEnterpriseInstall: true,
    enterpriseUrl: 'https://acme.enterprise.slack.com/',
    authVersion: 'v2',
  };
}

function installationStoreContract(
  name: string,
  factory: { create(): InstallationRecords; cleanup?(): Promise<void> },
) {
  describe(`InstallationStore contract: ${name}`, () => {
    const records = factory.create();
    const key = randomBytes(32);
    const store = createInstallationStore(records, key);
    afterAll(async () => {
      await store.close();
      await factory.cleanup?.();
    });

    it('fetches what it stored for a workspace, and refuses a workspace it never saw', async () => {
      const team = id('T');
      const installation = workspaceInstall(team, `xoxb-${team}`);
      await store.storeInstallation(installation);
      expect(
        await store.fetchInstallation({ teamId: team, enterpriseId: undefined, isEnterpriseInstall: false }),
      ).toEqual(installation);
      await expect(
        store.fetchInstallation({ teamId: id('T'), enterpriseId: undefined, isEnterpriseInstall: false }),
      ).rejects.toThrow(/no installation/);
    });

    it('keeps workspaces apart, and a reinstall replaces the old token', async () => {
      const [a, b] = [id('T'), id('T')];
      await store.storeInstallation(workspaceInstall(a, 'xoxb-a-1'));
      await store.storeInstallation(workspaceInstall(b, 'xoxb-b-1'));
      await store.storeInstallation(workspaceInstall(a, 'xoxb-a-2'));
      const query = (teamId: string) => ({ teamId, enterpriseId: undefined, isEnterpriseInstall: false });
      expect((await store.fetchInstallation(query(a))).bot?.token).toBe('xoxb-a-2');
      expect((await store.fetchInstallation(query(b))).bot?.token).toBe('xoxb-b-1');
    });

    it('deletes one workspace installation and leaves the others', async () => {
      const [a, b] = [id('T'), id('T')];
      await store.storeInstallation(workspaceInstall(a, 'xoxb-a'));
      await store.storeInstallation(workspaceInstall(b, 'xoxb-b'));
      await store.deleteInstallation({ teamId: a, enterpriseId: undefined, isEnterpriseInstall: false });
      await expect(
        store.fetchInstallation({ teamId: a, enterpriseId: undefined, isEnterpriseInstall: false }),
      ).rejects.toThrow();
      expect(
        (await store.fetchInstallation({ teamId: b, enterpriseId: undefined, isEnterpriseInstall: false }))
          .bot?.token,
      ).toBe('xoxb-b');
      // Deleting what is not there is not an error (Slack may send app_uninstalled twice).
      await store.deleteInstallation({ teamId: a, enterpriseId: undefined, isEnterpriseInstall: false });
    });

    it('serves an Enterprise Grid org-wide install for the organisation and its workspaces, until deleted', async () => {
      const org = id('E');
      await store.storeInstallation(orgInstall(org, 'xoxb-org'));
      const orgQuery = { teamId: undefined, enterpriseId: org, isEnterpriseInstall: true } as const;
      expect((await store.fetchInstallation(orgQuery)).bot?.token).toBe('xoxb-org');
      const inWorkspace = { teamId: id('T'), enterpriseId: org, isEnterpriseInstall: false } as const;
      expect((await store.fetchInstallation(inWorkspace)).bot?.token).toBe('xoxb-org');
      await store.deleteInstallation(orgQuery);
      await expect(store.fetchInstallation(orgQuery)).rejects.toThrow();
      await expect(store.fetchInstallation(inWorkspace)).rejects.toThrow();
    });

    it('a workspace install inside an organisation is its own, not the organisation’s', async () => {
      const [org, team] = [id('E'), id('T')];
      await store.storeInstallation(workspaceInstall(team, 'xoxb-ws', org));
      expect(
        (await store.fetchInstallation({ teamId: team, enterpriseId: org, isEnterpriseInstall: false })).bot
          ?.token,
      ).toBe('xoxb-ws');
      await expect(
        store.fetchInstallation({ teamId: undefined, enterpriseId: org, isEnterpriseInstall: true }),
      ).rejects.toThrow();
    });

    it('keeps the bot token encrypted at rest; a record under another key or another key fails to open', async () => {
      const [a, b] = [id('T'), id('T')];
      const token = `xoxb-secret-${randomUUID()}`;
      await store.storeInstallation(workspaceInstall(a, token));
      const raw = await records.get(`team:${a}`);
      expect(raw).toBeDefined();
      expect(raw).not.toContain(token);
      expect(raw).not.toContain('Acme');
      // Moved to another workspace's key: authentication fails instead of lending the token.
      await records.set(`team:${b}`, raw as string);
      await expect(
        store.fetchInstallation({ teamId: b, enterpriseId: undefined, isEnterpriseInstall: false }),
      ).rejects.toThrow();
      const otherKey = createInstallationStore(records, randomBytes(32));
      await expect(
        otherKey.fetchInstallation({ teamId: a, enterpriseId: undefined, isEnterpriseInstall: false }),
      ).rejects.toThrow();
    });
  });
}

describe('SLACK_INSTALLATION_KEY', () => {
  it('accepts 32 bytes of base64 and refuses anything else', () => {
    expect(decodeInstallationKey(randomBytes(32).toString('base64'))?.length).toBe(32);
    expect(decodeInstallationKey(randomBytes(16).toString('base64'))).toBeUndefined();
    expect(decodeInstallationKey('not base64 at all!')).toBeUndefined();
  });
});

installationStoreContract('in-process', { create: createMemoryInstallationRecords });

const up = await requireRedis('Redis installation store contract');
const keyPrefix = uniqueKeyPrefix('installations');
describe.skipIf(!up)('Redis installation records', () => {
  installationStoreContract(`Redis at ${REDIS_URL}`, {
    create: () => createRedisInstallationRecords({ url: REDIS_URL, logger: silentLogger, keyPrefix }),
    cleanup: () => deleteKeys(keyPrefix),
  });
});
