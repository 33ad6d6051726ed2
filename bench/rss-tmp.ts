import { ensureBuilt } from '../tests/support/build.js';
import { FAKE_TOKEN, startFakeSlack } from '../tests/support/fake-slack.js';
import { SlackDriver } from '../tests/support/slack-client.js';
import { signedHeaders, TEST_SIGNING_SECRET } from '../tests/support/slack-sign.js';
import { send } from './load-client.js';
import { SCRIPTS, spawnServer } from './servers.js';
ensureBuilt();
const fake = await startFakeSlack();
const driver = new SlackDriver('', fake);
const env = { SLACK_BOT_TOKEN: FAKE_TOKEN, SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, SLACK_API_URL: fake.apiUrl };
const slash = (i: number) => { const body = driver.slashBody({ id: `UL${i}` }, 'C0LOAD', '', fake.responseUrl()); return { path: '/slack/events', headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(body) }, body }; };
const which = (process.env.WHICH ?? 'advisor,bolt').split(',') as (keyof typeof SCRIPTS)[];
for (let k = 0; k < Number(process.env.N ?? 4); k++) for (const w of which) {
  const s = await spawnServer(SCRIPTS[w], process.env.ARENA ? { ...env, MALLOC_ARENA_MAX: process.env.ARENA } : env);
  for (let i = 0; ; i++) { const r = await send(s.url, slash(i)).catch(() => null); if (r && r.status < 300) break; await new Promise(r => setTimeout(r, 5)); }
  await new Promise(r => setTimeout(r, 1000));
  process.stdout.write(`${w} VmRSS ${s.rssMb().toFixed(1)}  `);
  s.child.kill('SIGUSR2'); await new Promise(r => setTimeout(r, 200));
  await s.stop();
}
await fake.close();
