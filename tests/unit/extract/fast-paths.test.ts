// The readers' fast paths against the plain versions they replace, on random input: a long message
// must not hold the event loop, and none of the shortcuts that keep it short may change a reading.
// - the tokenizer cuts words out of the text (reference: built a character at a time);
// - cue phrases are looked up by their first two words (reference: every phrase at every position);
// - typo correction compares a word with index terms of a near length (reference: with every term),
//   in reused rows of numbers (reference: rows allocated for each comparison);
// - a number in digits is read by character codes (reference: a regex);
// - a quote is tidied only when it has whitespace to tidy (reference: a regex every time).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUES } from '../../../knowledge/vocabulary.js';
import { phrasesAt, tidy } from '../../../src/extract-cues.js';
import { buildIndex, type Index, typoCorrections } from '../../../src/retrieval.js';
import { editDistance, typoAllowance } from '../../../src/text-fuzzy.js';
import { readNumber } from '../../../src/text-numbers.js';
import { canonicalPhrase } from '../../../src/text-phrases.js';
import { stem } from '../../../src/text-stem.js';
import { BOUNDARY, type Token, tokenize } from '../../../src/text-tokens.js';
import { referenceTokens } from '../../support/tokenize-reference.js';

const RUNS = { numRuns: 2_000 };

describe('the tokenizer', () => {
  // Characters that take every branch: ASCII and other letters, digits glued to units, digit groups,
  // decimal points, apostrophes, clause marks, clock times, "24/7", astral and combining characters.
  const piece = fc.oneof(
    fc.constantFrom(
      ..."aZz09 5,.'’ʼ:;/x7-ΣσςİÉé漢😀\n|()—–•?!\t",
      '24',
      '02',
      'ΟΔΟΣ',
      'k8s',
      '1,000',
      '2.5',
      "don't",
      'e\u0301',
      '\ud800',
      'ﬁ',
      'Ⅻ',
    ),
    fc.string({ maxLength: 6 }),
  );
  const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

  it('gives the same tokens as building each word a character at a time', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(tokenize(t)).toEqual({ ...referenceTokens(t), truncated: false });
      }),
      RUNS,
    );
  });

  it('agrees on the longest words kept and on text past the cap', () => {
    for (const t of ['x'.repeat(48), 'x'.repeat(49), 'É'.repeat(48), 'É'.repeat(49), "don't ".repeat(9)])
      expect(tokenize(t).tokens).toEqual(referenceTokens(t).tokens);
    const long = '9,999 ΟΔΟΣ '.repeat(3_000);
    expect(tokenize(long).tokens).toEqual(referenceTokens(long).tokens);
  });
});

describe('cue phrases', () => {
  // Every phrase in vocabulary order, as it was matched before the index: pattern by pattern.
  const PHRASES = CUES.flatMap((cue) => cue.phrases.map((p) => canonicalPhrase(p).split(' ')));
  const wordMatches = (pattern: string, tokens: readonly Token[], stems: readonly string[], i: number) => {
    const word = tokens[i]?.t;
    if (word === undefined || word === BOUNDARY) return false;
    if (pattern === '_') return true;
    if (pattern.endsWith('*')) return word.startsWith(pattern.slice(0, -1));
    if (pattern.startsWith('=')) return pattern.slice(1) === word;
    return pattern === stems[i];
  };
  // Phrases starting with a word are read first, then those starting with a prefix ("patch*"), then
  // those starting with any word; each in vocabulary order.
  const rank = (words: readonly string[]): number =>
    words[0] === '_' || (words[0]?.endsWith('*') && (words[0]?.length ?? 0) <= 3)
      ? 2
      : words[0]?.endsWith('*')
        ? 1
        : 0;
  const everyPhraseAt = (tokens: readonly Token[], stems: readonly string[], i: number): number[] =>
    PHRASES.flatMap((words, order) =>
      words.every((w, k) => wordMatches(w, tokens, stems, i + k)) ? [order] : [],
    ).sort((a, b) => rank(PHRASES[a] ?? []) - rank(PHRASES[b] ?? []) || a - b);

  // Texts made of the vocabulary's own words and phrases (wildcards filled in), with negations and
  // clause marks between them.
  const words = [...new Set(CUES.flatMap((cue) => cue.phrases.flatMap((p) => p.split(' '))))].flatMap((w) =>
    w === '_' ? ['thing'] : [w.replace('=', '').replace('*', ''), w.replace('*', 'ing')],
  );
  const phrases = CUES.flatMap((cue) => cue.phrases.map((p) => p.replace(/[*=]/g, '').replace(/_/g, 'x')));
  const text = fc
    .array(
      fc.oneof(fc.constantFrom(...words), fc.constantFrom(...phrases), fc.constantFrom('no', 'not', ',')),
      {
        maxLength: 30,
      },
    )
    .map((parts) => parts.join(' '));

  it('found through the index are every phrase that matches, in the order they are read', () => {
    let found = 0;
    fc.assert(
      fc.property(text, (t) => {
        const { tokens } = tokenize(t);
        const stems = tokens.map((tok) => (tok.t === BOUNDARY ? tok.t : stem(tok.t)));
        for (let i = 0; i < tokens.length; i++) {
          if ((tokens[i] as Token).t === BOUNDARY) continue;
          const orders = phrasesAt(tokens, stems, i).map((p) => p.order);
          expect(orders).toEqual(everyPhraseAt(tokens, stems, i));
          found += orders.length;
        }
      }),
      RUNS,
    );
    // The texts are made of phrases: the comparison is not between two empty lists.
    expect(found).toBeGreaterThan(RUNS.numRuns);
  });
});

