import { describe, expect, it } from 'vitest';
import { createTurnScheduler } from '../../../adapters/server/turn-scheduler.js';

describe('turn scheduler', () => {
  it('lets the event loop run between slices: a callback queued by one turn runs before the next turn', async () => {
    // A zero-length slice ends after every turn, so the order is the same on any machine.
    const schedule = createTurnScheduler(0);
    const order: string[] = [];
    const turns = [1, 2, 3].map((n) =>
      schedule(() => {
        order.push(`turn ${n}`);
        if (n === 1) setImmediate(() => order.push('probe'));
        return n;
      }),
    );
    expect(await Promise.all(turns)).toEqual([1, 2, 3]);
    expect(order).toEqual(['turn 1', 'probe', 'turn 2', 'turn 3']);
  });

  it('runs many short turns in one slice, in the order they came', async () => {
    const schedule = createTurnScheduler(60_000);
    const order: string[] = [];
    const turns = Array.from({ length: 50 }, (_, i) =>
      schedule(() => {
        order.push(`turn ${i}`);
        if (i === 0) setImmediate(() => order.push('probe'));
      }),
    );
    await Promise.all(turns);
    await new Promise((resolve) => setImmediate(resolve));
    expect(order.slice(0, 50)).toEqual(Array.from({ length: 50 }, (_, i) => `turn ${i}`));
    expect(order.at(-1)).toBe('probe');
  });

  it('rejects the turn that throws and keeps running the others', async () => {
    const schedule = createTurnScheduler(0);
    const failing = schedule(() => {
      throw new Error('boom');
    });
    const fine = schedule(() => 'ok');
    await expect(failing).rejects.toThrow('boom');
    await expect(fine).resolves.toBe('ok');
    // The queue is empty and idle again: a later turn still runs.
    await expect(schedule(() => 'later')).resolves.toBe('later');
  });
});
