// The advisor runtime: load a conversation, run the pure state machine, save it with
// compare-and-set, and hand the effects back to the adapter. This is the only place where
// the core touches a store, so every adapter gets the same ordering and failure behaviour.
import { ConversationState, step } from './conversation.js';
import { CoreEvent, type Effect } from './events.js';
import { NOTICES } from './notice.js';
import {
  type ConversationStore,
  type Logger,
  type Metrics,
  noMetrics,
  StoreUnavailableError,
  type Surface,
} from './ports.js';
import { recordTurn } from './service-metrics.js';

const DEFAULT_IDLE_TTL_MS = 24 * 60 * 60 * 1000;
/** Slack retries for up to ~6 minutes, Teams redelivers after 15 s; keep delivery ids for 10 minutes. */
const DELIVERY_TTL_MS = 10 * 60 * 1000;
const MAX_ATTEMPTS = 8;

export interface AdvisorOptions {
  store: ConversationStore;
  logger: Logger;
  /** Idle time after which an interview expires (default 24 hours). */
  idleTtlMs?: number;
  /** Usage figures (interviews, recommendations, redeliveries, store errors); none by default. */
  metrics?: Metrics;
}

export interface HandleOptions {
  /** A platform delivery id (Slack event_id, Teams conversation+activity id): handled at most once. */
  deliveryId?: string;
  /** Which platform the event came from; turns without one are not counted in the metrics. */
  surface?: Surface;
}

export interface Advisor {
  /** Apply one event to the conversation under `key`; resolves to what the adapter should do. Never rejects. */
  handle(key: string, event: unknown, options?: HandleOptions): Promise<Effect[]>;
  /** True the first time a delivery id is seen (for adapters that dedupe before they know the key). */
  claimDelivery(deliveryId: string): Promise<boolean>;
  ready(): Promise<boolean>;
}

export function createAdvisor(options: AdvisorOptions): Advisor {
  const { store, logger } = options;
  const ttl = options.idleTtlMs ?? DEFAULT_IDLE_TTL_MS;
  const metrics = options.metrics ?? noMetrics;

  async function applyOnce(key: string, event: CoreEvent, surface?: Surface): Promise<Effect[]> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const record = await store.get(key);
      let state: ConversationState | undefined;
      if (record) {
        const parsed = ConversationState.safeParse(record.value);
        if (parsed.success) state = parsed.data;
        else logger.warn({ key }, 'stored conversation did not parse; starting afresh');
      }
      const [next, effects] = step(state, event);
      if (next === state) return effects; // nothing to save (questions, notices)
      const expected = record?.version ?? 0;
      if (next === undefined) {
        if (record) await store.delete(key);
        return effects;
      }
      const written = await store.compareAndSet(key, expected, next, ttl);
      if (written !== undefined) {
        recordTurn(metrics, surface, state, next, effects);
        return effects;
      }
      // Another writer (a double click, another replica) got there first: re-read and apply on top.
      logger.debug({ key, attempt }, 'conversation changed under us; retrying on the new state');
    }
    return [{ type: 'private_notice', card: NOTICES.busy() }];
  }

  return {
    async handle(key, rawEvent, handleOptions = {}) {
      const parsed = CoreEvent.safeParse(rawEvent);
      if (!parsed.success) {
        logger.warn({ key, issues: parsed.error.issues.length }, 'refused an invalid core event');
        return [{ type: 'private_notice', card: NOTICES.invalidEvent() }];
      }
      const { deliveryId, surface } = handleOptions;
      let claimed = false;
      try {
        if (deliveryId !== undefined) {
          claimed = await store.claimDelivery(deliveryId, DELIVERY_TTL_MS);
          if (!claimed) {
            logger.info({ key, deliveryId }, 'redelivery ignored');
            if (surface) metrics.redeliveryIgnored(surface);
            return [];
          }
        }
        return await applyOnce(key, parsed.data, surface);
      } catch (error) {
        // The event was not applied: let the platform's retry of this delivery through (best effort —
        // the store may be the thing that failed).
        if (claimed && deliveryId !== undefined) await store.releaseDelivery(deliveryId).catch(() => {});
        if (error instanceof StoreUnavailableError) {
          metrics.storeError();
          logger.warn({ key, err: error.message }, 'conversation store unavailable');
          return [{ type: 'private_notice', card: NOTICES.storeTrouble() }];
        }
        logger.error({ key, err: error instanceof Error ? error.message : String(error) }, 'advisor failed');
        return [{ type: 'private_notice', card: NOTICES.internal() }];
      }
    },
    async claimDelivery(deliveryId) {
      return store.claimDelivery(deliveryId, DELIVERY_TTL_MS);
    },
    async ready() {
      try {
        await store.ping();
        return true;
      } catch {
        return false;
      }
    },
  };
}
