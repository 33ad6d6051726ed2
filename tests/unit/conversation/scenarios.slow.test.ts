// Every public scenario, interviewed from scratch and answered from its profile ("Not sure" where the
// profile is silent), must end with a primary in its `accept` list — through buttons (the Slack and
// Teams path) and through typed labels in the terminal adapter. Prints the average question count.
import { describe, expect, it } from 'vitest';
import { scenarios } from '../../support/card-samples.js';
import { chatInTerminal, chatWithButtons } from './scripted.js';

const all = scenarios();

describe('scripted interviews over the public scenarios', () => {
  it('end in an accepted primary, asking on average at most 6 questions (buttons)', async () => {
    const counts: number[] = [];
    for (const s of all) {
      const t = await chatWithButtons(s.answers);
      expect(t.primary, `${s.id}: ${t.asked.join(',')}`).toBeDefined();
      expect(s.accept, `${s.id} ended with ${t.primary}`).toContain(t.primary);
      expect(new Set(t.asked).size, `${s.id} asked a question twice`).toBe(t.asked.length);
      counts.push(t.asked.length);
    }
    const average = counts.reduce((a, b) => a + b, 0) / counts.length;
    console.log(
      `interview length over ${all.length} public scenarios: average ${average.toFixed(2)} questions of 10 ` +
        `(min ${Math.min(...counts)}, max ${Math.max(...counts)})`,
    );
    expect(average).toBeLessThanOrEqual(6);
  });

  it('end in an accepted primary when the interview starts from the scenario text', async () => {
    const counts: number[] = [];
    for (const s of all) {
      const t = await chatWithButtons(s.answers, s.text);
      expect(s.accept, `${s.id} ended with ${t.primary}`).toContain(t.primary);
      counts.push(t.asked.length);
    }
    const average = counts.reduce((a, b) => a + b, 0) / counts.length;
    console.log(`after a description: average ${average.toFixed(2)} further questions`);
  });

  it('reach the same result when answers are typed into the terminal adapter', async () => {
    for (const s of all) {
      const buttons = await chatWithButtons(s.answers);
      const typed = await chatInTerminal(s.answers);
      expect(typed.asked, s.id).toEqual(buttons.asked);
      expect(typed.output, s.id).toMatch(/^Recommendation: /m);
      expect(typed.output).not.toMatch(/didn't catch that/);
    }
  });
});
