// Ports owned by the core (AGENTS.md). Stores and loggers in adapters/ implement them.
import type { ConversationState } from './conversation-state.js';
import type { CoreEvent, Effect } from './events.js';

/** A stored conversation: its JSON value and a version that grows by one on every write. */
export interface StoredRecord {
  value: unknown;
  version: number;
}

/**
 * A store whose backend cannot be reached throws AdvisorError `store_unavailable` (src/errors.ts);
 * the core turns it into a polite retry message.
 */
export interface ConversationStore {
  /** The record under `key`, or undefined when absent or expired. */
  get(key: string): Promise<StoredRecord | undefined>;
  /**
   * Write `value` under `key` only if the stored version is `expectedVersion` (0 = absent),
   * and (re)set its expiry to `ttlMs`. Returns the new version, or undefined when another writer
   * got there first. Never overwrites silently.
   */
  compareAndSet(
    key: string,
    expectedVersion: number,
    value: unknown,
    ttlMs: number,
  ): Promise<number | undefined>;
  delete(key: string): Promise<void>;
  /** True the first time `deliveryId` is claimed within `ttlMs`; false for a redelivery. */
  claimDelivery(deliveryId: string, ttlMs: number): Promise<boolean>;
  /** Forget a claim whose work failed, so that the platform's retry of that delivery is handled. */
  releaseDelivery(deliveryId: string): Promise<void>;
  /** Resolves when the store answers; rejects when it does not (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type LogFields = Record<string, unknown>;
export interface Logger {
  debug(fields: LogFields | string, msg?: string): void;
  info(fields: LogFields | string, msg?: string): void;
  warn(fields: LogFields | string, msg?: string): void;
  error(fields: LogFields | string, msg?: string): void;
  child(bindings: LogFields): Logger;
  /** False when lines at `level` are dropped, so a caller can skip building them (pino has it). */
  isLevelEnabled?(level: 'debug' | 'info' | 'warn' | 'error'): boolean;
}

/** What one turn's `step` returns: the next state (the very object it was given when the turn left
 * it unchanged: nothing to save) and the effects. */
export type TurnResult = readonly [ConversationState | undefined, Effect[]];

/**
 * Runs one turn's pure work (`step`: reading a description, planning, building cards) and resolves
 * what it returns. The core's default runs it at once (tests, the command line). The server's
 * (adapters/server/compose.ts) runs turns in short slices of the event loop, so that a burst of
 * messages never holds it past a slice and health probes and acknowledgements are answered in
 * between, and a turn with a long text in a worker thread, beside the loop.
 */
export type TurnRunner = (state: ConversationState | undefined, event: CoreEvent) => Promise<TurnResult>;

/** Where an event came from, for the metrics' `surface` label. */
export type Surface = 'slack' | 'teams';

/**
 * What the service and the adapters count. Implemented over prom-client in adapters/metrics/, so
 * the core records usage without knowing how (or whether) it is exported.
 */
export interface Metrics {
  interviewStarted(surface: Surface): void;
  recommendationShown(surface: Surface, kind: string, platform: string): void;
  /** Once per finished interview: how many questions were actually asked (not read from a description). */
  interviewFinished(questionsAsked: number): void;
  /** Event in → reply handed to the platform, measured by the adapter. */
  turnCompleted(surface: Surface, seconds: number): void;
  redeliveryIgnored(surface: Surface): void;
  storeError(): void;
}

export const noMetrics: Metrics = {
  interviewStarted() {},
  recommendationShown() {},
  interviewFinished() {},
  turnCompleted() {},
  redeliveryIgnored() {},
  storeError() {},
};

export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  child() {
    return silentLogger;
  },
};
