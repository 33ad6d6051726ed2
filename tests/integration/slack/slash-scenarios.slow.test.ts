// Every public scenario through /virt over the real server and real signatures, to an accepted
// recommendation (`npm run test:slow`; slash-interview.test.ts plays a representative few).
import { afterAll, beforeAll, describe, it } from 'vitest';
import { scenarios } from '../../support/card-samples.js';
import { slashScenario } from '../../support/scenario-runs.js';
import { type SlackHarness, startSlackHarness } from '../../support/slack-app.js';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => h?.close());

describe('/virt interviews (ephemeral, through response_url), every public scenario', () => {
  it.each(scenarios().map((s) => [s.id, s] as const))(
    'scenario %s reaches an accepted recommendation',
    (_id, scenario) => slashScenario(h, scenario),
  );
});
