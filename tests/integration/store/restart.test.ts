// A server process killed outright (SIGKILL: no chance to save anything) mid-interview and started
// again on the same port continues the interview from Redis, ending where an uninterrupted one does.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type ServerProcess, startServer } from '../../support/server-process.js';
import { type FakeConnector, startFakeConnector } from '../../support/store-connector.js';
import { PROFILES } from '../../support/store-profiles.js';
import { deleteKeys, REDIS_URL, requireRedis, uniqueKeyPrefix } from '../../support/store-redis.js';
import { activity, interview, newChat, pickFrom, textOf, turn } from '../../support/store-teams.js';

// Each test starts server processes (tsx start-up is seconds on a busy 2-core machine).
vi.setConfig({ testTimeout: 90_000 });

const up = await requireRedis('restart test');
const keyPrefix = uniqueKeyPrefix('restart');

describe.skipIf(!up)('restart mid-interview', () => {
  let connector: FakeConnector;
  let server: ServerProcess | undefined;
  const env = { REDIS_URL, REDIS_KEY_PREFIX: keyPrefix, LOG_LEVEL: 'warn' };

  beforeAll(async () => {
    connector = await startFakeConnector();
  });
  afterAll(async () => {
    await server?.stop();
    await connector?.close();
    await deleteKeys(keyPrefix);
  });

  it('continues the interview from Redis after SIGKILL', async () => {
    const pick = pickFrom(PROFILES.containerizedService ?? {});
    server = await startServer({ env });
    const baseline = await interview({
      connector,
      chat: newChat(connector, 'baseline'),
      servers: [server.url],
      pick,
    });

    const chat = newChat(connector, 'killed');
    let current = await turn(connector, chat, server.url, activity(chat, { text: 'hi' }));
    // One answer recorded, the next question pending, then the process dies.
    for (let i = 0; i < 1 && current.question; i++) {
      const { q, choices } = current.question;
      const choice = choices.find(
        (c) =>
          c.a ===
          pick(
            q,
            choices.map((x) => x.a),
          ),
      );
      current = await turn(connector, chat, server.url, activity(chat, { value: choice?.data }));
    }
    expect(current.question).toBeDefined();

    const port = server.port;
    server.kill('SIGKILL');
    expect((await server.exited).signal).toBe('SIGKILL');
    server = await startServer({ env, port });

    const { q, choices } = current.question ?? { q: '', choices: [] };
    const choice = choices.find(
      (c) =>
        c.a ===
        pick(
          q,
          choices.map((x) => x.a),
        ),
    );
    const resumed = await turn(connector, chat, server.url, activity(chat, { value: choice?.data }));
    expect(resumed.calls.map(textOf).join('\n')).not.toMatch(/expired|trouble|not asking/i);
    expect(resumed.question?.q ?? resumed.primary).not.toBe(q);

    const done = await interview({ connector, chat, servers: [server.url], pick, from: resumed });
    expect(done.primary).toBe(baseline.primary);
    expect(done.text).toBe(baseline.text);
  });
});
