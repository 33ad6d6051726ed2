// Redis failing mid-interview, with a redis-server this test owns: paused (SIGSTOP: connections
// stay open, commands hang) and killed (connections refused). Each time the platform still gets
// its HTTP ack, the user is asked to try again, /readyz is 503, nothing
// is half-written; once Redis is back /readyz is 200 and the interview completes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessServer, startInProcess } from '../../support/server-process.js';
import { type FakeConnector, startFakeConnector } from '../../support/store-connector.js';
import { PROFILES } from '../../support/store-profiles.js';
import { uniqueKeyPrefix } from '../../support/store-redis.js';
import { type OwnRedis, redisServerInstalled, startOwnRedis } from '../../support/store-redis-server.js';
import {
  activity,
  type Chat,
  interview,
  newChat,
  pickFrom,
  type TurnResult,
  textOf,
  turn,
} from '../../support/store-teams.js';

const installed = redisServerInstalled();
if (!installed) console.warn('[skipped] Redis fault tests: redis-server is not installed.');

const TROUBLE = /having trouble/i;
const pick = pickFrom(PROFILES.containerizedService ?? {});

async function readyz(url: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(10_000) });
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - started };
}

async function untilReady(url: string, limitMs = 15_000): Promise<number> {
  const started = performance.now();
  while ((await readyz(url)).status !== 200) {
    if (performance.now() - started > limitMs) throw new Error('server did not become ready again');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return performance.now() - started;
}

describe.skipIf(!installed)('Redis outage mid-interview', () => {
  let redis: OwnRedis;
  let server: InProcessServer;
  let connector: FakeConnector;
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    redis = await startOwnRedis();
    connector = await startFakeConnector();
    // In this process: the test is about the server and its store client, not about its process.
    server = await startInProcess({ REDIS_URL: redis.url, REDIS_KEY_PREFIX: uniqueKeyPrefix('fault') });
  });
  afterAll(async () => {
    console.log(`[redis-fault timings, ms] ${JSON.stringify(timings)}`);
    await server?.stop();
    await connector?.close();
    await redis?.stop();
  });

  /** Clicks the profile's answer to the pending question, expecting the outage notice. */
  async function clickDuringOutage(chat: Chat, at: TurnResult, label: string): Promise<void> {
    const question = at.question;
    if (!question) throw new Error('no pending question');
    const choice = question.choices.find(
      (c) =>
        c.a ===
        pick(
          question.q,
          question.choices.map((x) => x.a),
        ),
    );
    const result = await turn(connector, chat, server.url, activity(chat, { value: choice?.data }), (calls) =>
      calls.some((c) => TROUBLE.test(textOf(c))),
    );
    timings[`${label}: ack`] = Math.round(result.posted.ms);
    expect(result.posted.status).toBeLessThan(300);
    // The answer was not recorded: no next question came with the notice.
    expect(result.question).toBeUndefined();
    const ready = await readyz(server.url);
    timings[`${label}: readyz`] = Math.round(ready.ms);
    expect(ready.status).toBe(503);
  }

  /** The same click again once Redis is back: the interview moves on from where it was. */
  async function retry(chat: Chat, at: TurnResult): Promise<TurnResult> {
    const question = at.question;
    if (!question) throw new Error('no pending question');
    const choice = question.choices.find(
      (c) =>
        c.a ===
        pick(
          question.q,
          question.choices.map((x) => x.a),
        ),
    );
    const next = await turn(connector, chat, server.url, activity(chat, { value: choice?.data }));
    expect(next.calls.map(textOf).join('\n')).not.toMatch(/trouble|expired/i);
    expect(next.question?.q ?? next.primary).not.toBe(question.q);
    return next;
  }

  it('acks, apologises, reports not ready, and completes the interview after recovery', async () => {
    const baseline = await interview({
      connector,
      chat: newChat(connector, 'baseline'),
      servers: [server.url],
      pick,
    });

    const chat = newChat(connector, 'outage');
    let current = await turn(connector, chat, server.url, activity(chat, { text: 'hi' }));
    current = await retry(chat, current);

    redis.pause();
    try {
      await clickDuringOutage(chat, current, 'paused');
    } finally {
      redis.resume();
    }
    timings['paused: back to ready'] = Math.round(await untilReady(server.url));
    current = await retry(chat, current);

    await redis.kill();
    await clickDuringOutage(chat, current, 'killed');
    const restartedAt = performance.now();
    await redis.restart();
    await untilReady(server.url);
    timings['killed: restart to ready'] = Math.round(performance.now() - restartedAt);
    current = await retry(chat, current);

    const done = await interview({ connector, chat, servers: [server.url], pick, from: current });
    expect(done.primary).toBe(baseline.primary);
    expect(done.text).toBe(baseline.text);
  });
});
