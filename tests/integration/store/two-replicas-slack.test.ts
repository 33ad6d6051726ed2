// The two-replica checks over Slack (signed requests, the real Bolt receiver, a fake Slack Web
// API): one Events API delivery reaching both replicas (Slack retries, or two Socket Mode
// connections) is answered once, and a DM interview whose clicks alternate between replicas ends
// where it ends on one replica (two apps in this process, each with its own Redis client).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_TOKEN, type FakeSlack, startFakeSlack } from '../../support/fake-slack.js';
import { type InProcessServer, startInProcess } from '../../support/server-process.js';
import {
  type BotMessage,
  buttonsOf,
  isQuestion,
  isRecommendation,
  SlackDriver,
} from '../../support/slack-client.js';
import { TEST_SIGNING_SECRET } from '../../support/slack-sign.js';
import { PROFILES } from '../../support/store-profiles.js';
import { deleteKeys, REDIS_URL, requireRedis, uniqueKeyPrefix } from '../../support/store-redis.js';
import { type LogEntry, recordingLogger } from '../../support/teams-logger.js';

const up = await requireRedis('two-replica Slack tests');
const keyPrefix = uniqueKeyPrefix('replicas-slack');
const dm = () => `D${randomUUID().slice(0, 8).toUpperCase()}`;

describe.skipIf(!up)('two replicas sharing one Redis, over Slack', () => {
  let fake: FakeSlack;
  let a: InProcessServer;
  let b: InProcessServer;
  // Both replicas' log lines ('redelivery ignored' is logged at info: the tests wait for it).
  const logs: LogEntry[] = [];
  let viaA: SlackDriver;
  let viaB: SlackDriver;

  beforeAll(async () => {
    fake = await startFakeSlack();
    const env = {
      SLACK_BOT_TOKEN: FAKE_TOKEN,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      REDIS_URL,
      REDIS_KEY_PREFIX: keyPrefix,
    };
    // Two apps in this process, each with its own Redis client: the test is about sharing one Redis.
    [a, b] = await Promise.all([
      startInProcess(env, recordingLogger(logs)),
      startInProcess(env, recordingLogger(logs)),
    ]);
    viaA = new SlackDriver(a.url, fake);
    viaB = new SlackDriver(b.url, fake);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await fake?.close();
    await deleteKeys(keyPrefix);
  });

  const inChannel = (channel: string) => (m: BotMessage) => m.channel === channel;
  const said = (channel: string) => viaA.messages().filter(inChannel(channel));

  it('answers one Events API delivery sent to both replicas once', async () => {
    const user = 'U0DUPE';
    const once = dm();
    await viaA.event('message-im', { user, channel: once, text: 'hi', ts: '1700000300.000100' });
    await fake.waitFor(() => said(once).find(isQuestion));

    const twice = dm();
    const eventId = `Ev${randomUUID().slice(0, 10).toUpperCase()}`;
    const event = { user, channel: twice, text: 'hi', ts: '1700000300.000200' };
    const acks = await Promise.all([
      viaA.event('message-im', event, { eventId }),
      viaB.event('message-im', event, { eventId }),
      viaB.event('message-im', event, { eventId, retryNum: 1 }),
    ]);
    for (const ack of acks) expect(ack.status).toBe(200);
    // Every delivery has been decided once two of the three were turned away as redeliveries.
    const ignored = () =>
      logs.filter((l) => l.msg.includes('redelivery ignored') && JSON.stringify(l.fields).includes(eventId));
    await fake.waitFor(() => ignored().length >= 2);
    await fake.waitFor(() => said(twice).find(isQuestion));
    expect(ignored()).toHaveLength(2);
    expect(said(twice).filter(isQuestion)).toHaveLength(said(once).filter(isQuestion).length);
  });

  /**
   * A DM interview answered from a profile, each click sent through the next driver in turn.
   * Resolves with the recommendation's blocks, its own DM channel id replaced so two runs compare.
   */
  async function interview(drivers: SlackDriver[], profile: Record<string, string>): Promise<string> {
    const user = { id: `U${randomUUID().slice(0, 8).toUpperCase()}` };
    const channel = dm();
    let since = fake.outbound.at(-1)?.seq ?? 0;
    await drivers[0]?.event('message-im', { user: user.id, channel, text: 'hi', ts: '1700000400.000100' });
    for (let n = 1; n < 20; n++) {
      const next = await fake.waitFor(() =>
        viaA
          .messages(since)
          .find((m) => !m.replaces && m.channel === channel && (isQuestion(m) || isRecommendation(m))),
      );
      if (isRecommendation(next)) return JSON.stringify(next.blocks).replaceAll(channel, '<dm>');
      const buttons = buttonsOf(next).filter((button) => typeof button.parsed.q === 'string');
      const q = String(buttons[0]?.parsed.q);
      const button = buttons.find((x) => x.parsed.a === profile[q]) ?? buttons[0];
      if (!button) throw new Error(`no button for ${q}`);
      since = fake.outbound.at(-1)?.seq ?? since;
      const driver = drivers[n % drivers.length] as SlackDriver;
      const posted = await driver.click(user, next, button);
      expect(posted.status).toBe(200);
    }
    throw new Error('no recommendation');
  }

  it.each(Object.keys(PROFILES))(
    'clicks alternating between replicas reach the one-process result (%s)',
    async (name) => {
      const profile = PROFILES[name] ?? {};
      const single = await interview([viaA], profile);
      const alternating = await interview([viaA, viaB], profile);
      expect(single).toMatch(/"block_id":"recommendation:(vm|container|serverless)"/);
      expect(alternating).toBe(single);
    },
  );
});
