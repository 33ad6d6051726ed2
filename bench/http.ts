// End-to-end turn latency over real HTTP (not a test; figures only): the real server, the real
// botbuilder CloudAdapter, a fake Bot Connector on loopback, and each conversation store.
// One "turn" = POST an activity to /api/messages and wait for its HTTP response (the bot has posted
// its replies to the connector by then). Run: npm run bench:http
import { performance } from 'node:perf_hooks';
import { startApp } from '../adapters/server/app.js';
import { loadConfig } from '../adapters/server/config.js';
import { errorMessage } from '../src/errors.js';
import { silentLogger } from '../src/ports.js';
import { startFakeConnector } from '../tests/support/fake-connector.js';
import {
  cardId,
  cardOf,
  message,
  personalChat,
  postActivity,
  submit,
  submitActions,
} from '../tests/support/teams-activities.js';

const INTERVIEWS = 30;

async function run(label: string, env: Record<string, string>): Promise<void> {
  const connector = await startFakeConnector();
  let app: Awaited<ReturnType<typeof startApp>>;
  try {
    app = await startApp({
      config: loadConfig({ PORT: '0', LOG_LEVEL: 'silent', ...env }),
      logger: silentLogger,
    });
  } catch (error) {
    console.log(`${label}: skipped (${errorMessage(error)})`);
    await connector.close();
    return;
  }
  const turns: number[] = [];
  let completed = 0;
  for (let i = 0; i < INTERVIEWS; i++) {
    const place = personalChat(`bench${i}`);
    let before = connector.calls.length;
    let t0 = performance.now();
    await postActivity(app.url, message(place, connector.serviceUrl, 'start'));
    turns.push(performance.now() - t0);
    for (let guard = 0; guard < 12; guard++) {
      const last = connector.calls
        .slice(before)
        .filter((c) => c.method === 'POST')
        .at(-1);
      if (!last) break;
      if (cardId(last).startsWith('recommendation:')) {
        completed++;
        break;
      }
      const first = submitActions(cardOf(last))[0];
      if (!first) break;
      before = connector.calls.length;
      t0 = performance.now();
      await postActivity(app.url, submit(place, connector.serviceUrl, last.id, first.data));
      turns.push(performance.now() - t0);
    }
  }
  await app.close();
  await connector.close();
  turns.sort((a, b) => a - b);
  const pct = (p: number) =>
    turns[Math.min(turns.length - 1, Math.floor((p / 100) * turns.length))]?.toFixed(1);
  console.log(
    `${label.padEnd(28)} ${turns.length} turns, ${completed}/${INTERVIEWS} interviews completed — p50 ${pct(50)} ms, p95 ${pct(95)} ms, max ${pct(100)} ms`,
  );
}

await run('in-process store', {});
await run('Redis store (127.0.0.1:6379)', {
  REDIS_URL: 'redis://127.0.0.1:6379',
  REDIS_KEY_PREFIX: `virt-bench-${process.pid}:`,
});
