// The Metrics port over prom-client: the names and labels operators alert on, plus prom-client's
// process and Node.js defaults, in one registry per server (tests run several servers in a process).
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { Metrics } from '../../src/ports.js';

export interface PrometheusMetrics {
  metrics: Metrics;
  /** The Prometheus text exposition of every metric. */
  scrape(): Promise<string>;
  contentType: string;
}

export function createPrometheusMetrics(): PrometheusMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const started = new Counter({
    name: 'virt_interviews_started_total',
    help: 'Interviews started (or restarted), by surface.',
    labelNames: ['surface'] as const,
    registers,
  });
  const recommendations = new Counter({
    name: 'virt_recommendations_total',
    help: 'Recommendation cards shown, by surface, recommended kind and platform.',
    labelNames: ['surface', 'kind', 'platform'] as const,
    registers,
  });
  const questions = new Histogram({
    name: 'virt_questions_asked',
    help: 'Questions asked in each finished interview (answers read from a description not counted).',
    // An interview asks at most ten questions.
    buckets: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    registers,
  });
  const turns = new Histogram({
    name: 'virt_turn_duration_seconds',
    help: 'Time from an event arriving to its reply being handed to the platform, by surface.',
    labelNames: ['surface'] as const,
    // Slack wants an acknowledgement within 3 s; the buckets resolve around that bound.
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10],
    registers,
  });
  const redeliveries = new Counter({
    name: 'virt_redeliveries_ignored_total',
    help: 'Platform redeliveries recognised and not handled twice, by surface.',
    labelNames: ['surface'] as const,
    registers,
  });
  const storeErrors = new Counter({
    name: 'virt_store_errors_total',
    help: 'Turns that failed because the conversation store did not answer.',
    registers,
  });

  return {
    metrics: {
      interviewStarted: (surface) => started.inc({ surface }),
      recommendationShown: (surface, kind, platform) => recommendations.inc({ surface, kind, platform }),
      interviewFinished: (count) => questions.observe(count),
      turnCompleted: (surface, seconds) => turns.observe({ surface }, seconds),
      redeliveryIgnored: (surface) => redeliveries.inc({ surface }),
      storeError: () => storeErrors.inc(),
    },
    scrape: () => registry.metrics(),
    contentType: registry.contentType,
  };
}
