// The decision rules as data: hard blockers (a kind cannot do the job) and weighted preferences (a kind
// fits better or worse). Each cites the fact ids that justify it; knowledge/index.ts checks every id.
// Weights are on one scale around `SCORING.base`: ±5 a nudge, ±15 a clear preference, ±25 a strong one.

import { LIMITS } from './limits.js';
import type { Blocker, Preference, Scoring } from './rule-schema.js';

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

export const BLOCKERS: Blocker[] = [
  {
    id: 'serverless-runtime-long',
    kind: 'serverless',
    when: { runtime: ['long'] },
    facts: ['lambda-max-duration'],
    message: `Lambda stops a function after ${MINUTES} minutes; this work runs longer than that.`,
  },
  {
    id: 'serverless-always-on',
    kind: 'serverless',
    when: { runtime: ['always_on'] },
    facts: ['lambda-max-duration', 'guide-fargate'],
    message: `Lambda runs code per event for at most ${MINUTES} minutes; it cannot keep a process, long-lived connections or an in-memory cache running.`,
  },
  {
    id: 'serverless-compute-large',
    kind: 'serverless',
    when: { compute: ['large'] },
    facts: ['lambda-memory-cpu'],
    message: `A Lambda function gets at most ${L_MEM} MB of memory and ${L_CPU} vCPU; this work needs more.`,
  },
  {
    id: 'serverless-compute-special',
    kind: 'serverless',
    when: { compute: ['special'] },
    facts: ['lambda-no-gpu', 'lambda-memory-cpu'],
    message: `Lambda has no GPUs or other accelerators and at most ${L_MEM} MB of memory and ${L_CPU} vCPU; this work needs special hardware.`,
  },
  {
    id: 'serverless-os-full',
    kind: 'serverless',
    when: { os_control: ['full'] },
    facts: ['lambda-maintenance', 'ec2-os-control'],
    message:
      'Lambda runs your code on an operating system AWS manages; kernel modules, a specific OS image or privileged access are not possible.',
  },
  {
    id: 'serverless-dedicated',
    kind: 'serverless',
    when: { isolation: ['dedicated'] },
    facts: ['lambda-isolation', 'dedicated-hosts'],
    message:
      'Lambda runs on hardware AWS shares between customers; hardware dedicated to you for licensing or compliance means EC2 Dedicated Hosts.',
  },
  {
    id: 'container-os-full',
    kind: 'container',
    when: { os_control: ['full'] },
    facts: ['ec2-containers-share-kernel', 'fargate-restrictions', 'ec2-os-control'],
    message:
      "Containers use their host's kernel and Fargate refuses privileged containers; kernel modules, a specific OS or host agents need an EC2 instance of your own.",
  },
  {
    id: 'container-dedicated',
    kind: 'container',
    when: { isolation: ['dedicated'] },
    facts: ['fargate-isolation', 'dedicated-hosts'],
    message:
      'Fargate cannot be placed on hardware dedicated to you; per-core licensing or single-tenant compliance needs EC2 Dedicated Hosts, which you run as EC2 instances.',
  },
];