describe('typo correction', () => {
  // A small alphabet makes many terms a typo or two apart, of many lengths, with ties.
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e'), minLength: 1, maxLength: 12 });
  const corpus = fc.array(fc.array(word, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 12 });
  const everyTerm = (index: Index, w: string, s: string): string[] => {
    const allowance = typoAllowance(w);
    if (allowance === 0) return [];
    let best = allowance + 1;
    let bestTerms: string[] = [];
    for (const candidate of index.df.keys()) {
      const d = Math.min(editDistance(s, candidate, allowance), editDistance(w, candidate, allowance));
      if (d > allowance) continue;
      if (d < best) {
        best = d;
        bestTerms = [candidate];
      } else if (d === best) bestTerms.push(candidate);
    }
    return bestTerms.slice(0, 3);
  };

  it('looking only at terms of a near length finds what comparing with every term finds', () => {
    let corrected = 0;
    fc.assert(
      fc.property(corpus, fc.array(word, { maxLength: 10 }), (docs, queries) => {
        const index = buildIndex(
          docs.map((ws, i) => ({ id: `d${i}`, fields: [{ text: ws.join(' '), weight: 1 }] })),
        );
        for (const q of queries) {
          const expected = everyTerm(index, q, stem(q));
          expect(typoCorrections(index, q, stem(q))).toEqual(expected);
          corrected += expected.length;
        }
      }),
      RUNS,
    );
    expect(corrected).toBeGreaterThan(0);
  });
});

describe('numbers in digits', () => {
  const written = (t: string): number | undefined =>
    /^[0-9]{1,15}(\.[0-9]{1,6})?$/.test(t) ? Number(t) : undefined;
  const token = fc.string({
    unit: fc.constantFrom('0', '1', '5', '9', '.', 'x'),
    minLength: 1,
    maxLength: 24,
  });

  it('are read as the regex for a figure reads them', () => {
    fc.assert(
      fc.property(token, (t) => {
        expect(readNumber([{ t, start: 0, end: t.length }], 0)?.value).toBe(written(t));
      }),
      RUNS,
    );
    for (const t of ['1'.repeat(15), '1'.repeat(16), '1.123456', '1.1234567', '1.', '.5', '1.2.3'])
      expect(readNumber([{ t, start: 0, end: t.length }], 0)?.value).toBe(written(t));
  });
});

describe('quotes', () => {
  const quote = fc
    .array(
      fc.constantFrom(
        'a',
        'Z',
        '9',
        '.',
        ' ',
        '  ',
        '\t',
        '\n',
        '\u00a0',
        '\u2003',
        '\ufeff',
        'é',
        '函',
        '\u0001',
      ),
      {
        maxLength: 20,
      },
    )
    .map((parts) => parts.join(''));

  it('are tidied as collapsing every whitespace run and trimming tidies them', () => {
    fc.assert(
      fc.property(quote, (q) => {
        expect(tidy(q)).toBe(q.replace(/\s+/g, ' ').trim());
      }),
      RUNS,
    );
  });
});

describe('edit distance', () => {
  // Levenshtein with adjacent transpositions, each row a new array, as first written.
  const reference = (a: string, b: string, max: number): number => {
    if (a.length > 32 || b.length > 32) return max + 1;
    if (Math.abs(a.length - b.length) > max) return max + 1;
    let prev2: number[] = [];
    let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const cur: number[] = [i];
      let rowMin = i;
      for (let j = 1; j <= b.length; j++) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
          v = Math.min(v, (prev2[j - 2] as number) + 1);
        cur.push(v);
        if (v < rowMin) rowMin = v;
      }
      if (rowMin > max) return max + 1;
      prev2 = prev;
      prev = cur;
    }
    return prev[b.length] as number;
  };
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', '😀'), maxLength: 34 });

  it('is the distance the table with new rows gives, whatever was compared before', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, word, fc.integer({ min: 0, max: 3 })), { maxLength: 8 }),
        (pairs) => {
          for (const [a, b, max] of pairs) expect(editDistance(a, b, max)).toBe(reference(a, b, max));
        },
      ),
      RUNS,
    );
  });
});
