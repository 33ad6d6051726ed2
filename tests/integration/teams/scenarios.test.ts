// Every public scenario, answered through the Adaptive Card buttons the bot sends, ends on a
// recommendation card whose first element id names a kind the scenario accepts (docs/contract.md §7).
import { describe, expect, it } from 'vitest';
import { scenarios } from '../../support/card-samples.js';
import { cardId, message, personalChat } from '../../support/teams-activities.js';
import { useTeamsHarness } from '../../support/teams-hooks.js';
import { answerUntilRecommendation } from '../../support/teams-interview.js';

const h = useTeamsHarness();

describe('public scenarios in a Teams personal chat', () => {
  const all = scenarios();
  it('has scenarios to run', () => expect(all.length).toBeGreaterThanOrEqual(10));

  it.each(all.map((s) => [s.id, s] as const))(
    '%s reaches an accepted recommendation',
    async (_id, scenario) => {
      const place = personalChat();
      const start = await h.send(message(place, h.connector.serviceUrl, 'start'));
      expect(start.status).toBe(200);
      const { recommendation, asked } = await answerUntilRecommendation(
        h,
        place,
        start.calls,
        scenario.answers,
      );
      const kind = cardId(recommendation).slice('recommendation:'.length);
      expect(scenario.accept, `asked ${asked.join(', ')}`).toContain(kind);
    },
  );
});
