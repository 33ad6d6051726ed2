// Every public scenario in a Teams personal chat, through the Adaptive Card buttons the bot sends, to
// an accepted recommendation (`npm run test:slow`; scenarios.test.ts plays one per kind).
import { describe, it } from 'vitest';
import { scenarios } from '../../support/card-samples.js';
import { teamsScenario } from '../../support/scenario-runs.js';
import { useTeamsHarness } from '../../support/teams-hooks.js';

const h = useTeamsHarness();

describe('public scenarios in a Teams personal chat, every one', () => {
  it.each(scenarios().map((s) => [s.id, s] as const))(
    '%s reaches an accepted recommendation',
    (_id, scenario) => teamsScenario(h, scenario),
  );
});
