// The extraction vocabulary is data validated at load: a cue that names an unknown option fails.
import { describe, expect, it } from 'vitest';
import { CUES, CueSchema, PRECEDENCE } from '../../../knowledge/vocabulary.js';
import { CUE_DATA } from '../../../knowledge/vocabulary-cues.js';
import { QUESTION_OPTIONS } from '../../../src/domain.js';
import { canonicalPhrase, phraseClashes, repeatedInCue } from '../../../src/text-phrases.js';

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

describe('one home per phrase', () => {
  it('no phrase gives a question an answer twice, in any word form', () => {
    const clashes = phraseClashes(CUE_DATA).map(
      (c) => `${c.kind}: ${c.question} "${c.phrase}" → ${c.answers}`,
    );
    expect(clashes).toEqual([]);
    expect(repeatedInCue(CUE_DATA)).toEqual([]);
  });

  it('finds a duplicate and a conflict, and counts word forms as one phrase', () => {
    const cues = [
      { w: 2 as const, sets: { traffic: 'bursty' }, phrases: ['sits idle', 'sitting idle'] },
      { w: 2 as const, sets: { traffic: 'steady' }, phrases: ['sits idle'] },
    ];
    expect(repeatedInCue(cues)).toEqual(['sitting idle']);
    expect(phraseClashes(cues).map((c) => c.kind)).toEqual(['conflict']);
  });

  it('matches a cue in another word form, unless the word is marked exact', () => {
    expect(canonicalPhrase('sitting idle')).toBe(canonicalPhrase('sits idle'));
    expect(canonicalPhrase('=sandboxing')).not.toBe(canonicalPhrase('sandbox'));
  });
});
