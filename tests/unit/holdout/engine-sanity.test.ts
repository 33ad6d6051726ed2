// Engine sanity on hand-written profiles (written with the held-out set, apart from the engine's own
// tables), and invariants over many profiles that AWS's documentation makes non-negotiable: what the
// decision guides choose, no shared-kernel service offered for work that must not share a kernel,
// no App Runner for new customers, durable functions never treated as lifting the 15-minute limit.
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../knowledge/limits.js';
import type { Kind, Profile } from '../../../src/domain.js';
import { recommend } from '../../../src/engine.js';

const CASES: [string, Profile, Kind[]][] = [
  [
    'scheduled short job, minimal ops',
    { runtime: 'short', traffic: 'scheduled', ops: 'minimal' },
    ['serverless'],
  ],
  [
    'steady high-traffic containerized API',
    { runtime: 'short', traffic: 'steady', starting_point: 'containerized', latency: 'sensitive' },
    ['container'],
  ],
  ['lift-and-shift of servers, team runs the OS', { starting_point: 'vm_based', ops: 'full' }, ['vm']],
  [
    'untrusted code with custom binaries',
    { isolation: 'strong', os_control: 'packages' },
    ['serverless', 'container'],
  ],
  [
    'untrusted code, short and bursty',
    { isolation: 'strong', os_control: 'packages', runtime: 'short', traffic: 'bursty' },
    ['serverless', 'container'],
  ],
  [
    'medium run time, bursty, minimal ops',
    { runtime: 'medium', traffic: 'bursty', ops: 'minimal' },
    ['serverless'],
  ],
  ['medium run time alone', { runtime: 'medium' }, ['serverless', 'container']],
  ['long job, minimal ops', { runtime: 'long', ops: 'minimal' }, ['container']],
  ['GPUs', { compute: 'special' }, ['vm']],
  ['per-core licensing / single tenant', { isolation: 'dedicated' }, ['vm']],
  ['kernel modules even with minimal ops', { os_control: 'full', ops: 'minimal' }, ['vm']],
  [
    'must run on other clouds',
    { portability: 'portable', traffic: 'bursty', runtime: 'short' },
    ['container'],
  ],
  ['always-on daemon, minimal ops', { runtime: 'always_on', ops: 'minimal' }, ['container']],
  [
    'local state across requests',
    { state: 'local', runtime: 'short', traffic: 'bursty' },
    ['container', 'vm'],
  ],
  ['20 GB per request', { compute: 'large', runtime: 'short', traffic: 'bursty' }, ['container']],
  ['untrusted code on GPUs', { isolation: 'strong', compute: 'special' }, ['vm']],
  [
    'untrusted code on GPUs, images already',
    { isolation: 'strong', compute: 'special', starting_point: 'containerized', ops: 'moderate' },
    ['vm'],
  ],
  ['always-on with untrusted tenants', { isolation: 'strong', runtime: 'always_on' }, ['container', 'vm']],
];

describe('engine on hand-written profiles', () => {
  it.each(CASES)('%s', (_name, profile, accept) => {
    expect(accept).toContain(recommend(profile).primary);
  });
});

const OPTIONS = {
  runtime: ['short', 'medium', 'long', 'always_on'],
  traffic: ['bursty', 'steady', 'scheduled'],
  isolation: ['standard', 'strong'],
  compute: ['small', 'large', 'special'],
  portability: ['aws_only', 'portable'],
  starting_point: ['new', 'containerized'],
  ops: ['minimal', 'moderate'],
} as const;

function* grid(): Generator<Profile> {
  const keys = Object.keys(OPTIONS) as (keyof typeof OPTIONS)[];
  const walk = function* (i: number, acc: Profile): Generator<Profile> {
    if (i === keys.length) {
      yield acc;
      return;
    }
    const k = keys[i] as keyof typeof OPTIONS;
    for (const v of OPTIONS[k]) yield* walk(i + 1, { ...acc, [k]: v });
  };
  yield* walk(0, {});
}

const SHARED_KERNEL = /on EC2|EC2 capacity|managed node group|Auto Mode|Managed Instances|AWS Batch on EC2/i;

describe('engine invariants over many profiles', () => {
  const profiles = [...grid()];

  it('never offers App Runner (closed to new customers) and never lets Lambda take work over 15 minutes', () => {
    for (const p of profiles) {
      const r = recommend(p);
      expect(r.services.join(' '), JSON.stringify(p)).not.toMatch(/App Runner/i);
      if (p.runtime === 'long' || p.runtime === 'always_on') expect(r.primary).not.toBe('serverless');
    }
  });

  it('offers only Fargate-based container services, and no Lambda Managed Instances, when a kernel must not be shared', () => {
    for (const p of profiles) {
      if (p.isolation !== 'strong' || p.compute === 'special') continue;
      const r = recommend(p);
      if (r.primary === 'container')
        expect(r.services.join('; '), JSON.stringify(p)).not.toMatch(SHARED_KERNEL);
      if (r.primary === 'serverless')
        expect(r.services.join('; '), JSON.stringify(p)).not.toMatch(/Managed Instances/i);
    }
  });

  it('puts untrusted GPU work on instances of its own, or warns that GPU containers share a host kernel', () => {
    for (const p of profiles) {
      if (p.isolation !== 'strong' || p.compute !== 'special') continue;
      const r = recommend(p);
      // Without images to reuse or a need to run elsewhere, separate EC2 instances are the plain answer.
      if (p.starting_point === 'new' && p.portability === 'aws_only')
        expect(r.primary, JSON.stringify(p)).toBe('vm');
      if (r.primary === 'container') {
        expect(r.rationale.isolation).toMatch(/share/i);
        expect(r.rationale.isolation).toMatch(/separate instances/i);
        expect(JSON.stringify(r.rationale)).not.toMatch(/Run it on Fargate/i);
      }
    }
  });

  it('quotes the documented limits in its rationale', () => {
    const lambdaMb = LIMITS.lambda.maxMemoryMb.value.toLocaleString('en-US');
    const fargateVcpu = String(LIMITS.fargate.maxVcpu.value);
    const text = JSON.stringify(recommend({ runtime: 'short', compute: 'small' }).rationale);
    expect(text).toContain(lambdaMb);
    const fargate = JSON.stringify(recommend({ runtime: 'long', compute: 'large' }).rationale);
    expect(fargate).toContain(`${fargateVcpu} vCPU`);
  });

  it('never says durable functions lift the 15-minute limit', () => {
    for (const p of profiles.slice(0, 400)) {
      const r = recommend(p);
      const all = `${JSON.stringify(r.rationale)} ${r.services.join(' ')}`;
      expect(all).not.toMatch(/durable functions? (?:let|lets|allow|allows)[^.]*(?:longer|hours)/i);
    }
  });
});
