// Where Slack installations are kept: opaque strings (already encrypted by the Slack adapter) under
// keys such as `team:T123`. Installations live in the same backend as conversations — the process
// itself, or Redis when REDIS_URL is set — but never expire: an installation lasts until Slack says
// the app was uninstalled.
export interface InstallationRecords {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
  close(): Promise<void>;
}

/** In-process records: lost on restart and not shared between replicas (local development). */
export function createMemoryInstallationRecords(): InstallationRecords {
  const records = new Map<string, string>();
  return {
    async get(key) {
      return records.get(key);
    },
    async set(key, value) {
      records.set(key, value);
    },
    async delete(key) {
      records.delete(key);
    },
    async close() {},
  };
}
