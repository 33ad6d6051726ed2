import { FAKE_TOKEN, startFakeSlack } from '../tests/support/fake-slack.js';
import { SlackDriver } from '../tests/support/slack-client.js';
import { signedHeaders, TEST_SIGNING_SECRET } from '../tests/support/slack-sign.js';
import { type LoadRequest, send } from './load-client.js';
import { spawnServer } from './servers.js';
const fake = await startFakeSlack();
const driver = new SlackDriver('', fake);
const env = { SLACK_BOT_TOKEN: FAKE_TOKEN, SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, SLACK_API_URL: fake.apiUrl };
const slash = (i: number): LoadRequest => {
  const body = driver.slashBody({ id: `UL${i}` }, 'C0LOAD', '', fake.responseUrl());
  return { path: '/slack/events', headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(body) }, body };
};
const scripts = process.argv.slice(2);
const res: Record<string, number[]> = {}; const rss: Record<string, number[]> = {};
for (let k = 0; k < 5; k++) for (const s of scripts) {
  const t = performance.now();
  const server = await spawnServer(s, env);
  for (let i = 0; ; i++) { const ok = await send(server.url, slash(i)).then((r) => r.status === 200, () => false); if (ok) break; await new Promise((r) => setTimeout(r, 5)); }
  (res[s] ??= []).push(performance.now() - t);
  await new Promise((r) => setTimeout(r, 1000));
  (rss[s] ??= []).push(server.rssMb());
  await server.stop();
}
for (const s of scripts) { const a = res[s]!.sort((x, y) => x - y); const r = rss[s]!.sort((x, y) => x - y); console.log(s.padEnd(40), 'median', a[2]!.toFixed(0), 'ms', 'rss', r[2]!.toFixed(1), 'MB', a.map((x) => x.toFixed(0)).join(' ')); }
await fake.close();
