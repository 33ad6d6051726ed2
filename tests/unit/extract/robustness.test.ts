// Hostile or odd input never throws and returns promptly: 100 KB strings built to provoke regex
// backtracking, emoji, other scripts, markup, control characters, lone surrogates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenarios } from '../../../scripts/eval-sets.js';
import { ProfileSchema } from '../../../src/domain.js';
import { EXTRACT_MAX_CHARS, extract, extractDetailed, looksLikeQuestion } from '../../../src/extract.js';
import { adversarialInputs } from './adversarial.js';
import { neverThrows } from './never-throws.js';

describe('extract on adversarial input', () => {
  // How long these take is measured in bench/core.ts, never asserted here.
  it('gives a valid profile and short evidence for every 100 KB adversarial string', () => {
    for (const input of adversarialInputs()) {
      const result = extract(input);
      looksLikeQuestion(input);
      expect(ProfileSchema.safeParse(result.answers).success).toBe(true);
      for (const ev of Object.values(result.evidence)) expect(ev.length).toBeLessThan(500);
    }
  });

  it('reads only the first EXTRACT_MAX_CHARS characters and says so', () => {
    const long = `${'filler words here. '.repeat(EXTRACT_MAX_CHARS / 10)} it needs a GPU`;
    const result = extractDetailed(long);
    expect(result.truncated).toBe(true);
    expect(result.answers.compute).toBeUndefined();
    expect(extractDetailed('it needs a GPU').truncated).toBe(false);
  });

  it('gives nothing for empty, emoji-only or foreign-script text', () => {
    for (const text of ['', '   ', '🚀🔥', '日本語のテキストです', 'مرحبا بالعالم']) {
      expect(extract(text)).toEqual({ answers: {}, evidence: {}, details: {} });
      expect(looksLikeQuestion(text)).toBe(false);
    }
  });

  it('still reads a description wrapped in markup and emoji', () => {
    const { answers } = extract('<b>🚀 Our job</b> runs *nightly* for ~3 hours (needs `64 GB` RAM) 🔥');
    expect(answers).toMatchObject({ traffic: 'scheduled', runtime: 'long', compute: 'large' });
  });

  it('never throws on arbitrary strings (property; 300 runs in robustness.slow.test.ts)', () => {
    fc.assert(neverThrows, { numRuns: 40 });
  });

  it('reads the same answers when a description is wrapped in greetings, mentions and emoji', () => {
    for (const s of loadScenarios()) {
      const plain = extract(s.text).answers;
      expect(extract(`<@U123ABC> hi team 👋\n> ${s.text}\nthanks! 🙏`).answers, s.id).toEqual(plain);
    }
  });

  it('tolerates a non-string at runtime', () => {
    expect(extract(undefined as unknown as string)).toEqual({ answers: {}, evidence: {}, details: {} });
    expect(looksLikeQuestion(42 as unknown as string)).toBe(false);
  });
});
