// The terminal adapter: text rendering, numbered buttons, line translation, EOF and quit.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../adapters/store/memory.js';
import { lineToEvent, renderText, runTerminal } from '../../../adapters/terminal/index.js';
import type { Card, Choice } from '../../../src/card.js';
import { silentLogger } from '../../../src/ports.js';
import { createAdvisor } from '../../../src/service.js';

const card: Card = {
  kind: 'question',
  fallbackText: 'q',
  elements: [
    { type: 'header', id: 'question:latency', text: 'Title' },
    { type: 'text', text: 'Body \u001b[2Jcleared?', muted: true },
    { type: 'fields', fields: [{ label: 'Best fit', value: 'Containers' }] },
    {
      type: 'choices',
      id: 'a',
      choices: [
        { label: 'One', value: { q: 'latency', a: 'tolerant' } },
        { label: 'Two', value: { action: 'back' } },
      ],
    },
    { type: 'links', links: [{ title: 'Doc', url: 'https://docs.aws.amazon.com/x' }] },
    { type: 'divider' },
    { type: 'context', text: 'hint' },
  ],
};

async function session(lines: string, interactive = false): Promise<string> {
  const advisor = createAdvisor({ store: createMemoryStore(), logger: silentLogger });
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (d: Buffer) => {
    text += d.toString();
  });
  input.end(lines);
  let at = 0;
  await runTerminal({ advisor, input, output, interactive, clock: { now: () => (at += 1000) } });
  return text;
}

describe('renderText', () => {
  it('renders every element as plain text, numbers buttons from firstNumber, escapes control characters', () => {
    const text = renderText(card, { firstNumber: 3 });
    expect(text).toBe(
      'Title\n=====\n(Body \\x1b[2Jcleared?)\nBest fit: Containers\n  3) One\n  4) Two\nSources:\n  - Doc: https://docs.aws.amazon.com/x\n' +
        `${'-'.repeat(40)}\n  hint\n`,
    );
    expect(renderText(card, { showChoices: false })).not.toMatch(/\d\) /);
    expect(renderText(card, { numbered: false })).toMatch(/^ {2}\[One\] \[Two\]$/m);
  });
});

describe('lineToEvent', () => {
  const one: Choice = { label: 'One', value: { q: 'latency', a: 'tolerant' } };
  const change: Choice = { label: 'Change run time', value: { action: 'change', q: 'runtime' } };
  const buttons = { numbered: [one], all: [change, one] };
  it.each([
    ['1', { type: 'button', value: { q: 'latency', a: 'tolerant' } }],
    ['7', { type: 'text', text: '7' }],
    ['change  RUN time', { type: 'button', value: { action: 'change', q: 'runtime' } }],
    ['start', { type: 'start' }],
    ['start: nightly ETL on 64 GB', { type: 'start', text: 'nightly ETL on 64 GB' }],
    ['start over', { type: 'text', text: 'start over' }],
    ['ask what is Fargate?', { type: 'ask', text: 'what is Fargate?' }],
    ['  not sure ', { type: 'text', text: 'not sure' }],
  ])('%j', (line, expected) => {
    expect(lineToEvent(line, buttons, 'u', 5)).toEqual({ userId: 'u', at: 5, ...expected });
  });
  it('ignores blank lines', () => {
    expect(lineToEvent('   ', buttons, 'u', 5)).toBeUndefined();
  });
});

describe('runTerminal', () => {
  it('runs an interview from piped lines and stops at EOF', async () => {
    const out = await session('start\n1\nback\nnot sure\n');
    expect(out).toMatch(/^Virt Advisor\n=+$/m);
    expect(out).toMatch(/^✓ .+ — /m);
    expect(out.match(/Question 1 of about/g)?.length).toBe(2); // asked, then asked again after back
  });

  it('greets first when interactive, stops at quit, and says goodbye', async () => {
    const out = await session('quit\nstart\n', true);
    expect(out).toMatch(/^Virt Advisor in the terminal/);
    expect(out).toMatch(/Question 1 of about/);
    expect(out.match(/Question 1 of about/g)?.length).toBe(1); // the start after quit never ran
    expect(out).toMatch(/Bye\.\n$/);
  });

  it('answers questions and reads descriptions typed at the prompt', async () => {
    const out = await session(
      'ask how much memory can a Lambda function have?\nstart nightly batch job that runs 3 hours on 64 GB\n',
    );
    expect(out).toMatch(/^Sources:$/m);
    expect(out).toMatch(/^I read: .*correct me if not\.$/m);
    expect(out).toMatch(/^ {2}\[Change run time\]/m);
    expect(out).toMatch(/^ {2}1\) /m);
  });
});
