// Table tests: workloads beyond the public eval set, each with the kinds AWS guidance would accept first,
// plus the services and rationale the recommendation must (not) carry.
import { describe, expect, it } from 'vitest';
import type { Kind, Profile } from '../../../src/domain.js';
import { recommend } from '../../../src/engine.js';

type Case = { name: string; profile: Profile; accept: Kind[]; services: RegExp[]; noServices: RegExp[] };

const EC2_CAPACITY = /\bon EC2\b|EC2 capacity|Managed Instances|EKS Auto Mode/;

const c = (
  name: string,
  accept: Kind[],
  profile: Profile,
  services: RegExp[] = [],
  noServices: RegExp[] = [],
): Case => ({ name, accept, profile, services, noServices });

// biome-ignore format: one workload per entry
const CASES: Case[] = [
  c('steady high-traffic API already in images', ['container'],
    { runtime: 'short', traffic: 'steady', os_control: 'packages', state: 'external', ops: 'moderate', latency: 'sensitive', starting_point: 'containerized' },
    [/Amazon ECS on AWS Fargate/, /Savings Plans/]),
  c('short bursty work, no ops team', ['serverless'],
    { runtime: 'short', traffic: 'bursty', ops: 'minimal' }, [/^AWS Lambda$/, /EventBridge|SQS/]),
  c('lift-and-shift of a server app by a fleet team', ['vm'],
    { runtime: 'always_on', traffic: 'steady', os_control: 'packages', state: 'local', ops: 'full', starting_point: 'vm_based' },
    [/Amazon EC2/, /Savings Plans|Reserved/]),
  c('1-15 minute jobs with minimal ops stay serverless', ['serverless'],
    { runtime: 'medium', traffic: 'bursty', os_control: 'none', ops: 'minimal', state: 'stateless' }, [/Step Functions|durable functions/]),
  c('untrusted tenant code in custom images', ['serverless', 'container'],
    { runtime: 'short', traffic: 'bursty', isolation: 'strong', os_control: 'packages', ops: 'moderate' }, [], [EC2_CAPACITY]),
  c('untrusted long jobs, portable', ['container'],
    { runtime: 'long', traffic: 'scheduled', isolation: 'strong', os_control: 'packages', portability: 'portable' },
    [/EKS with pods on AWS Fargate/], [EC2_CAPACITY]),
  c('latency-sensitive bursty API, no ops team', ['serverless', 'container'],
    { runtime: 'short', traffic: 'bursty', latency: 'sensitive', ops: 'minimal', os_control: 'none' }),
  c('sticky sessions rule out Lambda', ['container', 'vm'],
    { runtime: 'short', traffic: 'bursty', state: 'local', ops: 'minimal', os_control: 'none' }),
  c('websocket server with long-lived connections', ['container'],
    { runtime: 'always_on', traffic: 'bursty', ops: 'moderate', os_control: 'none' }),
  c('nightly 3-hour ETL within Fargate size', ['container'],
    { runtime: 'long', traffic: 'scheduled', compute: 'large', os_control: 'packages', ops: 'moderate' }, [/AWS Batch on AWS Fargate/]),
  c('GPU inference service in Kubernetes elsewhere too', ['container', 'vm'],
    { runtime: 'always_on', traffic: 'steady', compute: 'special', portability: 'portable', starting_point: 'containerized', ops: 'moderate' },
    [], [/Fargate/]),
  c('per-core licensed database', ['vm'],
    { runtime: 'always_on', isolation: 'dedicated', state: 'local' }, [/Dedicated Hosts/]),
  c('kernel module needed, small team', ['vm'],
    { os_control: 'full', ops: 'minimal', traffic: 'bursty' }, [/own AMI/]),
  c('HPC with EFA, scheduled', ['vm'],
    { runtime: 'long', traffic: 'scheduled', compute: 'special', ops: 'full', os_control: 'full' }, [/accelerated|EFA/, /Spot/]),
  c('steady event processing by a serverless team', ['serverless', 'container'],
    { runtime: 'short', traffic: 'steady', os_control: 'none', ops: 'minimal', state: 'stateless' }),
  c('portable stateless web app, new', ['container'],
    { runtime: 'short', traffic: 'steady', portability: 'portable', ops: 'moderate' }, [/Amazon EKS/]),
  c('simple web service, minimal ops, custom packages', ['container', 'serverless'],
    { runtime: 'short', traffic: 'steady', os_control: 'packages', ops: 'minimal', state: 'external', latency: 'sensitive' }),
  c('steady container API with a fleet team', ['container'],
    { runtime: 'short', traffic: 'steady', os_control: 'packages', ops: 'full', starting_point: 'containerized' },
    [/ECS Managed Instances/]),
  c('untrusted GPU jobs', ['vm'], { runtime: 'long', isolation: 'strong', compute: 'special', ops: 'full' }, [/accelerated/]),
  c('existing VM app, little else known', ['vm'], { starting_point: 'vm_based', ops: 'full' }),
  c('nothing answered: the usual case', ['serverless', 'container'], {}),
  c('only "always on" known', ['container'], { runtime: 'always_on' }),
  c('only "GPU" known', ['vm'], { compute: 'special' }, [], [/Fargate/]),
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
