import { describe, expect, it } from 'vitest';
import { isLoopbackServiceUrl } from '../../../adapters/teams/loopback.js';
import { escapeMarkdown } from '../../../adapters/teams/plain-markdown.js';

describe('isLoopbackServiceUrl (local mode replies only here)', () => {
  it.each([
    'http://localhost:9000/',
    'http://127.0.0.1:53123/',
    'https://127.8.9.10/',
    'http://[::1]:3978/',
    'http://[::ffff:127.0.0.1]/',
    'http://127.1/',
  ])('accepts %s', (url) => expect(isLoopbackServiceUrl(url)).toBe(true));

  it.each([
    'https://smba.trafficmanager.net/teams/',
    'http://10.0.0.5/',
    'http://192.168.1.2:3978/',
    'http://localhost.evil.example/',
    'http://127.0.0.1.nip.io/',
    'http://user:pw@127.0.0.1/',
    'ftp://127.0.0.1/',
    'file:///etc/passwd',
    'not a url',
    '',
    'http://[::2]/',
    'http://0.0.0.0/',
  ])('refuses %s', (url) => expect(isLoopbackServiceUrl(url)).toBe(false));
});

describe('escapeMarkdown', () => {
  it('neutralizes link, emphasis, code and line-start syntax', () => {
    expect(escapeMarkdown('[a](http://x)')).toBe('\\[a\\](http://x)');
    expect(escapeMarkdown('**b** _i_ ~s~ `c`')).toBe('\\*\\*b\\*\\* \\_i\\_ \\~s\\~ \\`c\\`');
    expect(escapeMarkdown('- a\n+ b\n1. c\n> d\n# e')).toBe('\\- a\n\\+ b\n1\\. c\n\\> d\n\\# e');
  });

  it('leaves ordinary prose alone', () => {
    expect(escapeMarkdown('Amazon ECS on AWS Fargate, 15 minutes; 10 GB.')).toBe(
      'Amazon ECS on AWS Fargate, 15 minutes; 10 GB.',
    );
  });
});
