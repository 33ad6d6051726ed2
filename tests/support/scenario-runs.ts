// One public scenario played through a platform's real transport to its recommendation: shared by
// the integration tests (a representative few) and their *.slow.test.ts sweeps (every scenario).
import { expect } from 'vitest';
import type { Scenario } from './card-samples.js';
import type { SlackHarness } from './slack-app.js';
import { firstBlockId } from './slack-client.js';
import { cardId, message, personalChat } from './teams-activities.js';
import { answerUntilRecommendation } from './teams-interview.js';
import type { TeamsHarness } from './teams-server.js';

/** `/virt` in a channel, answered through the buttons to an ephemeral recommendation Slack accepts. */
export async function slashScenario(h: SlackHarness, scenario: Scenario): Promise<void> {
  const user = { id: `U${scenario.id.toUpperCase()}` };
  const since = h.fake.outbound.at(-1)?.seq ?? 0;
  const started = await h.slack.slash(user, 'C0PUBLIC', '');
  expect(started.status).toBe(200);
  const { recommendation, asked } = await h.slack.interview(
    user,
    scenario.answers as Record<string, string>,
    since,
    (m) => m.method === 'response_url',
  );
  const kind = firstBlockId(recommendation).split(':')[1];
  expect(scenario.accept).toContain(kind);
  expect(recommendation.ephemeral).toBe(true);
  expect(asked.length).toBeLessThanOrEqual(10);
}

/** `start` in a Teams personal chat, answered through the Adaptive Card buttons to a recommendation. */
export async function teamsScenario(h: TeamsHarness, scenario: Scenario): Promise<void> {
  const place = personalChat();
  const start = await h.send(message(place, h.connector.serviceUrl, 'start'));
  expect(start.status).toBe(200);
  const { recommendation, asked } = await answerUntilRecommendation(h, place, start.calls, scenario.answers);
  const kind = cardId(recommendation).slice('recommendation:'.length);
  expect(scenario.accept, `asked ${asked.join(', ')}`).toContain(kind);
}
