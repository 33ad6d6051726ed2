// The engine holds no workload rules of its own: feed it different knowledge and the answers follow.
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE, type Knowledge, validateKnowledge } from '../../../knowledge/index.js';
import { createEngine, type PlatformEvaluation } from '../../../src/engine.js';

const variant = (change: (k: Knowledge) => void): Knowledge => {
  const k = structuredClone(KNOWLEDGE);
  change(k);
  return validateKnowledge(k);
};

describe('createEngine over other knowledge', () => {
  it('a new blocker in the data blocks its platform, and the kind only when all its platforms are', () => {
    const blocker = (platform: 'lambda' | 'lambda_managed', message: string) => ({
      id: `${platform.replace('_', '-')}-no-ops-test`,
      platform,
      when: { ops: ['minimal'] },
      facts: ['lambda-maintenance'],
      short: 'it is a test',
      message,
    });
    const profile = { runtime: 'short', traffic: 'bursty', ops: 'minimal' } as const;
    const one = createEngine(variant((k) => k.blockers.push(blocker('lambda', 'Test blocker.')))).recommend(
      profile,
    );
    expect(one.platform).not.toBe('lambda');
    expect(one.platforms.find((p) => p.platform === 'lambda')?.blockers).toEqual(['Test blocker.']);
    expect(one.ranking.find((r) => r.kind === 'serverless')?.blockers).toEqual([]);
    const both = createEngine(
      variant((k) =>
        k.blockers.push(blocker('lambda', 'Test blocker.'), blocker('lambda_managed', 'Other.')),
      ),
    ).recommend(profile);
    expect(both.primary).not.toBe('serverless');
    expect(both.ranking.at(-1)).toEqual({
      kind: 'serverless',
      score: expect.any(Number),
      blockers: ['Test blocker.', 'Other.'],
    });
  });

  it('weights come from the data: without preferences the tie-break order decides', () => {
    const engine = createEngine(
      variant((k) => {
        k.preferences = [k.preferences[0] as Knowledge['preferences'][number]];
        k.scoring.tieBreak = [
          'ec2',
          'ec2_dedicated',
          'fargate',
          'containers_on_ec2',
          'lambda',
          'lambda_managed',
        ];
      }),
    );
    expect(engine.recommend({ runtime: 'medium' }).platform).toBe('ec2');
    const evals: PlatformEvaluation[] = engine.evaluate({ runtime: 'medium' });
    expect(evals.map((e) => e.raw)).toEqual([50, 50, 50, 50, 50, 50]);
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
        k.rationale = k.rationale.filter((r) => !(r.platform === 'ec2' && r.axis === 'maintenance'));
        k.services = k.services.filter((s) => s.platform !== 'ec2');
      }),
    );
    const rec = engine.recommend({ os_control: 'full' });
    expect(rec.platform).toBe('ec2');
    expect(rec.rationale.maintenance).toBe(KNOWLEDGE.kinds.vm.maintenance);
    expect(rec.services).toEqual([KNOWLEDGE.kinds.vm.services[0]]);
  });
});
