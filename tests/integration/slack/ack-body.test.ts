// A slash command's first reply rides in the acknowledgement body when it is ready in time (one
// HTTP exchange for Slack instead of an ack plus a response_url POST); when the conversation store
// holds it past the budget, the command is acknowledged empty and the reply goes to the response_url.
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../adapters/store/memory.js';
import { type ConversationStore, silentLogger } from '../../../src/ports.js';
import type { FakeSlack, Json } from '../../support/fake-slack.js';
import { startSlackHarness } from '../../support/slack-app.js';
import { firstBlockId, isQuestion, type SlackDriver } from '../../support/slack-client.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function start(store?: ConversationStore): Promise<{ fake: FakeSlack; slack: SlackDriver }> {
  const h = await startSlackHarness({}, silentLogger, store);
  closers.push(() => h.close());
  return h;
}

/** The in-process store, except that reads wait until the test opens the gate. */
function gatedStore(): { store: ConversationStore; open(): void } {
  const inner = createMemoryStore();
  let open!: () => void;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const store: ConversationStore = {
    get: async (key) => {
      await gate;
      return inner.get(key);
    },
    compareAndSet: (key, version, value, ttl) => inner.compareAndSet(key, version, value, ttl),
    delete: (key) => inner.delete(key),
    claimDelivery: (id, ttl) => inner.claimDelivery(id, ttl),
    releaseDelivery: (id) => inner.releaseDelivery(id),
    ping: () => inner.ping(),
    close: () => inner.close(),
  };
  return { store, open };
}

describe('/virt answered in the acknowledgement', () => {
  it('puts the first reply in the ack body as an ephemeral message', async () => {
    const { slack } = await start();
    const started = await slack.send(
      slack.slashBody({ id: 'U0ACK' }, 'C0ACK', '', 'http://127.0.0.1:9/unused'),
      'application/x-www-form-urlencoded',
    );
    expect(started.status).toBe(200);
    const body = JSON.parse(started.body) as Json;
    expect(body.response_type).toBe('ephemeral');
    expect(body.replace_original).toBeUndefined();
    expect(Array.isArray(body.blocks) && body.blocks.length > 0).toBe(true);

    const help = JSON.parse(
      (
        await slack.send(
          slack.slashBody({ id: 'U0ACK' }, 'C0ACK', 'help', 'http://127.0.0.1:9/unused'),
          'application/x-www-form-urlencoded',
        )
      ).body,
    ) as Json;
    expect(String((help.blocks as Json[])[0]?.block_id)).toBe('help');
  });

  it('acks empty and answers through the response_url when the reply is late', async () => {
    const { store, open } = gatedStore();
    const { fake, slack } = await start(store);
    const url = fake.responseUrl();
    const id = url.split('/').pop();
    const started = await slack.send(
      slack.slashBody({ id: 'U0LATE' }, 'C0LATE', '', url),
      'application/x-www-form-urlencoded',
    );
    expect(started.status).toBe(200);
    expect(started.body).toBe('');
    open();
    const reply = await fake.waitFor(() =>
      slack.messages().find((m) => m.responseUrlId === id && (isQuestion(m) || firstBlockId(m) !== '')),
    );
    expect(reply.ephemeral).toBe(true);
  });
});
