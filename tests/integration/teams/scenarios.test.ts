// Public scenarios, answered through the Adaptive Card buttons the bot sends, end on a recommendation
// card whose first element id names a kind the scenario accepts (docs/contract.md §7): one scenario
// per kind here, every scenario in scenarios.slow.test.ts (`npm run test:slow`).
import { describe, expect, it } from 'vitest';
import { representativeScenarios, scenarios } from '../../support/card-samples.js';
import { teamsScenario } from '../../support/scenario-runs.js';
import { useTeamsHarness } from '../../support/teams-hooks.js';

const h = useTeamsHarness();

describe('public scenarios in a Teams personal chat', () => {
  it('has scenarios to run', () => expect(scenarios().length).toBeGreaterThanOrEqual(10));

  it.each(representativeScenarios().map((s) => [s.id, s] as const))(
    '%s reaches an accepted recommendation',
    (_id, scenario) => teamsScenario(h, scenario),
  );
});
