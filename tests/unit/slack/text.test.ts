import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slackApiBase } from '../../../adapters/slack/bolt-options.js';
import { decodeButtonValue, encodeButtonValue } from '../../../adapters/slack/button-value.js';
import {
  conversationKey,
  parseConversationKey,
  type SlackConversation,
} from '../../../adapters/slack/keys.js';
import { escapeMrkdwn, slackToPlain, truncate } from '../../../adapters/slack/mrkdwn.js';
import { messageEvent, messageText, slashCommandEvent } from '../../../adapters/slack/translate.js';

describe('mrkdwn', () => {
  it('escapes exactly &, < and >', () => {
    expect(escapeMrkdwn('<!channel> <@U1> <http://x|y> & *b* _i_ ~s~ `c`')).toBe(
      '&lt;!channel&gt; &lt;@U1&gt; &lt;http://x|y&gt; &amp; *b* _i_ ~s~ `c`',
    );
  });

  it('reads Slack text as plain text', () => {
    expect(
      slackToPlain(
        '&lt;!channel&gt; &amp; <@U123> <!here> <#C1|general> <https://aws.amazon.com|AWS> <http://x>',
      ),
    ).toBe('<!channel> & @U123 @here #general AWS http://x');
  });

  it('truncates without leaving half an entity or a lone surrogate', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('ab&amp;cd', 5)).toBe('ab…');
    expect(truncate('a😀b', 3)).toBe('a…');
    expect(truncate('short', 10)).toBe('short');
  });
});

describe('slash commands and messages → core events', () => {
  const at = 1;
  it('maps the four /virt forms (docs/contract.md §6)', () => {
    expect(slashCommandEvent('', 'U1', at)).toEqual({ type: 'start', userId: 'U1', at });
    expect(slashCommandEvent('  HELP ', 'U1', at)).toEqual({ type: 'text', userId: 'U1', at, text: 'help' });
    expect(slashCommandEvent('ask how long can Lambda run?', 'U1', at)).toEqual({
      type: 'ask',
      userId: 'U1',
      at,
      text: 'how long can Lambda run?',
    });
    expect(slashCommandEvent('a nightly batch job &amp; reports', 'U1', at)).toEqual({
      type: 'start',
      userId: 'U1',
      at,
      text: 'a nightly batch job & reports',
    });
    expect(slashCommandEvent('asking', 'U1', at).type).toBe('start');
  });

  it('strips the bot mention and starts on a bare mention', () => {
    expect(messageText('<@U0BOT> what is Fargate?', 'U0BOT')).toBe('what is Fargate?');
    expect(messageText('hey <@U0BOT|virt>  <@U9> look', 'U0BOT')).toBe('hey @U9 look');
    expect(messageEvent(messageText('<@U0BOT>', 'U0BOT'), 'U1', at)).toEqual({
      type: 'start',
      userId: 'U1',
      at,
    });
    expect(messageEvent('hello', 'U1', at)).toEqual({ type: 'text', userId: 'U1', at, text: 'hello' });
  });
});

describe('conversation keys and button values', () => {
  const cases: SlackConversation[] = [
    { kind: 'ephemeral', team: 'T1', channel: 'C1', user: 'U1' },
    { kind: 'thread', team: 'T1', channel: 'C1', threadTs: '1700000000.000100' },
    { kind: 'dm', team: 'T1', channel: 'D1' },
  ];
  it('round-trips every kind of key and refuses others', () => {
    for (const c of cases) expect(parseConversationKey(conversationKey(c))).toEqual(c);
    for (const bad of [
      '',
      'teams:x',
      'slack:T1',
      'slack:T1:C1:user:',
      'slack:T1:C1:abc',
      'slack:T:C:user:U:x',
    ]) {
      expect(parseConversationKey(bad)).toBeUndefined();
    }
  });

  it('carries {q, a} plus the key, and hands the core the value without the key', () => {
    const raw = encodeButtonValue({ q: 'runtime', a: 'short' }, 'slack:T1:C1:user:U1');
    expect(JSON.parse(raw ?? '')).toMatchObject({ q: 'runtime', a: 'short' });
    expect(decodeButtonValue(raw ?? '')).toEqual({
      key: 'slack:T1:C1:user:U1',
      value: { q: 'runtime', a: 'short' },
    });
    expect(decodeButtonValue('not json')).toBeUndefined();
    expect(decodeButtonValue('{"q":"runtime","a":"short"}')).toBeUndefined();
    expect(encodeButtonValue({ q: 'x'.repeat(2100), a: 'y' }, 'k')).toBeUndefined();
  });

  it('normalises SLACK_API_URL to the /api/ base Bolt wants', () => {
    expect(slackApiBase('http://127.0.0.1:4000')).toBe('http://127.0.0.1:4000/api/');
    expect(slackApiBase('http://127.0.0.1:4000/api')).toBe('http://127.0.0.1:4000/api/');
    expect(slackApiBase('https://slack.com/api/')).toBe('https://slack.com/api/');
    expect(slackApiBase(undefined)).toBeUndefined();
  });
});

describe('messageText’s shortcuts', () => {
  // What messageText did before it skipped work a text does not need: every whitespace run replaced,
  // every entity and bracket pattern applied, the mention pattern built per call.
  const plain = (text: string): string =>
    text
      .replace(/<([^<>]*)>/g, (_whole, inner: string) => {
        const [target = '', label] = inner.split('|', 2);
        if (target.startsWith('@')) return `@${label ?? target.slice(1)}`;
        if (target.startsWith('#')) return `#${label ?? target.slice(1)}`;
        if (target.startsWith('!')) return `@${(label ?? target.slice(1)).replace(/^subteam\^/, '')}`;
        return label ?? target;
      })
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const reference = (raw: string, bot: string | undefined): string => {
    const withoutBot = bot ? raw.replace(new RegExp(`<@${bot}(?:\\|[^>]*)?>`, 'g'), ' ') : raw;
    return plain(withoutBot).replace(/\s+/g, ' ').trim();
  };
  const pieces = fc.array(
    fc.oneof(
      fc.constantFrom(
        ' ',
        '  ',
        '\t',
        '\n',
        '\u00a0',
        '<@U0BOT>',
        '<@U0BOT|virt>',
        '<@U0OTHER>',
        '&amp;',
        '&lt;',
        '<#C1|general>',
        '<https://x|label>',
        '<',
        '>',
        '&',
      ),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 20 },
  );

  it('reads every text as the plain replace-everything version did', () => {
    fc.assert(
      fc.property(pieces, fc.constantFrom('U0BOT', undefined), (parts, bot) => {
        const raw = parts.join('');
        expect(messageText(raw, bot)).toBe(reference(raw, bot));
      }),
      { numRuns: 500 },
    );
  });
});
