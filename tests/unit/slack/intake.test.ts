// The Slack route admits payloads to Bolt one at a time and a few milliseconds' worth per turn of the
// event loop (adapters/slack/intake.ts).
import { describe, expect, it } from 'vitest';
import { createIntake } from '../../../adapters/slack/intake.js';

const busyFor = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // a payload's synchronous work
  }
};

describe('Slack intake', () => {
  it('lets a payload in at once when nothing is under way', () => {
    const intake = createIntake();
    let started = false;
    intake.admit((release) => {
      started = true;
      release();
    });
    expect(started).toBe(true);
  });

  it('lets the event loop turn between slices of a burst', async () => {
    const intake = createIntake(5);
    const order: string[] = [];
    let loopTurned = false;
    setImmediate(() => {
      loopTurned = true;
    });
    const done = new Promise<void>((resolve) => {
      for (let i = 0; i < 20; i++)
        intake.admit((release) => {
          order.push(loopTurned ? 'after' : 'before');
          busyFor(2);
          release();
          if (i === 19) resolve();
        });
    });
    await done;
    // 20 payloads of 2 ms cannot all fit in one 5 ms slice: some ran after the loop had turned.
    expect(order).toContain('before');
    expect(order).toContain('after');
    expect(order.indexOf('after')).toBeLessThan(20);
  });

  it('lets the next payload in when one is never acked', async () => {
    const intake = createIntake();
    intake.admit(() => undefined); // holds its turn and never gives it back
    const second = new Promise<void>((resolve) =>
      intake.admit((release) => {
        release();
        resolve();
      }),
    );
    await second;
  });
});
