// The server listens while Slack's auth.test is on its way, as bare Bolt does: a /virt needs nothing
// from it and is answered at once; a payload for Bolt's App (a click) waits until auth.test answers.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../../adapters/server/app.js';
import { loadConfig } from '../../../adapters/server/config.js';
import { silentLogger } from '../../../src/ports.js';
import { ensureBuilt } from '../../support/build.js';
import { FAKE_TOKEN, type FakeSlack, startFakeSlack } from '../../support/fake-slack.js';
import { freePort, startServer } from '../../support/server-process.js';
import { buttonsOf, firstBlockId, SlackDriver } from '../../support/slack-client.js';
import { TEST_SIGNING_SECRET } from '../../support/slack-sign.js';

let fake: FakeSlack | undefined;
let app: RunningApp | undefined;
beforeAll(() => ensureBuilt(), 180_000);
afterAll(async () => {
  await app?.close();
  await fake?.close();
});

it('answers /virt before auth.test has answered, and a click once it has', async () => {
  fake = await startFakeSlack();
  const release = fake.hold();
  const port = await freePort();
  const config = loadConfig({
    PORT: String(port),
    SLACK_BOT_TOKEN: FAKE_TOKEN,
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
  });
  const starting = startApp({ config, logger: silentLogger });
  await fake.waitFor(() => fake?.requests.some((r) => r.method === 'auth.test'));
  const slack = new SlackDriver(`http://127.0.0.1:${port}`, fake);
  // auth.test is held: the port may still be opening, then /virt is answered in its ack body.
  const user = { id: 'U0START' };
  let first = await slack.slash(user, 'C0START', '').catch(() => undefined);
  while (!first) first = await slack.slash(user, 'C0START', '').catch(() => undefined);
  expect(first.status).toBe(200);
  const question = slack.messages().at(-1);
  expect(question && firstBlockId(question)).toMatch(/^question:/);
  const button = question && buttonsOf(question)[0];
  if (!question || !button) throw new Error('no question with buttons');

  let clicked = false;
  const clicking = slack.click(user, question, button).then((posted) => {
    clicked = true;
    return posted;
  });
  // The click waits for auth.test (Bolt's App acts on its answer): a whole /virt sent
  // after it comes back while it is still unanswered.
  expect((await slack.slash({ id: 'U0LATER' }, 'C0START', '')).status).toBe(200);
  expect(clicked).toBe(false);
  release();
  expect((await clicking).status).toBe(200);
  app = await starting;
  const next = await fake.waitFor(() => slack.messages().find((m) => m !== question && m.blocks.length > 0));
  expect(firstBlockId(next)).not.toBe('');
});

it('drains and exits 0 on SIGTERM while auth.test is still on its way', async () => {
  const slow = await startFakeSlack();
  const release = slow.hold();
  try {
    const server = await startServer({
      script: 'dist/adapters/server/main.js',
      waitReady: false,
      env: {
        SLACK_BOT_TOKEN: FAKE_TOKEN,
        SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
        SLACK_API_URL: slow.apiUrl,
      },
    });
    await slow.waitFor(() => slow.requests.some((r) => r.method === 'auth.test'));
    server.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.logs().some((line) => line.includes('"msg":"stopped"'))).toBe(true);
  } finally {
    release();
    await slow.close();
  }
});
