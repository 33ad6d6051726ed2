// Real Teams payload shapes (tests/fixtures/teams/*.json, as Teams sends them, with channelData,
// clientInfo entities and an HTML attachment) go through the whole stack; only serviceUrl is pointed
// at the fake connector.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Activity, cardId, cardOf, cardText } from '../../support/teams-activities.js';
import { useTeamsHarness } from '../../support/teams-hooks.js';
import { findQuestion } from '../../support/teams-interview.js';

const fixture = (name: string): Activity =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/teams', name), 'utf8')) as Activity;

const h = useTeamsHarness();

const local = (a: Activity): Activity => ({ ...a, serviceUrl: h.connector.serviceUrl });

describe('real Teams payloads', () => {
  it('team install (conversationUpdate, eventType teamMemberAdded): one welcome in the team', async () => {
    const install = local(fixture('team-install.json'));
    const res = await h.send(install);
    expect(res.status).toBe(200);
    expect(res.calls.map(cardId)).toEqual(['welcome']);
    expect(res.calls[0]?.conversationId).toBe((install.conversation as { id: string }).id);
  });

  it('channel mention with a description: the interview starts in that reply chain', async () => {
    const post = local(fixture('channel-mention.json'));
    const res = await h.send(post);
    expect(res.status).toBe(200);
    expect(res.calls.map((c) => cardText(cardOf(c))).join('\n')).toMatch(/I read: /);
    expect(findQuestion(res.calls)).toBeDefined();
    for (const call of res.calls) {
      expect(call.conversationId).toBe((post.conversation as { id: string }).id);
      expect(call.targetId).toBe(post.id);
    }
  });

  it('a card submit with no interview behind it: a polite notice with a Start button', async () => {
    const res = await h.send(local(fixture('card-submit.json')));
    expect(res.status).toBe(200);
    expect(res.calls.map(cardId)).toEqual(['notice:expired']);
    expect(res.calls.some((c) => c.method === 'PUT')).toBe(false);
  });
});
