// The extraction vocabulary is data validated at load: a cue that names an unknown option fails.
import { describe, expect, it } from 'vitest';
import { CUES, CueSchema, PRECEDENCE } from '../../../knowledge/vocabulary.js';
import { QUESTION_OPTIONS } from '../../../src/domain.js';

describe('knowledge/vocabulary', () => {
  it('loads every cue', () => {
    expect(CUES.length).toBeGreaterThan(20);
  });

  it('refuses a cue with an unknown option or a malformed phrase', () => {
    expect(CueSchema.safeParse({ phrases: ['gpu'], sets: { compute: 'huge' }, w: 3 }).success).toBe(false);
    expect(CueSchema.safeParse({ phrases: ['gpu'], sets: { nonsense: 'x' }, w: 3 }).success).toBe(false);
    expect(CueSchema.safeParse({ phrases: ['GPU  x'], sets: { compute: 'special' }, w: 3 }).success).toBe(
      false,
    );
    expect(CueSchema.safeParse({ phrases: ['gpu'], sets: { compute: 'special' }, w: 3 }).success).toBe(true);
  });

  it('orders every option of every question for tie-breaking', () => {
    for (const [q, options] of Object.entries(QUESTION_OPTIONS)) {
      expect([...(PRECEDENCE[q] ?? [])].sort()).toEqual([...options].sort());
    }
  });
});
