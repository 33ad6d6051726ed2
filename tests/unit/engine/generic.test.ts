// The engine holds no workload rules of its own: feed it different knowledge and the answers follow.
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE, type Knowledge, validateKnowledge } from '../../../knowledge/index.js';
import { createEngine, type KindEvaluation } from '../../../src/engine.js';

const variant = (change: (k: Knowledge) => void): Knowledge => {
  const k = structuredClone(KNOWLEDGE);
  change(k);
  return validateKnowledge(k);
};

describe('createEngine over other knowledge', () => {
  it('a new blocker in the data blocks the kind, with its message', () => {
    const engine = createEngine(
      variant((k) => {
        k.blockers.push({
          id: 'serverless-no-ops-test',
          kind: 'serverless',
          when: { ops: ['minimal'] },
          facts: ['lambda-maintenance'],
          message: 'Test blocker.',
        });
      }),
    );
    const rec = engine.recommend({ runtime: 'short', traffic: 'bursty', ops: 'minimal' });
    expect(rec.primary).not.toBe('serverless');
    expect(rec.ranking.at(-1)).toEqual({
      kind: 'serverless',
      score: expect.any(Number),
      blockers: ['Test blocker.'],
    });
  });

  it('weights come from the data: without preferences the tie-break order decides', () => {
    const engine = createEngine(
      variant((k) => {
        k.preferences = [k.preferences[0] as Knowledge['preferences'][number]];
        k.scoring.tieBreak = ['vm', 'container', 'serverless'];
      }),
    );
    expect(engine.recommend({ runtime: 'medium' }).primary).toBe('vm');
    const evals: KindEvaluation[] = engine.evaluate({ runtime: 'medium' });
    expect(evals.map((e) => e.raw)).toEqual([50, 50, 50]);
  });

  it('defaults come from the data and are listed as assumptions', () => {
    const engine = createEngine(
      variant((k) => {
        k.defaults = { ...k.defaults, latency: 'sensitive' };
      }),
    );
    expect(engine.defaults.latency).toBe('sensitive');
    expect(engine.recommend({}).assumptions).toContainEqual({ question: 'latency', assumed: 'sensitive' });
  });

  it('falls back to the kind description and service list when the data has no matching entry', () => {
    const engine = createEngine(
      variant((k) => {
        k.rationale = k.rationale.filter((r) => !(r.kind === 'vm' && r.axis === 'maintenance'));
        k.services = k.services.filter((s) => s.kind !== 'vm');
      }),
    );
    const rec = engine.recommend({ os_control: 'full' });
    expect(rec.primary).toBe('vm');
    expect(rec.rationale.maintenance).toBe(KNOWLEDGE.kinds.vm.maintenance);
    expect(rec.services).toEqual([KNOWLEDGE.kinds.vm.services[0]]);
  });
});
