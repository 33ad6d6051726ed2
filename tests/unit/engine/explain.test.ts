// What a recommendation says besides its primary: blockers with figures, AWS-documented isolation,
// rationale axes, assumptions, sources and the services that go with the profile.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/domain.js';
import { type Assumption, recommend } from '../../../src/engine.js';

describe('recommend: explanation', () => {
  it('states blockers with the figure and ranks the blocked kind last', () => {
    const rec = recommend({ runtime: 'long', traffic: 'scheduled', os_control: 'packages' });
    const last = rec.ranking[2];
    expect(last?.kind).toBe('serverless');
    expect(last?.blockers.join(' ')).toMatch(/15 minutes/);
    expect(last?.score).toBeLessThanOrEqual(20);
  });

  it('explains strong isolation the way AWS documents it', () => {
    const serverless = recommend({
      runtime: 'short',
      traffic: 'bursty',
      isolation: 'strong',
      ops: 'minimal',
    });
    expect(serverless.primary).toBe('serverless');
    expect(serverless.rationale.isolation).toMatch(/microVM/);
    expect(serverless.rationale.isolation).toMatch(/tenant isolation mode/);
    const container = recommend({ runtime: 'always_on', isolation: 'strong', os_control: 'packages' });
    expect(container.primary).toBe('container');
    expect(container.rationale.isolation).toMatch(/hardware-virtualized boundary/);
    expect(container.rationale.isolation).toMatch(/EC2 capacity would share the host's kernel/);
  });

  it('has rationale on every axis plus cost and scaling, and cites the pages behind it', () => {
    const rec = recommend(
      { runtime: 'long', traffic: 'scheduled', compute: 'special' },
      { hardware: ['gpu'] },
    );
    expect(Object.keys(rec.rationale)).toEqual(
      expect.arrayContaining(['isolation', 'resources', 'maintenance', 'cost', 'scaling']),
    );
    expect(rec.rationale.resources).toMatch(/GPU/);
    // Special compute without a word on which hardware claims no GPUs.
    const unnamed = recommend({ runtime: 'long', traffic: 'scheduled', compute: 'special' });
    expect(`${unnamed.rationale.resources} ${unnamed.services.join(' ')}`).not.toMatch(/GPU/);
    const urls = rec.sources.map((s) => s.url);
    expect(urls).toContain('https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-types.html');
    expect(urls.some((u) => u.includes('gettingstarted-limits'))).toBe(true);
  });

  it('lists assumptions in question order with the assumed option', () => {
    const rec = recommend({ runtime: 'short', latency: 'unsure', ops: 'minimal' });
    expect(rec.assumptions.map((a) => a.question)).toEqual([
      'traffic',
      'isolation',
      'os_control',
      'compute',
      'state',
      'latency',
      'portability',
      'starting_point',
    ]);
    const latency: Assumption | undefined = rec.assumptions.find((a) => a.question === 'latency');
    expect(latency?.assumed).toBe('tolerant');
  });

  it('puts steady serverless load on Lambda Managed Instances and bursty cold-start-sensitive load on Lambda', () => {
    const steady = recommend({
      runtime: 'short',
      traffic: 'steady',
      ops: 'minimal',
      os_control: 'none',
      latency: 'sensitive',
      state: 'stateless',
    });
    expect(steady.platform).toBe('lambda_managed');
    expect(steady.services[0]).toMatch(/Lambda Managed Instances/);
    expect(steady.rationale.isolation).toMatch(/capacity provider/);
    const bursty = recommend({ runtime: 'short', traffic: 'bursty', ops: 'minimal', latency: 'sensitive' });
    expect(bursty.platform).toBe('lambda');
    expect(bursty.services.join(' ')).toMatch(/provisioned concurrency/);
  });

  it('treats an unknown option defensively as unanswered instead of throwing', () => {
    const rec = recommend({ runtime: 'forever' } as unknown as Profile);
    expect(rec.assumptions.some((a) => a.question === 'runtime')).toBe(true);
  });

  it('quotes as reasons only what the user said, never an assumed default', () => {
    const rec = recommend({ runtime: 'short', ops: 'minimal' });
    expect(rec.primary).toBe('serverless');
    expect(rec.assumptions.map((a) => a.question)).toContain('traffic');
    expect(rec.rationale.fit).toMatch(/seconds/);
    expect(rec.rationale.fit).not.toMatch(/burst/);
  });

  it('treats a missing profile as nothing answered', () => {
    const rec = recommend(undefined as unknown as Profile);
    expect(rec.assumptions).toHaveLength(10);
    expect(rec).toEqual(recommend({}));
  });
});
