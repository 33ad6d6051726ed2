// The advisor runtime: load a conversation, run the pure state machine, save it with
// compare-and-set, and hand the effects back to the adapter. This is the only place where
// the core touches a store, so every adapter gets the same ordering and failure behaviour.
//
// A platform delivery (Slack event_id, Teams activity id) is applied at most once. The claim on its
// id stops a concurrent redelivery; the id is also written into the conversation by the same
// compare-and-set that applies it, so a write whose reply was lost (the store timed out after doing
// it) is recognised when the delivery comes back, and never applied again to the next question.
import { ConversationState, step } from './conversation.js';
import { errorMessage, isAdvisorError } from './errors.js';
import { CoreEvent, type Effect } from './events.js';
import { NOTICES } from './notice.js';
import {
  type ConversationStore,
  type Logger,
  type Metrics,
  noMetrics,
  type StoredRecord,
  type Surface,
  type TurnRunner,
} from './ports.js';
import { recordTurn } from './service-metrics.js';

const DEFAULT_IDLE_TTL_MS = 24 * 60 * 60 * 1000;
/** Slack retries for up to ~6 minutes, Teams redelivers after 15 s; keep delivery ids for 10 minutes. */
const DELIVERY_TTL_MS = 10 * 60 * 1000;
const MAX_ATTEMPTS = 8;
/** Delivery ids remembered inside a conversation: a redelivery comes back within a few turns. */
const APPLIED_KEPT = 8;

export interface AdvisorOptions {
  store: ConversationStore;
  logger: Logger;
  /** Idle time after which an interview expires (default 24 hours). */
  idleTtlMs?: number;
  /** Usage figures (interviews, recommendations, redeliveries, store errors); none by default. */
  metrics?: Metrics;
  /** Where each turn's pure work runs (ports.ts); at once by default. */
  runTurn?: TurnRunner;
}

const runAtOnce: TurnRunner = async (state, event) => step(state, event);

interface HandleOptions {
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

/**
 * What is stored under a conversation key: the state, plus the ids of the last deliveries applied
 * to it (`applied`), which belong to the service, not to the state machine.
 */
type Stored = ConversationState & { applied?: string[] };

function appliedOf(record: StoredRecord | undefined): string[] {
  const applied = (record?.value as { applied?: unknown } | null | undefined)?.applied;
  return Array.isArray(applied) ? applied.filter((id): id is string => typeof id === 'string') : [];
}

/** Thrown when a write may or may not have happened and a re-read could not tell. */
class OutcomeUnknown {
  constructor(readonly cause: unknown) {}
}

export function createAdvisor(options: AdvisorOptions): Advisor {
  const { store, logger } = options;
  const ttl = options.idleTtlMs ?? DEFAULT_IDLE_TTL_MS;
  const metrics = options.metrics ?? noMetrics;
  const runTurn = options.runTurn ?? runAtOnce;

  function stateOf(key: string, record: StoredRecord | undefined): ConversationState | undefined {
    if (!record) return undefined;
    const { applied: _applied, ...value } = (record.value ?? {}) as Stored;
    const parsed = ConversationState.safeParse(value);
    if (parsed.success) return parsed.data;
    logger.warn({ key }, 'stored conversation did not parse; starting afresh');
    return undefined;
  }

  /**
   * A compare-and-set that failed without an answer may still have been applied (Redis ran it after
   * the client stopped waiting). A read on the same connection runs after it, so it tells: the new
   * version with this write's content means it landed. Resolves the new version or undefined (it did
   * not land); throws OutcomeUnknown when the read fails too.
   */
  async function writeOutcome(key: string, expected: number, json: string, failure: unknown) {
    let after: StoredRecord | undefined;
    try {
      after = await store.get(key);
    } catch {
      throw new OutcomeUnknown(failure);
    }
    return after?.version === expected + 1 && JSON.stringify(after.value) === json
      ? after.version
      : undefined;
  }

  async function applyOnce(
    key: string,
    event: CoreEvent,
    deliveryId: string | undefined,
    surface: Surface | undefined,
  ): Promise<Effect[]> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const record = await store.get(key);
      const applied = appliedOf(record);
      if (deliveryId !== undefined && applied.includes(deliveryId)) {
        // An earlier attempt of this delivery was applied, though its sender never heard so.
        logger.info({ key, deliveryId }, 'delivery already applied; not applying it again');
        return [];
      }
      const state = stateOf(key, record);
      const [next, effects] = await runTurn(state, event);
      if (next === state) return effects; // nothing to save (questions, notices)
      const expected = record?.version ?? 0;
      if (next === undefined) {
        if (record) await store.delete(key);
        return effects;
      }
      const value: Stored = {
        ...next,
        applied: deliveryId === undefined ? applied : [...applied, deliveryId].slice(-APPLIED_KEPT),
      };
      let written: number | undefined;
      try {
        written = await store.compareAndSet(key, expected, value, ttl);
      } catch (error) {
        if (!isAdvisorError(error, 'store_unavailable')) throw error;
        written = await writeOutcome(key, expected, JSON.stringify(value), error);
        if (written === undefined) throw error;
        logger.warn({ key, err: error.message }, 'a write reported as failed had landed; carrying on');
      }
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
        return await applyOnce(key, parsed.data, deliveryId, surface);
      } catch (error) {
        // Let the platform's retry of this delivery through (best effort — the store may be the thing
        // that failed). Safe even when the write may have landed: the id inside the conversation
        // stops it being applied twice.
        if (claimed && deliveryId !== undefined) await store.releaseDelivery(deliveryId).catch(() => {});
        if (error instanceof OutcomeUnknown) {
          metrics.storeError();
          logger.warn({ key, err: errorMessage(error.cause) }, 'conversation store did not confirm a write');
          return [{ type: 'private_notice', card: NOTICES.storeUnsure() }];
        }
        if (isAdvisorError(error, 'store_unavailable')) {
          metrics.storeError();
          logger.warn({ key, err: error.message }, 'conversation store unavailable');
          return [{ type: 'private_notice', card: NOTICES.storeTrouble() }];
        }
        logger.error({ key, err: errorMessage(error) }, 'advisor failed');
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
