// When the conversation store is unreachable the Teams bot still answers politely (the core's
// notice), still greets a new install, and the HTTP side never fails with a 5xx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../adapters/store/memory.js';
import { AdvisorError } from '../../../src/errors.js';
import type { ConversationStore } from '../../../src/ports.js';
import { botAdded, cardId, cardOf, cardText, message, personalChat } from '../../support/teams-activities.js';
import { startTeamsHarness, type TeamsHarness } from '../../support/teams-server.js';

function unreachableStore(): ConversationStore {
  const down = async (): Promise<never> => {
    throw new AdvisorError('store_unavailable', 'connection refused (test)');
  };
  return {
    ...createMemoryStore(),
    get: down,
    compareAndSet: down,
    delete: down,
    claimDelivery: down,
    ping: down,
  };
}

let h: TeamsHarness;
beforeAll(async () => {
  h = await startTeamsHarness({}, unreachableStore());
});
afterAll(async () => {
  await h?.close();
});

describe('Teams with the conversation store down', () => {
  it('answers a message with the polite store notice', async () => {
    const res = await h.send(message(personalChat(), h.connector.serviceUrl, 'hi'));
    expect(res.status).toBe(200);
    expect(res.calls).toHaveLength(1);
    expect(cardText(cardOf(res.calls[0] as never))).toMatch(/trouble reaching my memory/i);
  });

  it('still greets a new install', async () => {
    const res = await h.send(botAdded(personalChat(), h.connector.serviceUrl));
    expect(res.status).toBe(200);
    expect(res.calls.map(cardId)).toEqual(['welcome']);
    expect(h.logs.some((l) => l.msg === 'could not record the welcome')).toBe(true);
  });
});
