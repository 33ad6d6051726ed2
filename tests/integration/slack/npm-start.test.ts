// `npm start` with SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET and SLACK_API_URL pointing at a fake Slack
// serves a real conversation (docs/slack.md), and a token Slack refuses stops it with a clear line.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../support/build.js';
import { scenarios } from '../../support/card-samples.js';
import { FAKE_TOKEN, type FakeSlack, startFakeSlack } from '../../support/fake-slack.js';
import { freePort } from '../../support/server-process.js';
import { type BotMessage, firstBlockId, SlackDriver } from '../../support/slack-client.js';
import { TEST_SIGNING_SECRET } from '../../support/slack-sign.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

interface Started {
  child: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
}

function npmStart(env: Record<string, string>): Started {
  const child = spawn('npm', ['start', '--silent'], {
    cwd: ROOT,
    // Its own process group, so the test can stop npm and the server under it together.
    detached: true,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DOTENV_CONFIG_PATH: '/dev/null',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (c: Buffer) => output.push(c.toString()));
  child.stderr?.on('data', (c: Buffer) => output.push(c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output, exited };
}

function stopGroup(started: Started): void {
  if (started.child.pid !== undefined && started.child.exitCode === null) {
    try {
      process.kill(-started.child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

async function waitForOutput(started: Started, text: string): Promise<void> {
  const deadline = Date.now() + 45_000;
  while (!started.output.join('').includes(text)) {
    if (started.child.exitCode !== null || Date.now() > deadline)
      throw new Error(`npm start never said "${text}":\n${started.output.join('')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function waitHealthy(url: string, started: Started): Promise<void> {
  const deadline = Date.now() + 45_000;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) throw new Error(`npm start exited:\n${started.output.join('')}`);
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`npm start did not serve:\n${started.output.join('')}`);
}

let fake: FakeSlack;
beforeAll(async () => {
  ensureBuilt();
  fake = await startFakeSlack();
}, 120_000);
afterAll(async () => fake?.close());

describe('npm start with Slack settings', () => {
  it('serves a whole /virt conversation to an accepted recommendation', async () => {
    const port = await freePort();
    const started = npmStart({
      PORT: String(port),
      LOG_LEVEL: 'info',
      SLACK_BOT_TOKEN: FAKE_TOKEN,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_API_URL: fake.url,
    });
    try {
      const url = `http://127.0.0.1:${port}`;
      await waitHealthy(url, started);
      // The start-up line follows the first moment /healthz can answer (it reports the store's ping):
      // wait for it rather than expect it already there.
      await waitForOutput(started, 'POST /slack/events');
      const scenario = scenarios()[3];
      if (!scenario) throw new Error('no scenarios');
      const slack = new SlackDriver(url, fake);
      const user = { id: 'U0NPM' };
      await slack.slash(user, 'C0NPM', '');
      const viaUrl = (m: BotMessage) => m.method === 'response_url';
      const { recommendation } = await slack.interview(
        user,
        scenario.answers as Record<string, string>,
        0,
        viaUrl,
      );
      expect(scenario.accept).toContain(firstBlockId(recommendation).split(':')[1]);
    } finally {
      stopGroup(started);
      await started.exited;
    }
  }, 90_000);

  it('stops the server when only the npm process gets SIGTERM (npm start execs node)', async () => {
    const port = await freePort();
    const started = npmStart({ PORT: String(port), LOG_LEVEL: 'info' });
    try {
      const url = `http://127.0.0.1:${port}`;
      await waitHealthy(url, started);
      // npm forwards the signal to its script's process; with a shell in between, the shell would
      // die and leave the server running without a parent.
      started.child.kill('SIGTERM');
      expect(await started.exited).toBe(0);
      const output = started.output.join('');
      expect(output).toContain('stopped');
      const after = await fetch(`${url}/healthz`).then(
        () => 'answered',
        () => 'refused',
      );
      expect(after).toBe('refused');
    } finally {
      stopGroup(started);
    }
  }, 90_000);

  it('refuses to start, in one readable line, when Slack rejects the bot token', async () => {
    const started = npmStart({
      PORT: String(await freePort()),
      SLACK_BOT_TOKEN: 'xoxb-wrong',
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_API_URL: fake.url,
    });
    try {
      const code = await started.exited;
      const output = started.output.join('');
      expect(code).not.toBe(0);
      expect(output).toContain('SLACK_BOT_TOKEN');
      expect(output).toContain('invalid_auth');
      expect(output).not.toMatch(/\n\s+at /);
    } finally {
      stopGroup(started);
    }
  }, 60_000);
});
