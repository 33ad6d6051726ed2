// The server reads a few sample messages a second after start (adapters/server/warm-up.ts): they go
// through the core without error, and the event loop runs between them.
import { expect, it } from 'vitest';
import { warmUpCore } from '../../../adapters/server/warm-up.js';

it('reads every sample through the core, yielding to the event loop between samples', async () => {
  let turnsOfTheLoop = 0;
  let counting = true;
  const count = () => {
    turnsOfTheLoop++;
    if (counting) setImmediate(count);
  };
  setImmediate(count);
  const samples = await warmUpCore();
  counting = false;
  expect(samples).toBeGreaterThanOrEqual(5);
  // One sample per turn of the loop: the loop turned at least once for each.
  expect(turnsOfTheLoop).toBeGreaterThanOrEqual(samples - 1);
});
