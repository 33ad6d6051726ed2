// The command line with hostile arguments and input: every refusal is one line naming what was
// wrong, exits 2, and never passes the input's control characters (ESC, BEL) on to the terminal.
// In-process, but for the inputs that are about the process itself (endless files, deep nesting).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { MAX_ANSWERS_BYTES } from '../../../adapters/cli/commands.js';
import { cli, cliBinary } from '../../support/cli.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const dir = mkdtempSync(join(tmpdir(), 'virt-hostile-cli-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const ESCAPES = '\u001b]0;pwned\u0007\u001b[2J\u001b[31m';

it.each([
  [
    'a file of terminal escapes as --answers',
    () => ['recommend', '--answers', `@${file('esc.json', ESCAPES)}`],
  ],
  ['an unknown option made of escapes', () => [`--${ESCAPES}`]],
  ['an unknown command made of escapes', () => [`bogus${ESCAPES}`]],
  ['a --format made of escapes', () => ['ask', 'x', '--format', ESCAPES]],
  ['a missing file whose name has escapes', () => ['recommend', '--answers', `@${dir}/${ESCAPES}`]],
])('%s: exit 2, one line, no control characters', async (_name, args) => {
  const run = await cli(args());
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/^advisor: [^\n]+\n$/);
  expect(run.stderr).not.toMatch(CONTROL);
  expect(run.stdout).toBe('');
});

it.each([
  ['deeply nested JSON', () => `@${file('deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`)}`],
  ['__proto__ as a question id', () => '{"__proto__":{"runtime":"long"}}'],
  ['constructor as a question id', () => '{"constructor":"long"}'],
  ['null', () => 'null'],
  ['a number', () => '42'],
  ['an array holding null', () => '[null]'],
])('recommend --answers with %s is refused in one line', async (_name, answers) => {
  const run = await cli(['recommend', '--answers', answers()]);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/^advisor: --answers[^\n]*\n$/);
  expect(run.stderr).not.toMatch(/\n\s+at /);
});

it('chat reading binary from standard input ends cleanly and echoes no control characters', async () => {
  // 8 KB: a few dozen junk lines, each a turn of the interview; more only repeats the same paths.
  const bytes = Buffer.alloc(8 * 1024);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
  const run = await cli(['chat'], bytes);
  expect(run.code).toBe(0);
  expect(run.stderr).toBe('');
  expect(run.stdout).not.toMatch(CONTROL);
});

// The real process: an endless device used to grow it to 17 GB, and a 50,000-deep object overflowed
// the stack into an "internal error" (exit 1).
it.each([
  ['an endless device (@/dev/zero)', () => '@/dev/zero', /larger than 1 MiB/],
  [
    'a file just over the size bound',
    () => `@${file('big.json', ' '.repeat(MAX_ANSWERS_BYTES + 1))}`,
    /larger than/,
  ],
  [
    'a 50,000-deep object',
    () => `@${file('deep-object.json', `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`)}`,
    /nested more than \d+ levels/,
  ],
])('recommend --answers with %s exits 2 with one line', async (_name, answers, message) => {
  const run = await cliBinary(['recommend', '--answers', answers()]);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/^advisor: --answers[^\n]*\n$/);
  expect(run.stderr).toMatch(message);
  expect(run.stdout).toBe('');
});
