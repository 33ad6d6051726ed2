// A write whose outcome the advisor never heard (the store timed out after it had applied it) is
// resolved before the user is told anything, and a platform's retry of that delivery is never
// applied a second time — to the question that came next.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../adapters/store/memory.js';
import { AdvisorError } from '../../../src/errors.js';
import type { Effect } from '../../../src/events.js';
import type { ConversationStore } from '../../../src/ports.js';
import { silentLogger } from '../../../src/ports.js';
import { createAdvisor } from '../../../src/service.js';

const at = 1_800_000_000_000;
const start = { type: 'start', userId: 'U1', at } as const;
const typed = (text: string) => ({ type: 'text', userId: 'U1', at: at + 1000, text }) as const;

interface Faults {
  /** The next compare-and-set lands, then reports a time-out (the client gave up first). */
  landThenTimeOut: boolean;
  /** Reads that fail after such a write (the store is still slow). */
  slowReadsAfter: number;
  /** Reads that fail from now on. */
  failingReads: number;
}

/** The real in-process store, with the faults of a slow Redis injected at the port. */
function slowStore(): ConversationStore & { faults: Faults } {
  const inner = createMemoryStore();
  const faults: Faults = { landThenTimeOut: false, slowReadsAfter: 0, failingReads: 0 };
  return {
    ...inner,
    faults,
    async get(key) {
      if (faults.failingReads > 0) {
        faults.failingReads--;
        throw new AdvisorError('store_unavailable', 'Command timed out');
      }
      return inner.get(key);
    },
    async compareAndSet(key, expected, value, ttl) {
      const written = await inner.compareAndSet(key, expected, value, ttl);
      if (faults.landThenTimeOut) {
        faults.landThenTimeOut = false;
        faults.failingReads = faults.slowReadsAfter;
        throw new AdvisorError('store_unavailable', 'Command timed out');
      }
      return written;
    },
  };
}

const pendingOf = async (store: ConversationStore) =>
  ((await store.get('k'))?.value as { pending?: string } | undefined)?.pending;
const answersOf = async (store: ConversationStore) =>
  ((await store.get('k'))?.value as { answers?: Record<string, string> } | undefined)?.answers ?? {};
const asksNext = (effects: Effect[]) => effects.some((e) => e.card.kind === 'question');
const says = (effects: Effect[]) => effects.map((e) => e.card.fallbackText).join('\n');

describe('a write that timed out but landed', () => {
  it('is found by re-reading, and the user gets the next question, not a "kept where it was" notice', async () => {
    const store = slowStore();
    const advisor = createAdvisor({ store, logger: silentLogger });
    await advisor.handle('k', start, { deliveryId: 'Ev0' });
    const first = await pendingOf(store);
    store.faults.landThenTimeOut = true;
    const effects = await advisor.handle('k', typed('1'), { deliveryId: 'Ev1' });
    expect(says(effects)).not.toMatch(/kept where it was/);
    expect(asksNext(effects)).toBe(true);
    expect(await pendingOf(store)).not.toBe(first);
  });

  it('when even the re-read fails, never tells the user it was kept, and the retry does not answer the next question', async () => {
    const store = slowStore();
    const advisor = createAdvisor({ store, logger: silentLogger });
    await advisor.handle('k', start, { deliveryId: 'Ev0' });
    const first = await pendingOf(store);
    store.faults.landThenTimeOut = true;
    store.faults.slowReadsAfter = 1;
    const unsure = await advisor.handle('k', typed('1'), { deliveryId: 'Ev1' });
    expect(unsure).toHaveLength(1);
    expect(says(unsure)).not.toMatch(/kept where it was/);

    const second = await pendingOf(store);
    expect(second).not.toBe(first);
    const answered = await answersOf(store);
    // Slack retries the same event id: the answer is already in, so nothing more is applied.
    await advisor.handle('k', typed('1'), { deliveryId: 'Ev1' });
    expect(await pendingOf(store)).toBe(second);
    expect(await answersOf(store)).toEqual(answered);
  });

  it('a write that truly failed is still reported as not recorded, and its retry applies once', async () => {
    const store = slowStore();
    const advisor = createAdvisor({ store, logger: silentLogger });
    await advisor.handle('k', start, { deliveryId: 'Ev0' });
    const first = await pendingOf(store);
    store.faults.failingReads = 1;
    const failed = await advisor.handle('k', typed('1'), { deliveryId: 'Ev1' });
    expect(says(failed)).toMatch(/trouble/i);
    expect(await pendingOf(store)).toBe(first);
    const retried = await advisor.handle('k', typed('1'), { deliveryId: 'Ev1' });
    expect(asksNext(retried)).toBe(true);
    expect(await pendingOf(store)).not.toBe(first);
  });
});
