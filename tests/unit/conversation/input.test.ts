import { describe, expect, it } from 'vitest';
import { TOPIC } from '../../../src/cards.js';
import {
  normalize,
  parseButton,
  typedAnswer,
  typedChange,
  typedCommand,
} from '../../../src/conversation-input.js';

describe('parseButton', () => {
  it.each([
    [
      { q: 'runtime', a: 'long' },
      { type: 'answer', q: 'runtime', a: 'long' },
    ],
    ['{"q":"runtime","a":"long","v":1}', { type: 'answer', q: 'runtime', a: 'long' }],
    [
      { q: 'compute', a: 'unsure' },
      { type: 'answer', q: 'compute', a: 'unsure' },
    ],
    [{ action: 'back' }, { type: 'nav', action: 'back' }],
    ['{"action":"share"}', { type: 'nav', action: 'share' }],
    [
      { action: 'change', q: 'ops' },
      { type: 'change', q: 'ops' },
    ],
  ])('reads %j', (value, expected) => {
    expect(parseButton(value)).toEqual(expected);
  });

  it.each([
    [{ q: 'runtime', a: 'forever' }],
    [{ q: 'colour', a: 'blue' }],
    [{ q: '__proto__', a: 'x' }],
    [{ action: 'delete_everything' }],
    [{ action: 'change', q: 'nope' }],
    ['{not json'],
    ['x'.repeat(5000)],
    [null],
    [42],
    [['runtime', 'long']],
    [{ q: 1, a: 2 }],
  ])('refuses %j', (value) => {
    expect(parseButton(value)).toEqual({ type: 'invalid' });
  });
});

describe('typed input', () => {
  it('normalizes case, spacing, quotes and punctuation', () => {
    expect(normalize('  "Not   Sure!" ')).toBe('not sure');
    expect(normalize('always_on')).toBe('always on');
  });

  it.each([
    ['runtime', '1', 'short'],
    ['runtime', ' 4 ', 'always_on'],
    ['runtime', '5', 'unsure'],
    ['runtime', 'More than 15 minutes', 'long'],
    ['runtime', 'more  THAN 15 minutes.', 'long'],
    ['runtime', 'always_on', 'always_on'],
    ['runtime', 'always on', 'always_on'],
    ['ops', 'minimal', 'minimal'],
    ['ops', 'Minimal: fully managed only', 'minimal'],
    ['latency', '2', 'sensitive'],
    ['latency', '3', 'unsure'],
    ['portability', 'aws only', 'aws_only'],
    ['state', 'skip', 'unsure'],
    ['state', "I don't know", 'unsure'],
  ] as const)('%s: "%s" → %s', (q, text, expected) => {
    expect(typedAnswer(q, text)).toBe(expected);
  });

  it.each([
    ['runtime', '0'],
    ['runtime', '6'],
    ['runtime', 'banana'],
    ['runtime', ''],
    ['latency', 'short'],
  ] as const)('%s: "%s" matches nothing', (q, text) => {
    expect(typedAnswer(q, text)).toBeUndefined();
  });

  it('reads commands and change requests', () => {
    expect(typedCommand('Back')).toBe('back');
    expect(typedCommand('start over')).toBe('restart');
    expect(typedCommand('help!')).toBe('help');
    expect(typedCommand('back to the drawing board')).toBeUndefined();
    expect(typedChange('change runtime', TOPIC)).toBe('runtime');
    expect(typedChange('Change run time', TOPIC)).toBe('runtime');
    expect(typedChange('change os control', TOPIC)).toBe('os_control');
    expect(typedChange('change the world', TOPIC)).toBeUndefined();
  });
});
