// One interview, every adapter (AGENTS.md, "tests/contract/"): the terminal, Slack and Teams adapters
// drive the same core, so the same answers must ask the same questions in the same order and end on
// the same recommendation. Each platform goes through its real transport: the terminal through
// readline streams, Slack through signed HTTP requests into Bolt, Teams through botbuilder's
// CloudAdapter, with fake platform servers on loopback. And no adapter answers the bot's own messages.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../adapters/store/memory.js';
import { runTerminal } from '../../adapters/terminal/index.js';
import { KINDS } from '../../knowledge/kinds.js';
import { QUESTIONS } from '../../knowledge/questions.js';
import { KIND_IDS, type Profile, QUESTION_IDS, type QuestionId } from '../../src/domain.js';
import { recommend } from '../../src/engine.js';
import { silentLogger } from '../../src/ports.js';
import { createAdvisor } from '../../src/service.js';
import { scenarios } from '../support/card-samples.js';
import { FAKE_BOT_ID, FAKE_BOT_USER } from '../support/fake-slack.js';
import { type SlackHarness, startSlackHarness } from '../support/slack-app.js';
import { firstBlockId } from '../support/slack-client.js';
import { BOT, cardId, message, personalChat } from '../support/teams-activities.js';
import { answerUntilRecommendation } from '../support/teams-interview.js';
import { startTeamsHarness, type TeamsHarness } from '../support/teams-server.js';

type Outcome = { primary: string; asked: QuestionId[] };

/** The terminal: type each answer's option label, exactly as a person at a keyboard would. */
async function viaTerminal(answers: Profile): Promise<Outcome> {
  const advisor = createAdvisor({ store: createMemoryStore(), logger: silentLogger });
  const input = new PassThrough();
  const output = new PassThrough();
  let screen = '';
  output.on('data', (chunk: Buffer) => {
    screen += chunk.toString('utf8');
  });
  let at = 1_800_000_000_000;
  const done = runTerminal({ advisor, input, output, clock: { now: () => (at += 1000) } });
  const byPrompt = new Map(QUESTIONS.map((q) => [q.prompt, q]));
  const asked: QuestionId[] = [];
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  let seen = 0;
  input.write('start\n');
  for (let turn = 0; turn < 12; turn++) {
    for (let i = 0; i < 200 && screen.length === seen; i++) await settle();
    await settle();
    const fresh = screen.slice(seen);
    seen = screen.length;
    const recommended = /^Recommendation: (.+)$/m.exec(fresh);
    if (recommended) {
      input.end();
      await done;
      // The card leads with "Kind — platform"; the kind is what every adapter must agree on.
      const kind = KIND_IDS.find((k) => KINDS[k].name === recommended[1]?.split(' — ')[0]?.trim());
      return { primary: kind ?? `unknown kind name ${recommended[1]}`, asked };
    }
    const prompts = fresh.split('\n').filter((line) => byPrompt.has(line));
    const question = byPrompt.get(prompts.at(-1) ?? '');
    if (!question) throw new Error(`terminal showed no question:\n${fresh}`);
    asked.push(question.id as QuestionId);
    const wanted = answers[question.id as QuestionId] ?? 'unsure';
    const option = question.options.find((o) => o.id === wanted);
    input.write(`${option ? option.label : 'not sure'}\n`);
  }
  throw new Error('terminal: no recommendation after 12 answers');
}

let slack: SlackHarness;
let teams: TeamsHarness;
beforeAll(async () => {
  [slack, teams] = await Promise.all([startSlackHarness(), startTeamsHarness()]);
});
afterAll(async () => {
  await Promise.all([slack?.close(), teams?.close()]);
});

async function viaSlack(answers: Profile, n: number): Promise<Outcome> {
  const user = { id: `UCONTRACT${n}` };
  const since = slack.fake.outbound.at(-1)?.seq ?? 0;
  const started = await slack.slack.slash(user, 'C0CONTRACT', '');
  expect(started.status).toBe(200);
  const { recommendation, asked } = await slack.slack.interview(
    user,
    answers as Record<string, string>,
    since,
    (m) => m.method === 'response_url',
  );
  return { primary: firstBlockId(recommendation).split(':')[1] ?? '', asked: asked as QuestionId[] };
}

async function viaTeams(answers: Profile, n: number): Promise<Outcome> {
  const place = personalChat(`contract${n}`);
  const first = await teams.send(message(place, teams.connector.serviceUrl, 'start'));
  expect(first.status).toBe(200);
  const { recommendation, asked } = await answerUntilRecommendation(teams, place, first.calls, answers);
  return { primary: cardId(recommendation).split(':')[1] ?? '', asked: asked as QuestionId[] };
}

// The public scenarios, plus profiles that leave questions out (answered "not sure").
const CASES: { name: string; answers: Profile }[] = [
  ...scenarios()
    .slice(0, 6)
    .map((s) => ({ name: s.id, answers: s.answers as Profile })),
  { name: 'only runtime long', answers: { runtime: 'long' } },
  { name: 'nothing known', answers: {} },
  {
    name: 'every other question left out',
    answers: Object.fromEntries(
      QUESTION_IDS.filter((_, i) => i % 2 === 0).map((q) => [q, 'unsure']),
    ) as Profile,
  },
];

describe('the same interview through every adapter', () => {
  it.each(CASES.map((c, i) => [c.name, c, i] as const))('%s', async (_name, { answers }, i) => {
    const terminal = await viaTerminal(answers);
    const [viaS, viaT] = await Promise.all([viaSlack(answers, i), viaTeams(answers, i)]);
    expect(terminal.asked.length).toBeGreaterThan(0);
    expect(viaS).toEqual(terminal);
    expect(viaT).toEqual(terminal);
    // Every question left unasked could not change the result: the full profile agrees.
    expect(terminal.primary).toBe(recommend(answers).primary);
  });
});

describe('no adapter answers the bot itself', () => {
  it('Slack: a DM event from the bot user is ignored', async () => {
    const since = slack.fake.outbound.at(-1)?.seq ?? 0;
    const res = await slack.slack.event('message-im', {
      user: FAKE_BOT_USER,
      bot_id: FAKE_BOT_ID,
      text: 'start',
      channel: 'D0CONTRACT',
      channel_type: 'im',
    });
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(slack.slack.messages(since)).toEqual([]);
  });

  it('Teams: a message whose sender is the bot is ignored', async () => {
    const place = personalChat('self');
    const res = await teams.send(
      message(place, teams.connector.serviceUrl, 'start', { ...BOT, aadObjectId: '' }),
    );
    expect(res.status).toBeLessThan(300);
    expect(res.calls).toEqual([]);
  });
});
