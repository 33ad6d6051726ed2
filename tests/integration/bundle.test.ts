// `npm start` runs the build's one-script bundle with V8's code cache (adapters/server/server-bundle.ts).
// These start that compiled server as a process, the way `npm start` does, and check what the
// bundle changes: it is the code that runs, the packages it loads on first use (Socket Mode) or
// leaves outside (botbuilder) still work, and a cache V8 refuses or a stale bundle only costs speed.
import { copyFileSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFF_LOOP_MIN_CHARS } from '../../adapters/server/off-loop.js';
import { step } from '../../src/conversation.js';
import { ensureBuilt } from '../support/build.js';
import { type FakeConnector, startFakeConnector } from '../support/fake-connector.js';
import { FAKE_TOKEN, type FakeSlack, startFakeSlack } from '../support/fake-slack.js';
import { type ServerProcess, startServer } from '../support/server-process.js';
import { firstBlockId, SlackDriver } from '../support/slack-client.js';
import { TEST_SIGNING_SECRET } from '../support/slack-sign.js';
import { type FakeSocketMode, startFakeSocketMode } from '../support/slack-socket.js';
import { cardId, message, personalChat, postActivity } from '../support/teams-activities.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUILT = 'dist/adapters/server';
const MAIN = `${BUILT}/main.js`;

let running: ServerProcess | undefined;
let copy: string | undefined;
beforeAll(() => ensureBuilt(), 180_000);
afterAll(async () => {
  await running?.stop();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

async function start(script: string, env: Record<string, string>): Promise<ServerProcess> {
  await running?.stop();
  running = await startServer({ script, waitReady: false, env: { LOG_LEVEL: 'debug', ...env } });
  return running;
}

describe('the compiled server', () => {
  it('runs from its bundle with the code cache, and loads botbuilder on the first Teams request', async () => {
    const connector: FakeConnector = await startFakeConnector();
    try {
      const server = await start(MAIN, {});
      await server.waitForLog(/loaded from the bundle \(code cache used\)/);
      await server.waitForLog(/interview plans installed from the build/);
      const sent = await postActivity(
        server.url,
        message(personalChat('bundle'), connector.serviceUrl, 'start'),
      );
      expect(sent.status).toBe(200);
      const [reply] = await connector.waitForCalls(1);
      expect(reply && cardId(reply)).toMatch(/^question:/);
    } finally {
      await connector.close();
    }
  });

  it('connects over Socket Mode, which the bundle loads only when it is used', async () => {
    const ws: FakeSocketMode = await startFakeSocketMode();
    const fake: FakeSlack = await startFakeSlack({ appToken: 'xapp-1-fake', socketUrl: ws.url });
    try {
      await start(MAIN, {
        SLACK_BOT_TOKEN: FAKE_TOKEN,
        SLACK_APP_TOKEN: 'xapp-1-fake',
        SLACK_API_URL: fake.url,
      });
      await ws.connected();
      const slack = new SlackDriver('', fake);
      const payload = JSON.parse(
        slack.eventBody(
          'message-im',
          { user: 'U0BUNDLE', channel: 'D0BUNDLE', ts: '1700006000.000100', text: 'help' },
          'Ev0BUNDLE1',
        ),
      );
      ws.push('events_api', payload, { retry_attempt: 0 });
      const reply = await fake.waitFor(() => slack.messages(0).find((m) => m.channel === 'D0BUNDLE'));
      expect(firstBlockId(reply)).toBe('help');
    } finally {
      await running?.stop();
      running = undefined;
      await ws.close();
      await fake.close();
    }
  });

  it('reads a long message in its worker thread (turn-worker.js beside the bundle), and stops cleanly with it running', async () => {
    const fake: FakeSlack = await startFakeSlack();
    try {
      const server = await start(MAIN, {
        SLACK_BOT_TOKEN: FAKE_TOKEN,
        SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
        SLACK_API_URL: fake.url,
      });
      const slack = new SlackDriver(server.url, fake);
      const description =
        'Our nightly ETL job reads about 40 GB from S3, runs for three hours on 64 GB of memory and writes to Redshift. ';
      const text = description.repeat(Math.ceil(OFF_LOOP_MIN_CHARS / description.length) + 1);
      const sent = await slack.event('message-im', {
        user: 'U0LONGDM',
        channel: 'D0LONGDM',
        ts: '1700006100.000100',
        text,
      });
      expect(sent.status).toBe(200);
      const reply = await fake.waitFor(() => slack.messages(0).find((m) => m.channel === 'D0LONGDM'));
      // The description was read (three hours: past Lambda's limit), and the reply is what the core gives.
      const [, effects] = step(undefined, { type: 'text', userId: 'U0LONGDM', at: 1, text });
      const card = effects.find((e) => 'card' in e);
      expect(card && 'card' in card && card.card.kind).toBe('question');
      expect(reply.text).toBe(card && 'card' in card ? card.card.fallbackText : 'no card');
      expect(firstBlockId(reply)).toMatch(/^question:/);
      await server.waitForLog(/turn worker started for long texts/);
      expect(server.logs().join('\n')).not.toMatch(/turn worker (stopped|could not start)/);
      expect(await server.stop()).toEqual({ code: 0, signal: null });
    } finally {
      await fake.close();
    }
  });

  describe('a copy of the build', () => {
    beforeAll(() => {
      // Beside the real one, so that the bundle's packages (botbuilder) and run.js's imports resolve.
      copy = mkdtempSync(join(ROOT, 'dist/adapters/bundle-test-'));
      for (const file of readdirSync(join(ROOT, BUILT)))
        if (/\.(js|cjs|cache|bin)$/.test(file)) copyFileSync(join(ROOT, BUILT, file), join(copy, file));
    });

    it('starts with a code cache V8 refuses, compiling the bundle instead', async () => {
      if (!copy) throw new Error('no copy');
      writeFileSync(join(copy, 'server.bundle.cache'), Buffer.alloc(4096, 7));
      const server = await start(join(copy, 'main.js'), {});
      await server.waitForLog(/loaded from the bundle \(code cache rejected\)/);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    });

    it('runs the modules, not a bundle older than them', async () => {
      if (!copy) throw new Error('no copy');
      const later = new Date(Date.now() + 60_000);
      utimesSync(join(copy, 'run.js'), later, later);
      const server = await start(join(copy, 'main.js'), {});
      await server.waitForLog(/loaded from the modules/);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    });
  });
});
