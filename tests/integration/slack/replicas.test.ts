// Two server replicas sharing the real Redis: a thread interview continues whichever replica Slack
// reaches, and an event retried to the other replica is still answered only once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../../adapters/server/app.js';
import { loadConfig } from '../../../adapters/server/config.js';
import { silentLogger } from '../../../src/ports.js';
import { scenarios } from '../../support/card-samples.js';
import { FAKE_BOT_USER, FAKE_TOKEN, type FakeSlack, startFakeSlack } from '../../support/fake-slack.js';
import {
  buttonsOf,
  firstBlockId,
  isQuestion,
  isRecommendation,
  SlackDriver,
} from '../../support/slack-client.js';
import { TEST_SIGNING_SECRET } from '../../support/slack-sign.js';
import { deleteKeys, REDIS_URL, requireRedis, uniqueKeyPrefix } from '../../support/store-redis.js';

const up = await requireRedis('Slack across replicas');
const prefix = uniqueKeyPrefix('slack-replicas');
let fake: FakeSlack;
let replicas: RunningApp[] = [];
let drivers: SlackDriver[] = [];

beforeAll(async () => {
  if (!up) return;
  fake = await startFakeSlack();
  const config = loadConfig({
    PORT: '0',
    LOG_LEVEL: 'silent',
    SLACK_BOT_TOKEN: FAKE_TOKEN,
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_API_URL: fake.url,
    REDIS_URL,
    REDIS_KEY_PREFIX: prefix,
  });
  replicas = await Promise.all([
    startApp({ config, logger: silentLogger }),
    startApp({ config, logger: silentLogger }),
  ]);
  drivers = replicas.map((r) => new SlackDriver(r.url, fake));
});
afterAll(async () => {
  await Promise.all(replicas.map((r) => r.close()));
  await fake?.close();
  if (up) await deleteKeys(prefix);
});

const lastSeq = () => fake.outbound.at(-1)?.seq ?? 0;
const driver = (i: number) => {
  const d = drivers[i % 2];
  if (!d) throw new Error('no replica');
  return d;
};

describe.skipIf(!up)('Slack across two replicas', () => {
  it('continues a thread interview on whichever replica receives each click', async () => {
    const scenario = scenarios()[4];
    if (!scenario) throw new Error('no scenarios');
    const answers = scenario.answers as Record<string, string>;
    const thread = '1700006000.000100';
    let since = lastSeq();
    await driver(0).event('app-mention', {
      user: 'U0REPL',
      channel: 'C0REPL',
      ts: thread,
      text: `<@${FAKE_BOT_USER}>`,
    });
    for (let turn = 1; turn <= 12; turn++) {
      const next = await fake.waitFor(() =>
        driver(0)
          .messages(since)
          .find((m) => m.threadTs === thread && !m.replaces && (isQuestion(m) || isRecommendation(m))),
      );
      if (isRecommendation(next)) {
        expect(scenario.accept).toContain(firstBlockId(next).split(':')[1]);
        return;
      }
      const buttons = buttonsOf(next).filter((b) => typeof b.parsed.q === 'string');
      const q = String(buttons[0]?.parsed.q);
      const button =
        buttons.find((b) => b.parsed.a === (answers[q] ?? 'unsure')) ??
        buttons.find((b) => b.parsed.a === 'unsure');
      if (!button) throw new Error(`no button for ${q}`);
      since = lastSeq();
      expect((await driver(turn).click({ id: 'U0REPL' }, next, button)).status).toBe(200);
    }
    throw new Error('no recommendation');
  });

  it('answers an event once when its retry reaches the other replica', async () => {
    const since = lastSeq();
    const event = {
      user: 'U0REPL2',
      channel: 'C0REPL2',
      ts: '1700007000.000100',
      text: `<@${FAKE_BOT_USER}> What is Amazon ECS?`,
    };
    await driver(0).event('app-mention', event, { eventId: 'Ev0REPLICA1' });
    await driver(1).event('app-mention', event, { eventId: 'Ev0REPLICA1', retryNum: 1 });
    await fake.waitFor(() =>
      driver(0)
        .messages(since)
        .some((m) => m.channel === 'C0REPL2'),
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(
      driver(0)
        .messages(since)
        .filter((m) => m.channel === 'C0REPL2'),
    ).toHaveLength(1);
  });
});
