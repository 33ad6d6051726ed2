// The rationale sentences, as data: for the recommended kind, each axis joins every entry that matches
// the profile, in this order. Isolation wording follows AWS's documentation (facts lambda-isolation,
// fargate-isolation, ec2-containers-share-kernel), not the "serverless isolates least" folklore.
import { LIMITS } from './limits.js';
import type { Axis, Condition, RationaleRule } from './rule-schema.js';

const n = (v: number): string => v.toLocaleString('en-US');
const L = LIMITS.lambda;
const F = LIMITS.fargate;
const B = LIMITS.batch;
const MINUTES = L.maxDurationSeconds.value / 60;
const SPECIAL = { compute: ['special'] };

type Kind = RationaleRule['kind'];
const why = (
  id: string,
  kind: Kind,
  axis: Axis,
  when: Condition | null,
  unless: Condition | null,
  facts: string[],
  text: string,
): RationaleRule => ({
  id,
  kind,
  axis,
  text,
  facts,
  ...(when ? { when } : {}),
  ...(unless ? { unless } : {}),
});

// biome-ignore format: one sentence per entry
export const RATIONALE_RULES: RationaleRule[] = [
  // Serverless
  why('why-lambda-isolation', 'serverless', 'isolation', null, null, ['lambda-isolation'],
    'Each Lambda execution environment is its own Firecracker microVM, never shared between functions or accounts, so Lambda isolates at least as strongly as containers sharing a host.'),
  why('why-lambda-tenants', 'serverless', 'isolation', { isolation: ['strong'] }, null, ['lambda-isolation'],
    'One environment serves many invocations of the same function, so turn on tenant isolation mode to give each tenant environments of its own.'),
  why('why-lambda-lmi-isolation', 'serverless', 'isolation', { traffic: ['steady'] }, { isolation: ['strong'] }, ['lambda-managed-instances'],
    'Lambda Managed Instances, if used for the steady load, make the capacity provider the boundary instead of a microVM per environment.'),
  why('why-lambda-resources', 'serverless', 'resources', null, null, ['lambda-memory-cpu', 'lambda-max-duration'],
    `Each invocation gets up to ${n(L.maxMemoryMb.value)} MB of memory and ${L.maxVcpu.value} vCPU and must finish within ${MINUTES} minutes; this workload fits.`),
  why('why-lambda-medium', 'serverless', 'resources', { runtime: ['medium'] }, null, ['lambda-durable-functions'],
    'Runs of several minutes leave little headroom: Step Functions or durable functions can split a flow into checkpointed short steps.'),
  why('why-lambda-image', 'serverless', 'resources', { os_control: ['packages'] }, null, ['lambda-package'],
    `Custom binaries and libraries go into a container image of up to ${L.containerImageGb.value} GB.`),
  why('why-lambda-maintenance', 'serverless', 'maintenance', null, null, ['lambda-maintenance'],
    'The least upkeep of the three: AWS patches the operating system and runtime; your team owns code, configuration and IAM.'),
  why('why-lambda-cost-idle', 'serverless', 'cost', null, { traffic: ['steady'] }, ['lambda-billing'],
    'You pay per request and per millisecond of duration, and nothing while idle.'),
  why('why-lambda-cost-steady', 'serverless', 'cost', { traffic: ['steady'] }, null, ['guide-steady-cost', 'lambda-managed-instances'],
    'Steady, high load usually costs more per request than per second; Lambda Managed Instances bring EC2 pricing and Savings Plans to steady functions.'),
  why('why-lambda-scaling', 'serverless', 'scaling', null, null, ['lambda-concurrency'],
    `Lambda scales per request without capacity planning, up to ${n(L.defaultConcurrency.value)} concurrent executions per Region by default (a quota you can raise).`),
  why('why-lambda-cold', 'serverless', 'scaling', { latency: ['sensitive'] }, null, ['lambda-cold-start'],
    'New environments add cold-start time; provisioned concurrency keeps some warm (paid while idle) and SnapStart speeds up Java, Python and .NET.'),
  // Containers
  why('why-fargate-strong', 'container', 'isolation', { isolation: ['strong'] }, SPECIAL, ['fargate-isolation', 'ec2-containers-share-kernel'],
    "Run it on Fargate: each task (or EKS pod on Fargate) gets its own hardware-virtualized boundary and shares no kernel, CPU, memory or network interface with other tasks. Containers on EC2 capacity would share the host's kernel, so avoid them here."),
  why('why-fargate-isolation', 'container', 'isolation', null, { isolation: ['strong'], compute: ['special'] }, ['fargate-isolation', 'ec2-containers-share-kernel'],
    "On Fargate each task runs in its own hardware-virtualized boundary; on EC2 capacity, containers share the instance's kernel with each other."),
  why('why-gpu-container-isolation', 'container', 'isolation', SPECIAL, null, ['gpu-containers-on-ec2', 'ec2-containers-share-kernel'],
    'GPU containers run on EC2 capacity, where the containers on one instance share its kernel; keep workloads that must not share one on separate instances.'),
  why('why-fargate-resources', 'container', 'resources', null, SPECIAL, ['fargate-task-size', 'fargate-ephemeral-storage'],
    `A Fargate task can have up to ${F.maxVcpu.value} vCPU, ${F.maxMemoryGb.value} GB of memory and ${F.maxEphemeralGb.value} GiB of ephemeral storage, and runs as long as it needs.`),
  why('why-batch-large', 'container', 'resources', { compute: ['large'], traffic: ['scheduled', 'bursty'], runtime: ['medium', 'long'] }, null, ['batch-fargate-or-ec2'],
    `For batch jobs above ${B.fargateRecommendedMaxVcpu.value} vCPU or ${B.fargateRecommendedMaxMemoryGb.value} GiB, AWS Batch recommends EC2 capacity over Fargate.`),
  why('why-gpu-container-resources', 'container', 'resources', SPECIAL, null, ['fargate-restrictions', 'gpu-containers-on-ec2'],
    'Fargate has no GPUs, so GPU containers run on ECS or EKS with EC2 capacity, including ECS Managed Instances.'),
  why('why-container-state', 'container', 'resources', { state: ['local'] }, null, ['fargate-ephemeral-storage'],
    "A task's local storage lasts only as long as the task: keep state that must outlive it in a database, a cache or attached storage."),
  why('why-fargate-maintenance', 'container', 'maintenance', null, null, ['container-maintenance'],
    'On Fargate AWS runs the hosts and your team owns images, task definitions and scaling rules; on EC2 capacity the team also owns the instances.'),
  why('why-container-minimal-ops', 'container', 'maintenance', { ops: ['minimal'], runtime: ['short'] }, SPECIAL, ['app-runner-closed'],
    'For a team that wants fully managed only, Amazon ECS Express Mode is the simplest start for a web service.'),
  why('why-fargate-cost', 'container', 'cost', null, SPECIAL, ['fargate-billing'],
    `Fargate bills per second for requested vCPU and memory (${F.minimumBillingSeconds.value}-second minimum); Fargate Spot discounts work that can be interrupted.`),
  why('why-container-steady', 'container', 'cost', { traffic: ['steady'] }, null, ['guide-steady-cost', 'ec2-pricing'],
    'Steady load costs less per second than per request, and Compute Savings Plans cover Fargate too.'),
  why('why-gpu-container-cost', 'container', 'cost', SPECIAL, null, ['ec2-pricing'],
    'GPU capacity is billed at EC2 instance prices: On-Demand, Spot for interruptible work or Savings Plans.'),
  why('why-container-scaling', 'container', 'scaling', null, null, ['eks-auto-mode', 'container-maintenance'],
    'ECS services and EKS scale by adding tasks or pods; on EC2 capacity, capacity providers or EKS Auto Mode add the instances.'),
  // Virtual machines
  why('why-ec2-isolation', 'vm', 'isolation', null, { isolation: ['dedicated'] }, ['ec2-isolation'],
    'Each EC2 instance runs its own kernel on the Nitro hypervisor; the physical host is shared with other customers unless you choose Dedicated Instances, Dedicated Hosts or bare metal.'),
  why('why-ec2-strong', 'vm', 'isolation', { isolation: ['strong'] }, null, ['ec2-isolation'],
    'For untrusted or multi-tenant code, give each tenant instances of its own: an instance never shares its kernel.'),
  why('why-dedicated-hosts', 'vm', 'isolation', { isolation: ['dedicated'] }, null, ['dedicated-hosts', 'ec2-isolation'],
    'EC2 Dedicated Hosts give you physical servers of your own, with socket, core and host-ID visibility for per-core licences and single-tenant compliance; each instance still runs its own kernel on Nitro.'),
  why('why-ec2-special', 'vm', 'resources', SPECIAL, null, ['ec2-special-hardware'],
    'GPU and accelerator families (P, G, Trn, Inf), terabytes of memory, local NVMe, EFA networking and bare metal exist only on EC2.'),
  why('why-ec2-os', 'vm', 'resources', { os_control: ['full'] }, null, ['ec2-os-control'],
    'An instance gives full control of the AMI, kernel modules and parameters, host agents and privileged processes.'),
  why('why-ec2-resources', 'vm', 'resources', null, { compute: ['special'], os_control: ['full'] }, ['ec2-special-hardware'],
    'Pick any instance size and keep processes, memory and local disks for as long as the instance runs.'),
  why('why-ec2-maintenance', 'vm', 'maintenance', null, null, ['ec2-maintenance'],
    'The most upkeep of the three: your team patches and hardens the OS, manages AMIs, and plans capacity and scaling.'),
  why('why-ec2-light-ops', 'vm', 'maintenance', { ops: ['minimal', 'moderate'] }, null, ['ec2-maintenance'],
    'That may be more than the team wants to take on: budget for it, or weigh the runner-up.'),
  why('why-ec2-cost', 'vm', 'cost', null, null, ['ec2-pricing'],
    `On-Demand bills Linux per second; Spot costs up to ${LIMITS.ec2.spotMaxDiscountPercent.value}% less for interruptible runs; Savings Plans or Reserved Instances discount steady use.`),
  why('why-ec2-scaling', 'vm', 'scaling', null, null, ['ec2-maintenance'],
    'EC2 Auto Scaling adds and removes instances; you choose the instance types and the capacity.'),
];
