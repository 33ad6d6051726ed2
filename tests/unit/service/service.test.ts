// The advisor service: one event applied under compare-and-set, redeliveries handled once, and a
// store failure answered politely without losing the event for the platform's retry.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../adapters/store/memory.js';
import { AdvisorError } from '../../../src/errors.js';
import { type ConversationStore, silentLogger } from '../../../src/ports.js';
import { createAdvisor } from '../../../src/service.js';

const start = { type: 'start', userId: 'U1', at: 1_800_000_000_000 } as const;

/** The real in-process store, whose compare-and-set fails the first `failures` times. */
function flakyStore(failures: number): ConversationStore & { writes: number } {
  const inner = createMemoryStore();
  let left = failures;
  const store = {
    ...inner,
    writes: 0,
    async compareAndSet(key: string, expected: number, value: unknown, ttl: number) {
      if (left > 0) {
        left--;
        throw new AdvisorError('store_unavailable', 'connection refused');
      }
      store.writes++;
      return inner.compareAndSet(key, expected, value, ttl);
    },
  };
  return store;
}

describe('createAdvisor', () => {
  it('applies an event and saves the conversation', async () => {
    const store = createMemoryStore();
    const advisor = createAdvisor({ store, logger: silentLogger });
    const effects = await advisor.handle('k', start);
    expect(effects.some((e) => e.type === 'reply' && e.card.kind === 'question')).toBe(true);
    expect((await store.get('k'))?.version).toBe(1);
  });

  it('handles a delivery id once', async () => {
    const advisor = createAdvisor({ store: createMemoryStore(), logger: silentLogger });
    expect((await advisor.handle('k', start, { deliveryId: 'Ev1' })).length).toBeGreaterThan(0);
    expect(await advisor.handle('k', start, { deliveryId: 'Ev1' })).toEqual([]);
  });

  it('answers a store failure with the retry notice, and lets the retry of that delivery through', async () => {
    const store = flakyStore(1);
    const advisor = createAdvisor({ store, logger: silentLogger });
    const failed = await advisor.handle('k', start, { deliveryId: 'Ev2' });
    expect(failed).toHaveLength(1);
    expect(failed[0]?.type).toBe('private_notice');
    expect(failed[0]?.card.fallbackText).toMatch(/trouble/i);
    expect(await store.get('k')).toBeUndefined();
    const retried = await advisor.handle('k', start, { deliveryId: 'Ev2' });
    expect(retried.some((e) => e.type === 'reply' && e.card.kind === 'question')).toBe(true);
    expect(store.writes).toBe(1);
  });

  it('refuses an event that is not a CoreEvent politely', async () => {
    const advisor = createAdvisor({ store: createMemoryStore(), logger: silentLogger });
    for (const bad of [
      null,
      42,
      { type: 'start' },
      { type: 'nope', userId: 'U', at: 1 },
      { ...start, userId: '' },
    ]) {
      const effects = await advisor.handle('k', bad);
      expect(effects).toHaveLength(1);
      expect(effects[0]?.type).toBe('private_notice');
    }
  });
});
