import { describe, expect, it } from 'vitest';
import { InboundActivity } from '../../../adapters/teams/activity-schema.js';
import { conversationKey, translate } from '../../../adapters/teams/translate.js';
import {
  BOT,
  botAdded,
  channelThread,
  mention,
  message,
  personalChat,
  submit,
  TENANT,
  user,
} from '../../support/teams-activities.js';

const url = 'http://127.0.0.1:9/';
const at = 1_700_000_000_000;
const read = (activity: unknown) => translate(InboundActivity.parse(activity), at);

describe('translate: Teams activity → core event', () => {
  it('personal chat: any text is a text event keyed by tenant and conversation, deduped by activity id', () => {
    const place = personalChat();
    const activity = message(place, url, '  A nightly ETL job  ');
    expect(read(activity)).toEqual({
      kind: 'event',
      key: `teams:${TENANT}:${place.conversationId}`,
      deliveryId: `teams:${place.conversationId}:${activity.id}`,
      event: { type: 'text', userId: user('alice').id, at, text: 'A nightly ETL job' },
    });
    expect(read({ ...message(place, url, ''), text: undefined })).toMatchObject({
      event: { type: 'text', text: '' },
    });
  });

  it('Action.Submit: the value is forwarded untouched as a button event', () => {
    const value = { q: 'runtime', a: 'long', extra: { nested: [1, 2] } };
    const out = read(submit(personalChat(), url, 'card-1', value));
    expect(out).toMatchObject({ kind: 'event', event: { type: 'button', value } });
  });

  it('channel: strips the @mention and keys the interview by the reply chain', () => {
    const place = channelThread();
    const out = read(mention(place, url, 'We run a video transcoder for hours'));
    expect(out).toMatchObject({
      kind: 'event',
      key: `teams:${TENANT}:${place.conversationId}`,
      event: { type: 'text', text: 'We run a video transcoder for hours' },
    });
    expect(place.conversationId).toContain(';messageid=');
  });

  it('channel: a bare mention starts an interview; "ask …" asks; no mention is ignored', () => {
    const place = channelThread();
    expect(read(mention(place, url, ''))).toMatchObject({ event: { type: 'start' } });
    expect(read(mention(place, url, 'ask How long can a Lambda function run?'))).toMatchObject({
      event: { type: 'ask', text: 'How long can a Lambda function run?' },
    });
    expect(read(message(place, url, 'just chatting'))).toEqual({
      kind: 'ignore',
      reason: 'not addressed to the bot',
    });
    const group = { ...personalChat(), conversationType: 'groupChat' as const };
    expect(read(message(group, url, 'hello all')).kind).toBe('ignore');
  });

  it('a mention of someone else is not a mention of the bot', () => {
    const activity = {
      ...message(channelThread(), url, '<at>Bob</at> see this'),
      entities: [{ type: 'mention', text: '<at>Bob</at>', mentioned: { id: '29:bob', name: 'Bob' } }],
    };
    expect(read(activity).kind).toBe('ignore');
  });

  it('a malformed mention entity does not break text extraction', () => {
    const activity = {
      ...mention(channelThread(), url, 'hi'),
      entities: [{ type: 'mention', mentioned: { id: BOT.id } }],
    };
    expect(read(activity)).toMatchObject({ kind: 'event', event: { type: 'text', text: 'hi' } });
  });

  it('conversationUpdate: a welcome only when the bot itself was added', () => {
    const place = personalChat();
    expect(read(botAdded(place, url))).toMatchObject({
      kind: 'welcome',
      key: `teams:${TENANT}:${place.conversationId}`,
    });
    const someone = { ...botAdded(place, url), membersAdded: [{ id: '29:carol' }] };
    expect(read(someone).kind).toBe('ignore');
  });

  it('ignores the bot’s own messages and other activity types', () => {
    const own = { ...message(personalChat(), url, 'hi'), from: BOT };
    expect(read(own).kind).toBe('ignore');
    expect(read({ ...message(personalChat(), url, ''), type: 'typing' }).kind).toBe('ignore');
  });

  it('falls back to channelData.tenant when conversation.tenantId is absent', () => {
    const a = InboundActivity.parse(message(personalChat(), url, 'x'));
    const { tenantId: _t, ...conversation } = a.conversation;
    expect(conversationKey({ ...a, conversation })).toBe(`teams:${TENANT}:${a.conversation.id}`);
  });
});
