// The real server process refusing a configuration that cannot work: exit 2 and one line on stderr
// naming the variable (the unit tests cover every case of the rules), whether the configuration or
// an adapter found it.
import { expect, it } from 'vitest';
import { runServerToExit } from '../../support/server-process.js';

it.each([
  [{ PORT: 'abc' }, /^Invalid configuration: PORT .*"abc"\)\n$/],
  [
    { SLACK_BOT_TOKEN: 'xoxb-test' },
    /^Invalid configuration: SLACK_BOT_TOKEN is set but .*SLACK_SIGNING_SECRET/,
  ],
  // Settings only an adapter can judge are refused the same way as the ones the configuration reads.
  [{ SLACK_CLIENT_ID: '123.456' }, /^SLACK_CLIENT_ID is set, so the Slack install flow also needs /],
  [
    { MicrosoftAppId: 'app', MicrosoftAppPassword: 'pw', MicrosoftAppType: 'UserAssignedMSI' },
    /^Invalid Microsoft Teams \/ Bot Framework settings: /,
  ],
])('%o: refuses to start in one line', async (env, line) => {
  const run = await runServerToExit(env);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(line);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stdout).toBe('');
});
