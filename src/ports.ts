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

/**
 * Runs one turn's pure work (`step`: reading a description, planning, building cards). The composition
 * root's scheduler runs turns in short slices of the event loop, so a burst of long pasted messages
 * never holds it past a slice and health probes and acknowledgements are answered in between; the
 * default runs the work at once (tests, the command line).
 */
export type TurnScheduler = <T>(work: () => T) => Promise<T>;

export const runAtOnce: TurnScheduler = async (work) => work();

/**
 * Runs one turn's `step` off the event loop (the composition root's worker thread) when the event
 * carries a text long enough to be worth moving there; resolves what `step` returns, with the very
 * state object it was given when the turn left it unchanged. Undefined when it declines (a short
 * text, no text, no worker): the turn then runs in the TurnScheduler.
 */
export type OffLoopTurns = (
  state: ConversationState | undefined,
  event: CoreEvent,
) => Promise<readonly [ConversationState | undefined, Effect[]]> | undefined;

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
