// The real server process refusing a configuration that cannot work: exit 2 and one line on stderr
// naming the variable, before anything listens (the unit tests cover every case of the rules).
import { expect, it } from 'vitest';
import { runServerToExit } from '../../support/server-process.js';

it.each([
  [{ PORT: 'abc' }, /^Invalid configuration: PORT .*"abc"\)\n$/],
  [
    { SLACK_BOT_TOKEN: 'xoxb-test' },
    /^Invalid configuration: SLACK_BOT_TOKEN is set but .*SLACK_SIGNING_SECRET/,
  ],
])('%o: refuses to start in one line', async (env, line) => {
  const run = await runServerToExit(env);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(line);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stdout).toBe('');
});
