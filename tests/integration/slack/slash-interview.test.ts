// Whole conversations over the real server and real signatures: /virt, buttons the bot really sent,
// the recommendation card, Share to channel, and another user clicking.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARE_TO_CHANNEL } from '../../../adapters/slack/render-block-kit.js';
import { representativeScenarios, scenarios } from '../../support/card-samples.js';
import { slashScenario } from '../../support/scenario-runs.js';
import { type SlackHarness, startSlackHarness } from '../../support/slack-app.js';
import { type BotMessage, buttonsOf, firstBlockId, isQuestion } from '../../support/slack-client.js';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => h?.close());

const lastSeq = () => h.fake.outbound.at(-1)?.seq ?? 0;
const viaResponseUrl = (m: BotMessage) => m.method === 'response_url';

describe('/virt interviews (ephemeral, through response_url)', () => {
  // Every public scenario: slash-scenarios.slow.test.ts.
  it.each(representativeScenarios().map((s) => [s.id, s] as const))(
    'scenario %s reaches an accepted recommendation',
    (_id, scenario) => slashScenario(h, scenario),
  );

  it('records each answer in place: the question message is replaced, then the next one is posted', async () => {
    const user = { id: 'U0INPLACE' };
    const since = lastSeq();
    const started = await h.slack.slash(user, 'C0PUBLIC', '');
    const question = await h.fake.waitFor(() =>
      h.slack.messages(since).find((m) => m.responseUrlId === started.responseUrlId && isQuestion(m)),
    );
    const button = buttonsOf(question).find((b) => typeof b.parsed.q === 'string');
    if (!button) throw new Error('no answer button');
    const click = await h.slack.click(user, question, button);
    const replaced = await h.fake.waitFor(() =>
      h.slack.messages(since).find((m) => m.responseUrlId === click.responseUrlId && m.replaces),
    );
    expect(firstBlockId(replaced)).toMatch(/^answered:/);
    expect(buttonsOf(replaced)).toEqual([]);
    const next = await h.fake.waitFor(() =>
      h.slack.messages(since).find((m) => m.responseUrlId === click.responseUrlId && !m.replaces),
    );
    expect(next.seq).toBeGreaterThan(replaced.seq);
  });

  it('/virt <description> fills in what the description says, and Share posts the card in the channel', async () => {
    const scenario = scenarios()[0];
    if (!scenario) throw new Error('no scenarios');
    const user = { id: 'U0SHARER' };
    const since = lastSeq();
    await h.slack.slash(user, 'C0SHARE', scenario.text);
    const { recommendation, asked } = await h.slack.interview(
      user,
      scenario.answers as Record<string, string>,
      since,
      viaResponseUrl,
    );
    expect(asked.length).toBeLessThan(10);
    const share = buttonsOf(recommendation).find((b) => b.parsed.action === 'share');
    if (!share) throw new Error('no share button');
    expect(share.text).toBe(SHARE_TO_CHANNEL);
    const shareSince = lastSeq();
    await h.slack.click(user, recommendation, share);
    const posted = await h.fake.waitFor(() =>
      h.slack.messages(shareSince).find((m) => m.method === 'chat.postMessage'),
    );
    expect(posted.channel).toBe('C0SHARE');
    expect(posted.threadTs).toBeUndefined();
    expect(firstBlockId(posted)).toBe(firstBlockId(recommendation));
    // The shared copy is read-only: its buttons would act on someone's private interview.
    expect(buttonsOf(posted)).toEqual([]);
  });

  it('falls back to the response_url when the bot is not in the channel', async () => {
    const scenario = scenarios()[1];
    if (!scenario) throw new Error('no scenarios');
    const user = { id: 'U0OUTSIDER' };
    const since = lastSeq();
    await h.slack.slash(user, 'C0NOTMEMBER', '');
    const { recommendation } = await h.slack.interview(
      user,
      scenario.answers as Record<string, string>,
      since,
      viaResponseUrl,
    );
    const share = buttonsOf(recommendation).find((b) => b.parsed.action === 'share');
    if (!share) throw new Error('no share button');
    h.fake.failNext('chat.postMessage', 'not_in_channel');
    const shareSince = lastSeq();
    const click = await h.slack.click(user, recommendation, share);
    const posted = await h.fake.waitFor(() =>
      h.slack.messages(shareSince).find((m) => m.responseUrlId === click.responseUrlId),
    );
    expect(posted.inChannel).toBe(true);
    expect(firstBlockId(posted)).toBe(firstBlockId(recommendation));
  });

  it('/virt help and /virt ask answer privately', async () => {
    const user = { id: 'U0HELP' };
    const since = lastSeq();
    const help = await h.slack.slash(user, 'C0PUBLIC', 'help');
    const helpMsg = await h.fake.waitFor(() =>
      h.slack.messages(since).find((m) => m.responseUrlId === help.responseUrlId),
    );
    expect(firstBlockId(helpMsg)).toBe('help');
    expect(helpMsg.ephemeral).toBe(true);
    const ask = await h.slack.slash(user, 'C0PUBLIC', 'ask How long can a Lambda function run?');
    const answer = await h.fake.waitFor(() =>
      h.slack.messages(since).find((m) => m.responseUrlId === ask.responseUrlId),
    );
    expect(firstBlockId(answer)).toMatch(/^answer:/);
    expect(JSON.stringify(answer.blocks)).toMatch(/15 minutes/);
  });
});
