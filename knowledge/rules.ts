// The decision rules as data: hard blockers (a kind cannot do the job) and weighted preferences (a kind
// fits better or worse). Each cites the fact ids that justify it; knowledge/index.ts checks every id.
// Weights are raw points around `SCORING.base`: ±5 a nudge, ±15 a clear preference, ±25 a strong one.
// The tables keep one entry per line (biome-ignore format) so they read, diff and review as tables.
import { LIMITS } from './limits.js';
import type { Blocker, Effect, Preference, Scoring } from './rule-schema.js';

const n = (v: number): string => v.toLocaleString('en-US');
const MINUTES = LIMITS.lambda.maxDurationSeconds.value / 60;
const L_MEM = n(LIMITS.lambda.maxMemoryMb.value);
const L_CPU = LIMITS.lambda.maxVcpu.value;

export const SCORING: Scoring = {
  base: 50,
  midpoint: 60,
  spread: 30,
  assumedWeight: 0.5,
  unblockedMin: 25,
  blockedMax: 20,
  tieBreak: ['serverless', 'container', 'vm'],
};

const block = (
  id: string,
  kind: Blocker['kind'],
  when: Blocker['when'],
  facts: string[],
  message: string,
): Blocker => ({ id, kind, when, facts, message });

// biome-ignore format: one blocker per line
export const BLOCKERS: Blocker[] = [
  block('serverless-runtime-long', 'serverless', { runtime: ['long'] }, ['lambda-max-duration'],
    `Lambda stops a function after ${MINUTES} minutes; this work runs longer than that.`),
  block('serverless-always-on', 'serverless', { runtime: ['always_on'] }, ['lambda-max-duration', 'guide-fargate'],
    `Lambda runs code per event for at most ${MINUTES} minutes; it cannot keep a process, long-lived connections or an in-memory cache running.`),
  block('serverless-compute-large', 'serverless', { compute: ['large'] }, ['lambda-memory-cpu'],
    `A Lambda function gets at most ${L_MEM} MB of memory and ${L_CPU} vCPU; this work needs more.`),
  block('serverless-compute-special', 'serverless', { compute: ['special'] }, ['lambda-no-gpu', 'lambda-memory-cpu'],
    `Lambda has no GPUs or other accelerators and at most ${L_MEM} MB of memory and ${L_CPU} vCPU; this work needs special hardware.`),
  block('serverless-os-full', 'serverless', { os_control: ['full'] }, ['lambda-maintenance', 'ec2-os-control'],
    'Lambda runs your code on an operating system AWS manages; kernel modules, a specific OS image or privileged access are not possible.'),
  block('serverless-dedicated', 'serverless', { isolation: ['dedicated'] }, ['lambda-isolation', 'dedicated-hosts'],
    'Lambda runs on hardware AWS shares between customers; hardware dedicated to you for licensing or compliance means EC2 Dedicated Hosts.'),
  block('serverless-state-local', 'serverless', { state: ['local'] }, ['lambda-environment-lifecycle'],
    'Lambda recycles execution environments and cannot send a user back to the same one, so local state and sticky sessions do not survive; keep state in a database or cache to use Lambda.'),
  block('container-os-full', 'container', { os_control: ['full'] }, ['ec2-containers-share-kernel', 'fargate-restrictions', 'ec2-os-control'],
    "Containers use their host's kernel and Fargate refuses privileged containers; kernel modules, a specific OS or host agents need an EC2 instance of your own."),
  block('container-dedicated', 'container', { isolation: ['dedicated'] }, ['fargate-isolation', 'dedicated-hosts'],
    'Fargate cannot be placed on hardware dedicated to you; per-core licensing or single-tenant compliance needs EC2 Dedicated Hosts, which you run as EC2 instances.'),
];

const fx = (kind: Effect['kind'], weight: number, facts: string[], reason: string): Effect => ({
  kind,
  weight,
  facts,
  reason,
});
const pref = (id: string, when: Preference['when'], ...effects: Effect[]): Preference => ({
  id,
  when,
  effects,
});

