// The decision rules as data, keyed by platform: hard blockers (a platform cannot do the job) and
// weighted preferences (a platform fits better or worse). A limit of one platform blocks only that
// platform, never its whole kind. Each rule cites the fact ids that justify it; knowledge/index.ts
// checks every id. Weights are raw points around `SCORING.base`: ±5 a nudge, ±15 a clear preference,
// ±25 a strong one. The tables keep one entry per line (biome-ignore format) so they read as tables.
import type { PlatformId } from './ids.js';
import { LIMITS } from './limits.js';
import { grouped } from './numbers.js';
import type { Blocker, Effect, Preference, Scoring } from './rule-schema.js';

const n = grouped;
const MINUTES = LIMITS.lambda.maxDurationSeconds.value / 60;
const L_MEM = n(LIMITS.lambda.maxMemoryMb.value);
const L_CPU = LIMITS.lambda.maxVcpu.value;
const F_CPU = LIMITS.fargate.maxVcpu.value;
const F_GB = LIMITS.fargate.maxMemoryGb.value;

export const SCORING: Scoring = {
  base: 50,
  midpoint: 60,
  spread: 30,
  assumedWeight: 0.5,
  unblockedMin: 25,
  blockedMax: 20,
  tieBreak: ['lambda', 'lambda_managed', 'fargate', 'containers_on_ec2', 'ec2', 'ec2_dedicated'],
};

const block = (
  id: string,
  platform: PlatformId,
  when: Blocker['when'],
  facts: string[],
  short: string,
  message: string,
): Blocker => ({ id, platform, when, facts, short, message });

