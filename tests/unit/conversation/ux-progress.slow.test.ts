// The "Question 3 of about 5" hint against what the interview really asks, over the public
// scenarios (buttons from scratch, and after their descriptions). Prints the measured error.
import { describe, expect, it } from 'vitest';
import { scenarios } from '../../support/card-samples.js';
import { chatWithButtons } from './scripted.js';

describe('progress hint', () => {
  it('stays close to the real length and does not jump up', async () => {
    const errors: number[] = [];
    let worstJump = 0;
    for (const s of scenarios()) {
      for (const text of [undefined, s.text]) {
        const t = await chatWithButtons(s.answers, text);
        const hints = t.effects.flatMap((e) =>
          e.card.elements.flatMap((x) => {
            const m = x.type === 'context' ? /Question (\d+) of about (\d+)/.exec(x.text) : null;
            return m ? [[Number(m[1]), Number(m[2])] as const] : [];
          }),
        );
        // Numbered by questions actually asked: 1, 2, 3 … with no gaps, whatever a description filled in.
        expect(hints.map(([n]) => n)).toEqual(t.asked.map((_, i) => i + 1));
        hints.forEach(([, about], i) => {
          errors.push(Math.abs(about - t.asked.length));
          if (i > 0) worstJump = Math.max(worstJump, about - (hints[i - 1]?.[1] ?? about));
        });
      }
    }
    const mean = errors.reduce((a, b) => a + b, 0) / errors.length;
    console.log(
      `progress hint: mean |about - actual| ${mean.toFixed(2)} over ${errors.length} cards; worst jump up ${worstJump}`,
    );
    expect(mean).toBeLessThanOrEqual(1.2);
    expect(worstJump).toBeLessThanOrEqual(2);
  });
});
