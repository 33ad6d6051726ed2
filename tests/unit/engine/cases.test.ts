// Table tests: workloads beyond the public eval set, each with the kinds AWS guidance would accept first,
// plus the services and rationale the recommendation must (not) carry.
import { describe, expect, it } from 'vitest';
import type { Kind, Profile } from '../../../src/domain.js';
import { recommend } from '../../../src/engine.js';

type Case = { name: string; profile: Profile; accept: Kind[]; services?: RegExp[]; noServices?: RegExp[] };

const EC2_CAPACITY = /\bon EC2\b|EC2 capacity|Managed Instances|EKS Auto Mode/;

const CASES: Case[] = [
  {
    name: 'steady high-traffic API already in images',
    accept: ['container'],
    profile: {
      runtime: 'short',
      traffic: 'steady',
      os_control: 'packages',
      state: 'external',
      ops: 'moderate',
      latency: 'sensitive',
      starting_point: 'containerized',
    },
    services: [/Amazon ECS on AWS Fargate/, /Savings Plans/],
  },
  {
    name: 'short bursty work, no ops team',
    accept: ['serverless'],
    profile: { runtime: 'short', traffic: 'bursty', ops: 'minimal' },
    services: [/^AWS Lambda$/, /EventBridge|SQS/],
  },
  {
    name: 'lift-and-shift of a server app by a fleet team',
    accept: ['vm'],
    profile: {
      runtime: 'always_on',
      traffic: 'steady',
      os_control: 'packages',
      state: 'local',
      ops: 'full',
      starting_point: 'vm_based',
    },
    services: [/Amazon EC2/, /Savings Plans|Reserved/],
  },
  {
    name: '1-15 minute jobs with minimal ops stay serverless',
    accept: ['serverless'],
    profile: { runtime: 'medium', traffic: 'bursty', os_control: 'none', ops: 'minimal', state: 'stateless' },
    services: [/Step Functions|durable functions/],
  },
  {
    name: 'untrusted tenant code in custom images',
    accept: ['serverless', 'container'],
    profile: {
      runtime: 'short',
      traffic: 'bursty',
      isolation: 'strong',
      os_control: 'packages',
      ops: 'moderate',
    },
    noServices: [EC2_CAPACITY],
  },
  {
    name: 'untrusted long jobs, portable',
    accept: ['container'],
    profile: {
      runtime: 'long',
      traffic: 'scheduled',
      isolation: 'strong',
      os_control: 'packages',
      portability: 'portable',
    },
    services: [/EKS with pods on AWS Fargate/],
    noServices: [EC2_CAPACITY],
  },
  {
    name: 'latency-sensitive bursty API, no ops team',
    accept: ['serverless', 'container'],
    profile: {
      runtime: 'short',
      traffic: 'bursty',
      latency: 'sensitive',
      ops: 'minimal',
      os_control: 'none',
    },
  },
  {
    name: 'sticky sessions rule out Lambda',
    accept: ['container', 'vm'],
    profile: { runtime: 'short', traffic: 'bursty', state: 'local', ops: 'minimal', os_control: 'none' },
  },
  {
    name: 'websocket server with long-lived connections',
    accept: ['container'],
    profile: { runtime: 'always_on', traffic: 'bursty', ops: 'moderate', os_control: 'none' },
  },
  {
    name: 'nightly 3-hour ETL within Fargate size',
    accept: ['container'],
    profile: {
      runtime: 'long',
      traffic: 'scheduled',
      compute: 'large',
      os_control: 'packages',
      ops: 'moderate',
    },
    services: [/AWS Batch/],
    noServices: [/Fargate Spot.*GPU/],
  },
  {
    name: 'GPU inference service in Kubernetes elsewhere too',
    accept: ['container', 'vm'],
    profile: {
      runtime: 'always_on',
      traffic: 'steady',
      compute: 'special',
      portability: 'portable',
      starting_point: 'containerized',
      ops: 'moderate',
    },
    noServices: [/Fargate/],
  },
  {
    name: 'per-core licensed database',
    accept: ['vm'],
    profile: { runtime: 'always_on', isolation: 'dedicated', state: 'local' },
    services: [/Dedicated Hosts/],
  },
  {
    name: 'kernel module needed, small team',
    accept: ['vm'],
    profile: { os_control: 'full', ops: 'minimal', traffic: 'bursty' },
    services: [/own AMI/],
  },
  {
    name: 'HPC with EFA, scheduled',
    accept: ['vm'],
    profile: { runtime: 'long', traffic: 'scheduled', compute: 'special', ops: 'full', os_control: 'full' },
    services: [/accelerated|EFA/, /Spot/],
  },
  {
    name: 'steady event processing by a serverless team',
    accept: ['serverless', 'container'],
    profile: { runtime: 'short', traffic: 'steady', os_control: 'none', ops: 'minimal', state: 'stateless' },
  },
  {
    name: 'portable stateless web app, new',
    accept: ['container'],
    profile: { runtime: 'short', traffic: 'steady', portability: 'portable', ops: 'moderate' },
    services: [/EKS Auto Mode/],
  },
  {
    name: 'simple web service, minimal ops, custom packages',
    accept: ['container', 'serverless'],
    profile: {
      runtime: 'short',
      traffic: 'steady',
      os_control: 'packages',
      ops: 'minimal',
      state: 'external',
      latency: 'sensitive',
    },
  },
  { name: 'nothing answered: the usual case', accept: ['serverless', 'container'], profile: {} },
  { name: 'only "always on" known', accept: ['container'], profile: { runtime: 'always_on' } },
  { name: 'only "GPU" known', accept: ['vm'], profile: { compute: 'special' }, noServices: [/Fargate/] },
];

describe('recommend: unseen workloads', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const rec = recommend(c.profile);
    expect(c.accept, JSON.stringify(rec.ranking)).toContain(rec.primary);
    for (const re of c.services ?? [])
      expect(
        rec.services.some((s) => re.test(s)),
        `${re} in ${rec.services}`,
      ).toBe(true);
    for (const re of c.noServices ?? []) expect(rec.services.filter((s) => re.test(s))).toEqual([]);
  });
});

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
    const rec = recommend({ runtime: 'long', traffic: 'scheduled', compute: 'special' });
    expect(Object.keys(rec.rationale)).toEqual(
      expect.arrayContaining(['isolation', 'resources', 'maintenance', 'cost', 'scaling']),
    );
    expect(rec.rationale.resources).toMatch(/GPU/);
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
    expect(rec.assumptions.find((a) => a.question === 'latency')?.assumed).toBe('tolerant');
  });

  it('suggests Lambda Managed Instances for steady serverless load and provisioned concurrency for cold starts', () => {
    const rec = recommend({
      runtime: 'short',
      traffic: 'steady',
      ops: 'minimal',
      os_control: 'none',
      latency: 'sensitive',
      state: 'stateless',
    });
    expect(rec.primary).toBe('serverless');
    expect(rec.services.join(' ')).toMatch(/Lambda Managed Instances/);
    expect(rec.services.join(' ')).toMatch(/provisioned concurrency/);
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