// biome-ignore format: one blocker per line
export const BLOCKERS: Blocker[] = [
  // AWS Lambda
  block('lambda-runtime-long', 'lambda', { runtime: ['long'] }, ['lambda-max-duration'], `it stops a function after ${MINUTES} minutes`,
    `AWS Lambda stops a function after ${MINUTES} minutes; this work runs longer than that.`),
  block('lambda-always-on', 'lambda', { runtime: ['always_on'] }, ['lambda-max-duration', 'guide-fargate'], 'it cannot keep a process running',
    `AWS Lambda runs code per event for at most ${MINUTES} minutes; it cannot keep a process, long-lived connections or an in-memory cache running.`),
  block('lambda-compute-large', 'lambda', { compute: ['large'] }, ['lambda-memory-cpu'], `a function gets at most ${L_MEM} MB and ${L_CPU} vCPU`,
    `An AWS Lambda function gets at most ${L_MEM} MB of memory and ${L_CPU} vCPU; this work needs more.`),
  block('lambda-compute-special', 'lambda', { compute: ['special'] }, ['lambda-no-gpu', 'lambda-memory-cpu'], 'it has no special hardware',
    `AWS Lambda has no GPUs or other accelerators and at most ${L_MEM} MB of memory and ${L_CPU} vCPU; this work needs special hardware.`),
  block('lambda-os-full', 'lambda', { os_control: ['full'] }, ['lambda-maintenance', 'ec2-os-control'], 'AWS controls the operating system',
    'AWS Lambda runs your code on an operating system AWS manages; kernel modules, a specific OS image or privileged access are not possible.'),
  block('lambda-dedicated', 'lambda', { isolation: ['dedicated'] }, ['lambda-isolation', 'dedicated-hosts'], 'it runs on hardware shared between customers',
    'AWS Lambda runs on hardware AWS shares between customers; hardware dedicated to you for licensing or compliance means EC2 Dedicated Hosts or Dedicated Instances.'),
  block('lambda-state-local', 'lambda', { state: ['local'] }, ['lambda-environment-lifecycle'], 'local state does not survive between requests',
    'AWS Lambda recycles execution environments and cannot send a user back to the same one, so local state and sticky sessions do not survive; keep state in a database or cache to use Lambda.'),
  block('lambda-windows', 'lambda', { os_family: ['windows'] }, ['lambda-runtimes'], 'it runs on Amazon Linux only',
    'AWS Lambda runs functions on Amazon Linux only; Windows and .NET Framework code cannot run there.'),
  // Lambda Managed Instances
  block('lmi-runtime-long', 'lambda_managed', { runtime: ['long'] }, ['lambda-max-duration', 'lambda-managed-instances'], `an invocation still ends after ${MINUTES} minutes`,
    `Lambda Managed Instances keep Lambda's ${MINUTES}-minute limit per invocation; this work runs longer than that.`),
  block('lmi-always-on', 'lambda_managed', { runtime: ['always_on'] }, ['lambda-max-duration', 'lambda-managed-instances'], 'it runs code per invocation, not a standing process',
    `Lambda Managed Instances still run code per invocation for at most ${MINUTES} minutes; a daemon or long-lived connections need a task or an instance.`),
  block('lmi-compute-special', 'lambda_managed', { compute: ['special'] }, ['ec2-special-hardware', 'lambda-managed-instances'], 'special hardware is used as EC2 instances or container capacity',
    'Lambda Managed Instances run functions on capacity Lambda picks; GPUs, EFA, local NVMe, terabytes of memory and bare metal are used as EC2 instances or as the capacity under ECS, EKS or AWS Batch.'),
  block('lmi-os-full', 'lambda_managed', { os_control: ['full'] }, ['lambda-managed-instances', 'ec2-os-control'], 'Lambda controls the operating system',
    'Lambda Managed Instances run your code on instances and an operating system Lambda manages; kernel modules, your own AMI or privileged access are not possible.'),
  block('lmi-dedicated', 'lambda_managed', { isolation: ['dedicated'] }, ['lambda-managed-instances', 'dedicated-hosts'], 'Lambda picks and manages the instances',
    'Lambda Managed Instances pick and manage the instances themselves; hardware dedicated to you for licensing or compliance means EC2 Dedicated Hosts or Dedicated Instances.'),
  block('lmi-strong', 'lambda_managed', { isolation: ['strong'] }, ['lambda-managed-instances'], 'functions sharing a capacity provider must trust each other',
    "Lambda Managed Instances make the capacity provider the security boundary, so the functions on it must trust each other; untrusted or multi-tenant code needs standard Lambda's microVM per environment, Fargate or instances of its own."),
  block('lmi-state-local', 'lambda_managed', { state: ['local'] }, ['lambda-environment-lifecycle', 'lambda-managed-instances'], 'local state does not survive between requests',
    'Lambda Managed Instances also create and retire execution environments as load changes, so local state and sticky sessions do not survive.'),
  block('lmi-windows', 'lambda_managed', { os_family: ['windows'] }, ['lambda-runtimes'], 'it runs on Amazon Linux only',
    'Lambda Managed Instances run functions on Amazon Linux only; Windows and .NET Framework code cannot run there.'),
  // Fargate
  block('fargate-special', 'fargate', { compute: ['special'] }, ['fargate-restrictions', 'fargate-task-size', 'gpu-containers-on-ec2'], 'it has no special hardware',
    `Fargate offers no GPUs, EFA or local NVMe, and tasks of at most ${F_CPU} vCPU and ${F_GB} GB; containers that need special hardware run on EC2 capacity.`),
  block('fargate-os-full', 'fargate', { os_control: ['full'] }, ['fargate-restrictions', 'eks-fargate', 'containers-on-ec2-capabilities'], 'it refuses privileged containers, device access and host daemons',
    'Fargate refuses privileged containers and device access, runs no daemon on the host (no DaemonSets on EKS on Fargate) and takes no custom AMI; ECS or EKS on EC2 capacity, or an EC2 instance, allow that control.'),
  block('fargate-dedicated', 'fargate', { isolation: ['dedicated'] }, ['fargate-isolation', 'dedicated-hosts'], 'it cannot run on hardware dedicated to you',
    'Fargate cannot be placed on hardware dedicated to you; per-core licensing or single-tenant compliance needs EC2 Dedicated Hosts or Dedicated Instances.'),
  // ECS or EKS on EC2 capacity
  block('coe-strong', 'containers_on_ec2', { isolation: ['strong'] }, ['ec2-containers-share-kernel', 'fargate-isolation'], "containers on one instance share its kernel",
    "Containers on EC2 capacity share the instance's kernel with every other container on it; this work must not share a kernel, so give it Fargate tasks or instances of its own."),
  block('coe-dedicated', 'containers_on_ec2', { isolation: ['dedicated'] }, ['dedicated-hosts', 'containers-on-ec2-capabilities'], 'its hosts are shared-tenancy instances unless you run them on dedicated hardware yourself',
    'ECS and EKS launch container hosts on shared tenancy; hardware dedicated to you means running the hosts yourself as Dedicated Instances or on Dedicated Hosts, which is EC2 on dedicated hardware.'),
  // EC2 on shared tenancy
  block('ec2-shared-dedicated', 'ec2', { isolation: ['dedicated'] }, ['ec2-isolation', 'dedicated-hosts'], 'its hosts are shared with other customers',
    'EC2 on shared tenancy places instances on hosts shared with other AWS customers; hardware dedicated to you means Dedicated Hosts or Dedicated Instances.'),
];