// biome-ignore format: one effect per line
export const PREFERENCES: Preference[] = [
  // How long one unit of work runs.
  pref('runtime-short', { runtime: ['short'] },
    fx('serverless', 15, ['guide-lambda'], 'Work that finishes in seconds is what Lambda is built for.')),
  pref('runtime-medium', { runtime: ['medium'] },
    fx('serverless', 0, ['lambda-max-duration'], `Each unit finishes inside Lambda's ${MINUTES}-minute limit, though with less headroom.`),
    fx('container', 8, ['guide-fargate'], 'A task has no time limit, so runs of several minutes leave headroom.')),
  pref('runtime-long', { runtime: ['long'] },
    fx('container', 20, ['guide-fargate'], `AWS points work longer than ${MINUTES} minutes to containers on Fargate.`),
    fx('vm', 10, ['guide-ec2'], 'An instance runs a job for as long as it takes.')),
  pref('runtime-always-on', { runtime: ['always_on'] },
    fx('container', 20, ['guide-fargate'], 'A service keeps long-running processes up and replaces them when they fail.'),
    fx('vm', 15, ['guide-ec2'], 'An instance keeps a daemon and its connections running.')),
  // Load over a day.
  pref('traffic-bursty', { traffic: ['bursty'] },
    fx('serverless', 20, ['guide-lambda', 'lambda-billing'], 'Lambda scales with each burst and costs nothing while idle.'),
    fx('vm', -10, ['ec2-pricing'], 'Instances sized for the peaks sit idle and billed between bursts.')),
  pref('traffic-steady', { traffic: ['steady'] },
    fx('serverless', -12, ['guide-steady-cost'], 'Steady, high load usually costs more on per-request pricing.'),
    fx('container', 10, ['guide-steady-cost', 'fargate-billing'], 'Steady load is cheaper on per-second task pricing.'),
    fx('vm', 10, ['guide-steady-cost', 'ec2-pricing'], 'Steady load suits instances covered by Savings Plans.')),
  pref('traffic-scheduled', { traffic: ['scheduled'] },
    fx('serverless', 10, ['lambda-billing'], 'A scheduled function costs nothing between runs.'),
    fx('container', 10, ['fargate-billing', 'batch-fargate-or-ec2'], 'Scheduled tasks and AWS Batch jobs are billed only while they run.'),
    fx('vm', -5, ['ec2-pricing'], 'A standing instance would idle between runs.')),
  // Isolation.
  pref('isolation-strong', { isolation: ['strong'] },
    fx('serverless', 5, ['lambda-isolation'], 'Each Lambda environment is its own microVM; tenant isolation mode keeps tenants apart.'),
    fx('vm', 3, ['ec2-isolation'], 'Each instance has its own kernel on the Nitro hypervisor.')),
  // Fargate's own boundary counts only where Fargate can run the work (no GPUs, EFA or >32 vCPU).
  pref('isolation-strong-fargate', { isolation: ['strong'], compute: ['small', 'large'] },
    fx('container', 3, ['fargate-isolation', 'ec2-containers-share-kernel'], 'Each Fargate task gets its own hardware-virtualized boundary; containers on EC2 would share a kernel.')),
  // Special hardware puts containers on EC2 hosts whose kernel they share: separate instances (VMs) fit better.
  pref('isolation-strong-gpu', { isolation: ['strong'], compute: ['special'] },
    fx('container', -20, ['gpu-containers-on-ec2', 'ec2-containers-share-kernel'], 'GPU containers need EC2 capacity, where containers share the host kernel.')),
  pref('isolation-dedicated', { isolation: ['dedicated'] },
    fx('vm', 30, ['dedicated-hosts'], 'Dedicated Hosts give you physical servers with socket and core visibility for licensing.')),
  // Operating-system control.
  pref('os-none', { os_control: ['none'] },
    fx('serverless', 15, ['lambda-maintenance'], 'A managed runtime is all the code needs, and AWS patches it.'),
    fx('vm', -10, ['ec2-maintenance'], 'A whole OS to maintain buys nothing the code needs.')),
  pref('os-packages', { os_control: ['packages'] },
    fx('serverless', -5, ['lambda-package'], 'Custom binaries fit a Lambda container image, with more packaging work.'),
    fx('container', 15, ['guide-fargate'], 'A container image carries the custom binaries and libraries.')),
  pref('os-full', { os_control: ['full'] },
    fx('vm', 30, ['ec2-os-control', 'guide-ec2'], 'Only an EC2 instance gives control of the AMI, kernel and privileged processes.')),
  // Peak compute.
  pref('compute-small', { compute: ['small'] },
    fx('serverless', 5, ['lambda-memory-cpu'], `It fits within Lambda's ${L_MEM} MB and ${L_CPU} vCPU.`)),
  pref('compute-large', { compute: ['large'] },
    fx('container', 15, ['fargate-task-size'], 'It fits in one Fargate task without managing servers.'),
    fx('vm', 10, ['ec2-special-hardware'], 'Instance types of that size are plentiful.')),
  pref('compute-special', { compute: ['special'] },
    fx('vm', 35, ['ec2-special-hardware', 'guide-ec2'], 'GPUs, EFA, local NVMe, very large memory and bare metal are EC2 features.'),
    fx('container', -10, ['fargate-restrictions', 'gpu-containers-on-ec2'], 'Fargate has no GPUs, so containers would need EC2 capacity managed by you.')),
  // State.
  pref('state-stateless', { state: ['stateless'] },
    fx('serverless', 10, ['guide-lambda'], 'Stateless handlers scale out freely.'),
    fx('container', 5, ['guide-fargate'], 'Stateless tasks can be replaced and scaled freely.')),
  pref('state-local', { state: ['local'] },
    fx('container', 0, ['fargate-ephemeral-storage'], "A task's local storage lasts only as long as the task."),
    fx('vm', 15, ['ec2-os-control'], 'An instance keeps its disks and memory between requests.')),
  // Operations capacity.
  pref('ops-minimal', { ops: ['minimal'] },
    fx('serverless', 25, ['lambda-maintenance', 'guide-lambda'], 'AWS patches the OS and runtime; the team only owns code and configuration.'),
    fx('container', 0, ['container-maintenance'], 'Fargate removes host work but leaves images and task definitions.'),
    fx('vm', -25, ['ec2-maintenance'], 'EC2 means patching operating systems and managing capacity.')),
  pref('ops-moderate', { ops: ['moderate'] },
    fx('container', 15, ['container-maintenance'], 'The team can own images and task definitions while AWS runs the hosts.'),
    fx('vm', -10, ['ec2-maintenance'], 'Patching an OS fleet is more than the team wants to take on.')),
  pref('ops-full', { ops: ['full'] },
    fx('vm', 15, ['ec2-maintenance'], 'The team already patches OS fleets and manages capacity.'),
    fx('container', 5, ['container-maintenance'], 'The team can also run EC2 capacity for containers.')),
  // Cold starts.
  pref('latency-sensitive', { latency: ['sensitive'] },
    fx('serverless', -10, ['lambda-cold-start'], 'New Lambda environments add start-up time; provisioned concurrency avoids it at a price.'),
    fx('container', 5, ['guide-fargate'], 'Running tasks answer without a cold start.'),
    fx('vm', 5, ['guide-ec2'], 'Running instances answer without a cold start.')),
  pref('latency-sensitive-bursty', { latency: ['sensitive'], traffic: ['bursty'] },
    fx('serverless', -5, ['lambda-cold-start'], 'After idle gaps, bursts hit new environments unless provisioned concurrency is paid for.')),
  // Portability.
  pref('portable', { portability: ['portable'] },
    fx('container', 25, ['guide-fargate', 'eks-auto-mode'], 'Container images and Kubernetes run the same on other clouds and on-premises.'),
    fx('serverless', -20, ['guide-fargate'], 'Lambda functions and their triggers are specific to AWS.')),
  // What exists today.
  pref('start-new', { starting_point: ['new'] },
    fx('serverless', 5, ['guide-lambda'], 'A new workload can be written for a managed runtime from the start.')),
  pref('start-containerized', { starting_point: ['containerized'] },
    fx('container', 25, ['guide-fargate'], 'The existing images run on ECS or EKS unchanged.'),
    fx('vm', -5, ['guide-fargate'], 'Moving images back onto hand-managed servers adds work.')),
  pref('start-vm-based', { starting_point: ['vm_based'] },
    fx('vm', 25, ['guide-ec2'], 'Lift-and-shift of existing servers is what AWS points to EC2 for.'),
    fx('serverless', -20, ['guide-lambda'], 'A server application would need rewriting into functions.')),
];

/**
 * What the engine assumes for a question left unanswered or answered `unsure`: the usual case in AWS's
 * decision guides (short request/event work, ordinary isolation, a managed runtime, state in a database,
 * a team that can own container images). Each assumption is listed in the recommendation.
 */
export const DEFAULT_ANSWERS = {
  runtime: 'short',
  traffic: 'bursty',
  isolation: 'standard',
  os_control: 'none',
  compute: 'small',
  state: 'external',
  ops: 'moderate',
  latency: 'tolerant',
  portability: 'aws_only',
  starting_point: 'new',
} as const;