export const PREFERENCES: Preference[] = [
  // How long one unit of work runs.
  {
    id: 'runtime-short',
    when: { runtime: ['short'] },
    effects: [
      {
        kind: 'serverless',
        weight: 15,
        facts: ['guide-lambda'],
        reason: 'Work that finishes in seconds is what Lambda is built for.',
      },
    ],
  },
  {
    id: 'runtime-medium',
    when: { runtime: ['medium'] },
    effects: [
      {
        kind: 'serverless',
        weight: 0,
        facts: ['lambda-max-duration'],
        reason: `Each unit finishes inside Lambda's ${MINUTES}-minute limit, though with less headroom.`,
      },
      {
        kind: 'container',
        weight: 8,
        facts: ['guide-fargate'],
        reason: 'A task has no time limit, so runs of several minutes leave headroom.',
      },
    ],
  },
  {
    id: 'runtime-long',
    when: { runtime: ['long'] },
    effects: [
      {
        kind: 'container',
        weight: 20,
        facts: ['guide-fargate'],
        reason: `AWS points work longer than ${MINUTES} minutes to containers on Fargate.`,
      },
      {
        kind: 'vm',
        weight: 10,
        facts: ['guide-ec2'],
        reason: 'An instance runs a job for as long as it takes.',
      },
    ],
  },
  {
    id: 'runtime-always-on',
    when: { runtime: ['always_on'] },
    effects: [
      {
        kind: 'container',
        weight: 20,
        facts: ['guide-fargate'],
        reason: 'A service keeps long-running processes up and replaces them when they fail.',
      },
      {
        kind: 'vm',
        weight: 15,
        facts: ['guide-ec2'],
        reason: 'An instance keeps a daemon and its connections running.',
      },
    ],
  },
  // Load over a day.
  {
    id: 'traffic-bursty',
    when: { traffic: ['bursty'] },
    effects: [
      {
        kind: 'serverless',
        weight: 20,
        facts: ['guide-lambda', 'lambda-billing'],
        reason: 'Lambda scales with each burst and costs nothing while idle.',
      },
      {
        kind: 'vm',
        weight: -10,
        facts: ['ec2-pricing'],
        reason: 'Instances sized for the peaks sit idle and billed between bursts.',
      },
    ],
  },
  {
    id: 'traffic-steady',
    when: { traffic: ['steady'] },
    effects: [
      {
        kind: 'serverless',
        weight: -12,
        facts: ['guide-steady-cost'],
        reason: 'Steady, high load usually costs more on per-request pricing.',
      },
      {
        kind: 'container',
        weight: 10,
        facts: ['guide-steady-cost', 'fargate-billing'],
        reason: 'Steady load is cheaper on per-second task pricing.',
      },
      {
        kind: 'vm',
        weight: 10,
        facts: ['guide-steady-cost', 'ec2-pricing'],
        reason: 'Steady load suits instances covered by Savings Plans.',
      },
    ],
  },
  {
    id: 'traffic-scheduled',
    when: { traffic: ['scheduled'] },
    effects: [
      {
        kind: 'serverless',
        weight: 10,
        facts: ['lambda-billing'],
        reason: 'A scheduled function costs nothing between runs.',
      },
      {
        kind: 'container',
        weight: 10,
        facts: ['fargate-billing', 'batch-fargate-or-ec2'],
        reason: 'Scheduled tasks and AWS Batch jobs are billed only while they run.',
      },
      {
        kind: 'vm',
        weight: -5,
        facts: ['ec2-pricing'],
        reason: 'A standing instance would idle between runs.',
      },
    ],
  },
  // Isolation.
  {
    id: 'isolation-strong',
    when: { isolation: ['strong'] },
    effects: [
      {
        kind: 'serverless',
        weight: 5,
        facts: ['lambda-isolation'],
        reason: 'Each Lambda environment is its own microVM; tenant isolation mode keeps tenants apart.',
      },
      {
        kind: 'container',
        weight: 3,
        facts: ['fargate-isolation', 'ec2-containers-share-kernel'],
        reason:
          'Each Fargate task gets its own hardware-virtualized boundary; containers on EC2 would share a kernel.',
      },
      {
        kind: 'vm',
        weight: 3,
        facts: ['ec2-isolation'],
        reason: 'Each instance has its own kernel on the Nitro hypervisor.',
      },
    ],
  },
  {
    id: 'isolation-strong-gpu',
    when: { isolation: ['strong'], compute: ['special'] },
    effects: [
      {
        kind: 'container',
        weight: -15,
        facts: ['gpu-containers-on-ec2', 'ec2-containers-share-kernel'],
        reason: 'GPU containers need EC2 capacity, where containers share the host kernel.',
      },
    ],
  },
  {
    id: 'isolation-dedicated',
    when: { isolation: ['dedicated'] },
    effects: [
      {
        kind: 'vm',
        weight: 30,
        facts: ['dedicated-hosts'],
        reason: 'Dedicated Hosts give you physical servers with socket and core visibility for licensing.',
      },
    ],
  },
  // Operating-system control.
  {
    id: 'os-none',
    when: { os_control: ['none'] },
    effects: [
      {
        kind: 'serverless',
        weight: 15,
        facts: ['lambda-maintenance'],
        reason: 'A managed runtime is all the code needs, and AWS patches it.',
      },
      {
        kind: 'vm',
        weight: -10,
        facts: ['ec2-maintenance'],
        reason: 'A whole OS to maintain buys nothing the code needs.',
      },
    ],
  },
  {
    id: 'os-packages',
    when: { os_control: ['packages'] },
    effects: [
      {
        kind: 'serverless',
        weight: -5,
        facts: ['lambda-package'],
        reason: 'Custom binaries fit a Lambda container image, with more packaging work.',
      },
      {
        kind: 'container',
        weight: 15,
        facts: ['guide-fargate'],
        reason: 'A container image carries the custom binaries and libraries.',
      },
    ],
  },
  {
    id: 'os-full',
    when: { os_control: ['full'] },
    effects: [
      {
        kind: 'vm',
        weight: 30,
        facts: ['ec2-os-control', 'guide-ec2'],
        reason: 'Only an EC2 instance gives control of the AMI, kernel and privileged processes.',
      },
    ],
  },
  // Peak compute.
  {
    id: 'compute-small',
    when: { compute: ['small'] },
    effects: [
      {
        kind: 'serverless',
        weight: 5,
        facts: ['lambda-memory-cpu'],
        reason: `It fits within Lambda's ${L_MEM} MB and ${L_CPU} vCPU.`,
      },
    ],
  },
  {
    id: 'compute-large',
    when: { compute: ['large'] },
    effects: [
      {
        kind: 'container',
        weight: 15,
        facts: ['fargate-task-size'],
        reason: 'It fits in one Fargate task without managing servers.',
      },
      {
        kind: 'vm',
        weight: 10,
        facts: ['ec2-special-hardware'],
        reason: 'Instance types of that size are plentiful.',
      },
    ],
  },
  {
    id: 'compute-special',
    when: { compute: ['special'] },
    effects: [
      {
        kind: 'vm',
        weight: 35,
        facts: ['ec2-special-hardware', 'guide-ec2'],
        reason: 'GPUs, EFA, local NVMe, very large memory and bare metal are EC2 features.',
      },
      {
        kind: 'container',
        weight: -10,
        facts: ['fargate-restrictions', 'gpu-containers-on-ec2'],
        reason: 'Fargate has no GPUs, so containers would need EC2 capacity managed by you.',
      },
    ],
  },
  // State.
  {
    id: 'state-stateless',
    when: { state: ['stateless'] },
    effects: [
      {
        kind: 'serverless',
        weight: 10,
        facts: ['guide-lambda'],
        reason: 'Stateless handlers scale out freely.',
      },
      {
        kind: 'container',
        weight: 5,
        facts: ['guide-fargate'],
        reason: 'Stateless tasks can be replaced and scaled freely.',
      },
    ],
  },
  {
    id: 'state-local',
    when: { state: ['local'] },
    effects: [
      {
        kind: 'serverless',
        weight: -25,
        facts: ['lambda-environment-lifecycle'],
        reason: 'Lambda recycles environments, so local state and sticky sessions do not survive.',
      },
      {
        kind: 'container',
        weight: 0,
        facts: ['fargate-ephemeral-storage'],
        reason: "A task's local storage lasts only as long as the task.",
      },
      {
        kind: 'vm',
        weight: 15,
        facts: ['ec2-os-control'],
        reason: 'An instance keeps its disks and memory between requests.',
      },
    ],
  },
  // Operations capacity.
  {
    id: 'ops-minimal',
    when: { ops: ['minimal'] },
    effects: [
      {
        kind: 'serverless',
        weight: 25,
        facts: ['lambda-maintenance', 'guide-lambda'],
        reason: 'AWS patches the OS and runtime; the team only owns code and configuration.',
      },
      {
        kind: 'container',
        weight: 0,
        facts: ['container-maintenance'],
        reason: 'Fargate removes host work but leaves images and task definitions.',
      },
      {
        kind: 'vm',
        weight: -25,
        facts: ['ec2-maintenance'],
        reason: 'EC2 means patching operating systems and managing capacity.',
      },
    ],
  },
  {
    id: 'ops-moderate',
    when: { ops: ['moderate'] },
    effects: [
      {
        kind: 'container',
        weight: 15,
        facts: ['container-maintenance'],
        reason: 'The team can own images and task definitions while AWS runs the hosts.',
      },
      {
        kind: 'vm',
        weight: -10,
        facts: ['ec2-maintenance'],
        reason: 'Patching an OS fleet is more than the team wants to take on.',
      },
    ],
  },
  {
    id: 'ops-full',
    when: { ops: ['full'] },
    effects: [
      {
        kind: 'vm',
        weight: 15,
        facts: ['ec2-maintenance'],
        reason: 'The team already patches OS fleets and manages capacity.',
      },
      {
        kind: 'container',
        weight: 5,
        facts: ['container-maintenance'],
        reason: 'The team can also run EC2 capacity for containers.',
      },
    ],
  },
  // Cold starts.
  {
    id: 'latency-sensitive',
    when: { latency: ['sensitive'] },
    effects: [
      {
        kind: 'serverless',
        weight: -10,
        facts: ['lambda-cold-start'],
        reason: 'New Lambda environments add start-up time; provisioned concurrency avoids it at a price.',
      },
      {
        kind: 'container',
        weight: 5,
        facts: ['guide-fargate'],
        reason: 'Running tasks answer without a cold start.',
      },
      {
        kind: 'vm',
        weight: 5,
        facts: ['guide-ec2'],
        reason: 'Running instances answer without a cold start.',
      },
    ],
  },
  {
    id: 'latency-sensitive-bursty',
    when: { latency: ['sensitive'], traffic: ['bursty'] },
    effects: [
      {
        kind: 'serverless',
        weight: -5,
        facts: ['lambda-cold-start'],
        reason: 'After idle gaps, bursts hit new environments unless provisioned concurrency is paid for.',
      },
    ],
  },
  // Portability.
  {
    id: 'portable',
    when: { portability: ['portable'] },
    effects: [
      {
        kind: 'container',
        weight: 25,
        facts: ['guide-fargate', 'eks-auto-mode'],
        reason: 'Container images and Kubernetes run the same on other clouds and on-premises.',
      },
      {
        kind: 'serverless',
        weight: -20,
        facts: ['guide-fargate'],
        reason: 'Lambda functions and their triggers are specific to AWS.',
      },
    ],
  },
  // What exists today.
  {
    id: 'start-new',
    when: { starting_point: ['new'] },
    effects: [
      {
        kind: 'serverless',
        weight: 5,
        facts: ['guide-lambda'],
        reason: 'A new workload can be written for a managed runtime from the start.',
      },
    ],
  },
  {
    id: 'start-containerized',
    when: { starting_point: ['containerized'] },
    effects: [
      {
        kind: 'container',
        weight: 25,
        facts: ['guide-fargate'],
        reason: 'The existing images run on ECS or EKS unchanged.',
      },
      {
        kind: 'vm',
        weight: -5,
        facts: ['guide-fargate'],
        reason: 'Moving images back onto hand-managed servers adds work.',
      },
    ],
  },
  {
    id: 'start-vm-based',
    when: { starting_point: ['vm_based'] },
    effects: [
      {
        kind: 'vm',
        weight: 25,
        facts: ['guide-ec2'],
        reason: 'Lift-and-shift of existing servers is what AWS points to EC2 for.',
      },
      {
        kind: 'serverless',
        weight: -10,
        facts: ['guide-lambda'],
        reason: 'A server application would need rewriting into functions.',
      },
    ],
  },
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
