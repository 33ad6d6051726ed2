// GET /metrics after scripted interviews over the real server: the contract's metric names, counts
// that match what happened, and METRICS_TOKEN enforced.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM_IDS, PLATFORM_KIND } from '../../src/domain.js';
import { scenarios } from '../support/card-samples.js';
import { type SlackHarness, startSlackHarness } from '../support/slack-app.js';
import { firstBlockId } from '../support/slack-client.js';
import { cardId, message, personalChat } from '../support/teams-activities.js';
import { answerUntilRecommendation } from '../support/teams-interview.js';
import { startTeamsHarness } from '../support/teams-server.js';

const TOKEN = 'metrics-test-token';
let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness({ METRICS_TOKEN: TOKEN });
});
afterAll(async () => h?.close());

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The samples of a Prometheus text exposition (comments skipped). */
function parse(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)$/.exec(line);
    if (!m?.[1] || m[3] === undefined) continue;
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g))
      labels[l[1] as string] = l[2] as string;
    samples.push({ name: m[1], labels, value: Number(m[3]) });
  }
  return samples;
}

async function scrape(url = h.app.url): Promise<Sample[]> {
  const res = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
  return parse(await res.text());
}

const value = (samples: Sample[], name: string, labels: Record<string, string> = {}): number =>
  samples
    .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);

const lastSeq = () => h.fake.outbound.at(-1)?.seq ?? 0;

describe('GET /metrics', () => {
  it('refuses a scrape without the bearer token, or with a wrong one', async () => {
    expect((await fetch(`${h.app.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${h.app.url}/metrics`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await fetch(`${h.app.url}/metrics`, { method: 'POST' })).status).toBe(405);
  });

  it('counts interviews, recommendations, questions and turns after two interviews', async () => {
    const before = await scrape();
    expect(value(before, 'virt_interviews_started_total', { surface: 'slack' })).toBe(0);
    expect(before.some((s) => s.name === 'process_cpu_user_seconds_total')).toBe(true);
    expect(before.some((s) => s.name === 'nodejs_eventloop_lag_seconds')).toBe(true);

    const played = scenarios().slice(0, 2);
    const results: { kind: string; asked: number }[] = [];
    for (const [i, scenario] of played.entries()) {
      const user = { id: `U0METRIC${i}` };
      const since = lastSeq();
      await h.slack.slash(user, 'C0METRICS', '');
      const { recommendation, asked } = await h.slack.interview(
        user,
        scenario.answers as Record<string, string>,
        since,
        (m) => m.method === 'response_url',
      );
      results.push({ kind: firstBlockId(recommendation).split(':')[1] ?? '', asked: asked.length });
    }

    const after = await scrape();
    expect(value(after, 'virt_interviews_started_total', { surface: 'slack' })).toBe(2);
    expect(value(after, 'virt_interviews_started_total', { surface: 'teams' })).toBe(0);
    expect(value(after, 'virt_recommendations_total', { surface: 'slack' })).toBe(2);
    for (const { kind } of results) {
      const rows = after.filter((s) => s.name === 'virt_recommendations_total' && s.labels.kind === kind);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const platform = row.labels.platform as (typeof PLATFORM_IDS)[number];
        expect(PLATFORM_IDS).toContain(platform);
        expect(PLATFORM_KIND[platform]).toBe(kind);
      }
    }
    expect(value(after, 'virt_questions_asked_count')).toBe(2);
    expect(value(after, 'virt_questions_asked_sum')).toBe(results.reduce((n, r) => n + r.asked, 0));
    // One turn per slash command and per click that was answered.
    const turns = value(after, 'virt_turn_duration_seconds_count', { surface: 'slack' });
    expect(turns).toBe(results.reduce((n, r) => n + r.asked + 1, 0));
    expect(value(after, 'virt_store_errors_total')).toBe(0);
    // Two whole interviews over HTTP: generous on a busy machine (the test waits for events, not time).
  }, 120_000);

  it('counts a Slack redelivery that was ignored', async () => {
    const before = value(await scrape(), 'virt_redeliveries_ignored_total', { surface: 'slack' });
    const event = { text: '<@U0BOT> help', channel: 'C0METRICS', ts: '1800000100.000100' };
    const since = lastSeq();
    await h.slack.event('app-mention', event, { eventId: 'Ev0METRICS1' });
    await h.fake.waitFor(() => h.slack.messages(since).length > 0);
    await h.slack.event('app-mention', event, { eventId: 'Ev0METRICS1', retryNum: 1 });
    const counted = async () =>
      value(await scrape(), 'virt_redeliveries_ignored_total', { surface: 'slack' }) > before;
    for (let i = 0; i < 100 && !(await counted()); i++) await new Promise((r) => setTimeout(r, 20));
    expect(value(await scrape(), 'virt_redeliveries_ignored_total', { surface: 'slack' })).toBe(before + 1);
  });
});

describe('GET /metrics for Teams', () => {
  it('counts a Teams interview under surface="teams"', async () => {
    const teams = await startTeamsHarness();
    try {
      const scenario = scenarios()[0];
      if (!scenario) throw new Error('no scenarios');
      const place = personalChat('metrics');
      const start = await teams.send(message(place, teams.connector.serviceUrl, 'start'));
      const { recommendation, asked } = await answerUntilRecommendation(
        teams,
        place,
        start.calls,
        scenario.answers,
      );
      const kind = cardId(recommendation).slice('recommendation:'.length);
      // No METRICS_TOKEN here: the route is open.
      const samples = await scrape(teams.app.url);
      expect(value(samples, 'virt_interviews_started_total', { surface: 'teams' })).toBe(1);
      expect(value(samples, 'virt_interviews_started_total', { surface: 'slack' })).toBe(0);
      expect(value(samples, 'virt_recommendations_total', { surface: 'teams', kind })).toBe(1);
      expect(value(samples, 'virt_questions_asked_sum')).toBe(asked.length);
      expect(value(samples, 'virt_turn_duration_seconds_count', { surface: 'teams' })).toBe(asked.length + 1);
    } finally {
      await teams.close();
    }
  }, 120_000);
});
