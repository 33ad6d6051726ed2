import { describe, expect, it } from 'vitest';
import { grouped } from '../../../knowledge/numbers.js';

describe('grouped figures', () => {
  it('writes every figure as en-US toLocaleString does', () => {
    const figures = [0, 7, 999, 1000, 10_240, 1_234_567, 1769.5, -2500, 0.25, 15.125];
    for (let i = 0; i < 2000; i++) figures.push(Math.floor(Math.random() * 10 ** (1 + (i % 12))));
    for (const v of figures)
      expect(grouped(v), String(v)).toBe(v.toLocaleString('en-US', { maximumFractionDigits: 3 }));
  });
});