const fx = (
  on: PlatformId | readonly PlatformId[],
  weight: number,
  facts: string[],
  reason: string,
): Effect[] => (typeof on === 'string' ? [on] : on).map((platform) => ({ platform, weight, facts, reason }));
const pref = (id: string, when: Preference['when'], ...effects: Effect[][]): Preference => ({
  id,
  when,
  effects: effects.flat(),
});

const LAMBDAS = ['lambda', 'lambda_managed'] as const;
const CONTAINERS = ['fargate', 'containers_on_ec2'] as const;
const VMS = ['ec2', 'ec2_dedicated'] as const;

// biome-ignore format: one effect per line
export const PREFERENCES: Preference[] = [
  // How long one unit of work runs.
  pref('runtime-short', { runtime: ['short'] },
    fx(LAMBDAS, 15, ['guide-lambda'], 'Work that finishes in seconds is what Lambda is built for.')),
  pref('runtime-medium', { runtime: ['medium'] },
    fx(LAMBDAS, 0, ['lambda-max-duration'], `Each unit finishes inside Lambda's ${MINUTES}-minute limit, though with less headroom.`),
    fx(CONTAINERS, 8, ['guide-fargate'], 'A task has no time limit, so runs of several minutes leave headroom.')),
  pref('runtime-long', { runtime: ['long'] },
    fx(CONTAINERS, 20, ['guide-fargate'], `AWS points work longer than ${MINUTES} minutes to containers.`),
    fx(VMS, 10, ['guide-ec2'], 'An instance runs a job for as long as it takes.')),
  pref('runtime-always-on', { runtime: ['always_on'] },
    fx(CONTAINERS, 20, ['guide-fargate'], 'A service keeps long-running processes up and replaces them when they fail.'),
    fx(VMS, 15, ['guide-ec2'], 'An instance keeps a daemon and its connections running.')),
  // Load over a day.
  pref('traffic-bursty', { traffic: ['bursty'] },
    fx('lambda', 20, ['guide-lambda', 'lambda-billing'], 'Lambda scales with each burst and costs nothing while idle.'),
    fx('lambda_managed', -5, ['lambda-managed-instances', 'ec2-pricing'], 'Managed Instances are EC2 capacity, billed between bursts too.'),
    fx('containers_on_ec2', -5, ['ec2-pricing'], 'Container hosts sized for the peaks idle, and are billed, between bursts.'),
    fx(VMS, -10, ['ec2-pricing'], 'Instances sized for the peaks sit idle and billed between bursts.')),
  pref('traffic-steady', { traffic: ['steady'] },
    fx('lambda', -12, ['guide-steady-cost'], 'Steady, high load usually costs more on per-request pricing.'),
    fx('lambda_managed', 10, ['lambda-managed-instances', 'guide-steady-cost'], 'Steady load suits Lambda Managed Instances at EC2 prices, with Savings Plans.'),
    fx('fargate', 10, ['guide-steady-cost', 'fargate-billing'], 'Steady load is cheaper on per-second task pricing.'),
    fx('containers_on_ec2', 12, ['guide-steady-cost', 'ec2-pricing'], 'Steady load keeps container hosts busy at instance prices.'),
    fx(VMS, 10, ['guide-steady-cost', 'ec2-pricing'], 'Steady load suits instances covered by Savings Plans.')),
  pref('traffic-scheduled', { traffic: ['scheduled'] },
    fx('lambda', 10, ['lambda-billing'], 'A scheduled function costs nothing between runs.'),
    fx('lambda_managed', -5, ['lambda-managed-instances'], 'Managed Instances would idle, and be billed, between runs.'),
    fx(CONTAINERS, 10, ['fargate-billing', 'batch-fargate-or-ec2'], 'Scheduled tasks and AWS Batch jobs are billed only while they run.'),
    fx(VMS, -5, ['ec2-pricing'], 'A standing instance would idle between runs.')),
  // Isolation.
  pref('isolation-strong', { isolation: ['strong'] },
    fx('lambda', 5, ['lambda-isolation'], 'Each Lambda environment is its own microVM; tenant isolation mode keeps tenants apart.'),
    fx(VMS, 3, ['ec2-isolation'], 'Each instance has its own kernel on the Nitro hypervisor.')),
  pref('isolation-strong-fargate', { isolation: ['strong'] },
    fx('fargate', 3, ['fargate-isolation', 'ec2-containers-share-kernel'], 'Each Fargate task gets its own hardware-virtualized boundary; containers on EC2 would share a kernel.')),
  pref('isolation-dedicated', { isolation: ['dedicated'] },
    fx('ec2_dedicated', 30, ['dedicated-hosts'], 'Dedicated Hosts give you physical servers with socket and core visibility for licensing.')),
  // Dedicated hardware costs more and is chosen for a reason: licensing, compliance or bare metal.
  pref('shared-tenancy', { isolation: ['standard', 'strong'] },
    fx('ec2_dedicated', -30, ['dedicated-hosts', 'ec2-isolation'], 'Nothing here asks for hardware of your own, so shared tenancy does the job for less.')),
  pref('bare-metal', { hardware: ['bare_metal'] },
    fx('ec2_dedicated', 40, ['ec2-special-hardware', 'ec2-isolation'], 'A bare-metal instance gives the whole physical server, which only EC2 offers.')),
  // Operating-system control.
  pref('os-none', { os_control: ['none'] },
    fx(LAMBDAS, 15, ['lambda-maintenance'], 'A managed runtime is all the code needs, and AWS patches it.'),
    fx(VMS, -10, ['ec2-maintenance'], 'A whole OS to maintain buys nothing the code needs.')),
  pref('os-packages', { os_control: ['packages'] },
    fx(LAMBDAS, -5, ['lambda-package'], 'Custom binaries fit a Lambda container image, with more packaging work.'),
    fx(CONTAINERS, 15, ['guide-fargate'], 'A container image carries the custom binaries and libraries.')),
  pref('os-full', { os_control: ['full'] },
    fx(VMS, 30, ['ec2-os-control', 'guide-ec2'], 'An EC2 instance gives control of the AMI, kernel and privileged processes.'),
    fx('containers_on_ec2', 5, ['containers-on-ec2-capabilities'], 'On EC2 capacity, containers can run privileged, use devices and host networking, and hosts take daemons and custom AMIs.')),
  pref('os-full-windows', { os_control: ['full'], os_family: ['windows'] },
    fx('containers_on_ec2', -30, ['windows-no-privileged'], 'Windows containers cannot run privileged on any ECS capacity.')),
  // Peak compute.
  pref('compute-small', { compute: ['small'] },
    fx(LAMBDAS, 5, ['lambda-memory-cpu'], `It fits within Lambda's ${L_MEM} MB and ${L_CPU} vCPU.`)),
  pref('compute-large', { compute: ['large'] },
    fx(CONTAINERS, 15, ['fargate-task-size'], 'It fits in one task, on Fargate or on EC2 capacity.'),
    fx('lambda_managed', -20, ['lambda-memory-cpu', 'fargate-task-size'], 'Units of work this large are what tasks and instances are sized for.'),
    fx(VMS, 10, ['ec2-special-hardware'], 'Instance types of that size are plentiful.')),
  pref('compute-special', { compute: ['special'] },
    fx(VMS, 35, ['ec2-special-hardware', 'guide-ec2'], 'The special hardware it needs is an EC2 feature.'),
    fx('containers_on_ec2', -10, ['gpu-containers-on-ec2', 'container-maintenance'], 'Special hardware for containers means EC2 capacity your team sizes and runs.')),
  // State.
  pref('state-stateless', { state: ['stateless'] },
    fx(LAMBDAS, 10, ['guide-lambda'], 'Stateless handlers scale out freely.'),
    fx(CONTAINERS, 5, ['guide-fargate'], 'Stateless tasks can be replaced and scaled freely.')),
  pref('state-local', { state: ['local'] },
    fx(CONTAINERS, 0, ['fargate-ephemeral-storage'], "A task's local storage lasts only as long as the task."),
    fx(VMS, 15, ['ec2-os-control'], 'An instance keeps its disks and memory between requests.')),
  // Operations capacity.
  pref('ops-minimal', { ops: ['minimal'] },
    fx('lambda', 25, ['lambda-maintenance', 'guide-lambda'], 'AWS patches the OS and runtime; the team only owns code and configuration.'),
    fx('lambda_managed', 20, ['lambda-managed-instances', 'lambda-maintenance'], 'Lambda runs the instances; the team owns code, configuration and the capacity provider.'),
    fx('fargate', 0, ['container-maintenance'], 'Fargate removes host work but leaves images and task definitions.'),
    fx('containers_on_ec2', -10, ['container-maintenance'], 'On EC2 capacity the team also owns the instances under the containers.'),
    fx(VMS, -25, ['ec2-maintenance'], 'EC2 means patching operating systems and managing capacity.')),
  pref('ops-moderate', { ops: ['moderate'] },
    fx('fargate', 15, ['container-maintenance'], 'The team can own images and task definitions while AWS runs the hosts.'),
    fx('containers_on_ec2', 10, ['container-maintenance'], 'The team can own images and task definitions; the instances under them are extra work.'),
    fx(VMS, -10, ['ec2-maintenance'], 'Patching an OS fleet is more than the team wants to take on.')),
  pref('ops-full', { ops: ['full'] },
    fx(VMS, 15, ['ec2-maintenance'], 'The team already patches OS fleets and manages capacity.'),
    fx('fargate', 5, ['container-maintenance'], 'The team could run EC2 capacity but need not.'),
    fx('containers_on_ec2', 13, ['container-maintenance', 'ec2-pricing'], 'The team can run the EC2 capacity under the containers, at instance prices.')),
  // Cold starts.
  pref('latency-sensitive', { latency: ['sensitive'] },
    fx(LAMBDAS, -10, ['lambda-cold-start'], 'New Lambda environments add start-up time; provisioned concurrency avoids it at a price.'),
    fx(CONTAINERS, 5, ['guide-fargate'], 'Running tasks answer without a cold start.'),
    fx(VMS, 5, ['guide-ec2'], 'Running instances answer without a cold start.')),
  pref('latency-sensitive-bursty', { latency: ['sensitive'], traffic: ['bursty'] },
    fx('lambda', -5, ['lambda-cold-start'], 'After idle gaps, bursts hit new environments unless provisioned concurrency is paid for.')),
  // Portability.
  pref('portable', { portability: ['portable'] },
    fx(CONTAINERS, 25, ['guide-fargate', 'eks-auto-mode'], 'Container images and Kubernetes run the same on other clouds and on-premises.'),
    fx(LAMBDAS, -20, ['guide-fargate'], 'Lambda functions and their triggers are specific to AWS.')),
  // What exists today.
  pref('start-new', { starting_point: ['new'] },
    fx(LAMBDAS, 5, ['guide-lambda'], 'A new workload can be written for a managed runtime from the start.')),
  pref('start-containerized', { starting_point: ['containerized'] },
    fx(CONTAINERS, 25, ['guide-fargate'], 'The existing images run on ECS or EKS unchanged.'),
    fx(VMS, -5, ['guide-fargate'], 'Moving images back onto hand-managed servers adds work.')),
  pref('start-vm-based', { starting_point: ['vm_based'] },
    fx(VMS, 25, ['guide-ec2'], 'Lift-and-shift of existing servers is what AWS points to EC2 for.'),
    fx(LAMBDAS, -20, ['guide-lambda'], 'A server application would need rewriting into functions.')),
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
