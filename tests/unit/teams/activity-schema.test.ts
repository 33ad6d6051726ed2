// The route validates an activity once; botbuilder hands the bot that same object (parseInbound).
import { describe, expect, it } from 'vitest';
import { parseInbound } from '../../../adapters/teams/activity-schema.js';
import { message, personalChat } from '../../support/teams-activities.js';

describe('parseInbound', () => {
  it('validates an activity once and knows it again by identity', () => {
    const first = parseInbound(message(personalChat('schema'), 'http://127.0.0.1:1/', 'hello'));
    if (!first.success) throw new Error('a valid activity did not parse');
    const again = parseInbound(first.data);
    expect(again.success && again.data).toBe(first.data);
  });

  it('still refuses what does not parse, however often it is asked', () => {
    for (let i = 0; i < 2; i++) expect(parseInbound({ type: 'message' }).success).toBe(false);
    expect(parseInbound(null).success).toBe(false);
  });
});
