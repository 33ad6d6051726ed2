// Bolt's InstallationStore over the project's installation records: one record per workspace
// (`team:<id>`) or, for an Enterprise Grid org-wide install, per organisation (`org:<id>`), each
// encrypted with AES-256-GCM so that a copy of Redis (a backup, a snapshot) does not hand out bot
// tokens. The record's key is authenticated with it, so a record moved to another key fails to open.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import { AdvisorError } from '../../src/errors.js';
import type { InstallationRecords } from '../store/installations.js';

const INSTALLATION_KEY_BYTES = 32;
const IV_BYTES = 12;
const FORMAT = 'v1';

type Query = InstallationQuery<boolean>;

/** The record key for a query or an installation: org-wide installs by organisation, others by team. */
function installationKey(query: {
  isEnterpriseInstall?: boolean | undefined;
  enterpriseId?: string | undefined;
  teamId?: string | undefined;
}): string {
  if (query.isEnterpriseInstall && query.enterpriseId) return `org:${query.enterpriseId}`;
  if (query.teamId) return `team:${query.teamId}`;
  throw new AdvisorError('slack_not_installed', 'the request names neither a workspace nor an organisation');
}

function keyOf(installation: Installation): string {
  return installationKey({
    isEnterpriseInstall: installation.isEnterpriseInstall ?? false,
    enterpriseId: installation.enterprise?.id,
    teamId: installation.team?.id,
  });
}

function seal(key: Buffer, recordKey: string, plain: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(recordKey));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const b64 = (b: Buffer) => b.toString('base64');
  return [FORMAT, b64(iv), b64(cipher.getAuthTag()), b64(body)].join('.');
}

function open(key: Buffer, recordKey: string, sealed: string): string {
  const [format, iv, tag, body] = sealed.split('.');
  if (format !== FORMAT || !iv || !tag || body === undefined)
    throw new Error('stored installation is not in a known format');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
  decipher.setAAD(Buffer.from(recordKey));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
}

/** SLACK_INSTALLATION_KEY as bytes, or undefined when it is not 32 bytes of base64. */
export function decodeInstallationKey(text: string): Buffer | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  return bytes.length === INSTALLATION_KEY_BYTES ? bytes : undefined;
}

export type ClosableInstallationStore = Required<InstallationStore> & { close(): Promise<void> };

export function createInstallationStore(
  records: InstallationRecords,
  encryptionKey: Buffer,
): ClosableInstallationStore {
  if (encryptionKey.length !== INSTALLATION_KEY_BYTES)
    throw new Error(`the installation key must be ${INSTALLATION_KEY_BYTES} bytes`);

  async function fetch(query: Query): Promise<Installation | undefined> {
    const key = installationKey(query);
    let sealed = await records.get(key);
    // A workspace of an organisation that installed the app org-wide is served by that install.
    let recordKey = key;
    if (sealed === undefined && !query.isEnterpriseInstall && query.enterpriseId) {
      recordKey = installationKey({ isEnterpriseInstall: true, enterpriseId: query.enterpriseId });
      sealed = await records.get(recordKey);
    }
    if (sealed === undefined) return undefined;
    return JSON.parse(open(encryptionKey, recordKey, sealed)) as Installation;
  }

  return {
    async storeInstallation(installation) {
      const key = keyOf(installation);
      await records.set(key, seal(encryptionKey, key, JSON.stringify(installation)));
    },
    async fetchInstallation(query) {
      const found = await fetch(query);
      // Bolt's installer turns this into an AuthorizationError for the request.
      if (!found)
        throw new AdvisorError('slack_not_installed', `no installation for ${installationKey(query)}`);
      return found;
    },
    async deleteInstallation(query) {
      await records.delete(installationKey(query));
    },
    close: () => records.close(),
  };
}
