import { startFakeConnector } from '../tests/support/fake-connector.js';
import { FAKE_TOKEN, startFakeSlack } from '../tests/support/fake-slack.js';
import { SlackDriver } from '../tests/support/slack-client.js';
import { signedHeaders, TEST_SIGNING_SECRET } from '../tests/support/slack-sign.js';
import { message, personalChat } from '../tests/support/teams-activities.js';
import { type LoadRequest, load, send } from './load-client.js';
import { spawnServer } from './servers.js';

const which = process.argv[2] ?? 'slack';
const fake = await startFakeSlack();
const connector = await startFakeConnector();
const driver = new SlackDriver('', fake);
const env =
  which === 'slack'
    ? { SLACK_BOT_TOKEN: FAKE_TOKEN, SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, SLACK_API_URL: fake.apiUrl }
    : {};
const slash = (i: number): LoadRequest => {
  const body = driver.slashBody({ id: `UL${i}` }, 'C0LOAD', '', fake.responseUrl());
  return {
    path: '/slack/events',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(body) },
    body,
  };
};
const teams = (i: number): LoadRequest => ({
  path: '/api/messages',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(message(personalChat(`load${i}`), connector.serviceUrl, 'start')),
});
const gen = which === 'slack' ? slash : teams;
const server = await spawnServer('bench/prof-wrap.mjs', { ...env, PROF_NAME: which });
for (let k = 0; k < 200; k++) {
  const r = await send(server.url, gen(1e6 + k)).catch(() => undefined);
  if (r && r.status === 200) break;
  await new Promise((r) => setTimeout(r, 20));
}
const r = await load(server.url, { connections: 50, durationMs: 8000 }, gen);
console.log(which, Math.round(r.rps), 'req/s p99', r.p99);
await server.stop();
await fake.close();
await connector.close();
