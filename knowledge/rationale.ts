// The rationale sentences, as data, keyed by platform: for the recommended platform, each axis joins
// every entry that matches the profile, in this order. They describe that platform — a Fargate task's
// own boundary, a kernel shared on EC2 capacity, a Firecracker microVM, a capacity provider, a Nitro
// instance, hardware of your own — not its kind in general. Isolation wording follows AWS's
// documentation (facts lambda-isolation, fargate-isolation, ec2-containers-share-kernel).
import type { PlatformId } from './ids.js';
import { LIMITS } from './limits.js';
import { grouped } from './numbers.js';
import type { Axis, Condition, RationaleRule } from './rule-schema.js';

const n = grouped;
const L = LIMITS.lambda;
const F = LIMITS.fargate;
const B = LIMITS.batch;
const MINUTES = L.maxDurationSeconds.value / 60;
const SPOT = LIMITS.ec2.spotMaxDiscountPercent.value;
const WINDOWS = { os_family: ['windows'] };
const SPECIAL_UNNAMED = { compute: ['special'], hardware: ['none'] };

const why = (
  id: string,
  platform: PlatformId,
  axis: Axis,
  when: Condition | null,
  unless: Condition | null,
  facts: string[],
  text: string,
): RationaleRule => ({
  id,
  platform,
  axis,
  text,
  facts,
  ...(when ? { when } : {}),
  ...(unless ? { unless } : {}),
});

/** What an instance used directly can offer for each named hardware need (EC2 and EC2 dedicated). */
// biome-ignore format: one sentence per entry
const hardwareOn = (p: 'ec2' | 'ec2_dedicated'): RationaleRule[] => [
  why(`why-${p.replace("_", "-")}-gpu`, p, 'resources', { hardware: ['gpu'] }, null, ['ec2-special-hardware'],
    'GPU and accelerator families (P, G, Trn, Inf) exist only as EC2 instances.'),
  why(`why-${p.replace("_", "-")}-memory`, p, 'resources', { hardware: ['high_memory'] }, null, ['ec2-special-hardware'],
    'Memory-optimized and High Memory instances reach terabytes of memory, far beyond any task or function.'),
  why(`why-${p.replace("_", "-")}-hpc`, p, 'resources', { hardware: ['hpc'] }, null, ['hpc-efa'],
    'Tightly coupled MPI or NCCL runs need EFA networking between EFA-capable instances: build the cluster with AWS ParallelCluster and Slurm, or run AWS Batch multi-node parallel jobs.'),
  why(`why-${p.replace("_", "-")}-nvme`, p, 'resources', { hardware: ['local_storage'] }, null, ['ec2-special-hardware'],
    'Storage-optimized instances bring local NVMe disks.'),
  why(`why-${p.replace("_", "-")}-by-need`, p, 'resources', SPECIAL_UNNAMED, null, ['ec2-special-hardware'],
    'Accelerators, terabytes of memory, local NVMe, EFA networking and bare metal are EC2 instance features: pick the family that matches the need.'),
  why(`why-${p.replace("_", "-")}-os`, p, 'resources', { os_control: ['full'] }, null, ['ec2-os-control'],
    'An instance gives full control of the AMI, kernel modules and parameters, host agents and privileged processes.'),
];

// biome-ignore format: one sentence per entry
export const RATIONALE_RULES: RationaleRule[] = [
  // AWS Lambda
  why('why-lambda-isolation', 'lambda', 'isolation', null, null, ['lambda-isolation'],
    'Each Lambda execution environment is its own Firecracker microVM, never shared between functions or accounts, so Lambda isolates at least as strongly as containers sharing a host.'),
  why('why-lambda-tenants', 'lambda', 'isolation', { isolation: ['strong'] }, null, ['lambda-isolation'],
    'One environment serves many invocations of the same function, so turn on tenant isolation mode to give each tenant environments of its own.'),
  why('why-lambda-resources', 'lambda', 'resources', null, null, ['lambda-memory-cpu', 'lambda-max-duration'],
    `Each invocation gets up to ${n(L.maxMemoryMb.value)} MB of memory and ${L.maxVcpu.value} vCPU and must finish within ${MINUTES} minutes; this workload fits.`),
  why('why-lambda-medium', 'lambda', 'resources', { runtime: ['medium'] }, null, ['lambda-durable-functions'],
    'Runs of several minutes leave little headroom: Step Functions or durable functions can split a flow into checkpointed short steps.'),
  why('why-lambda-image', 'lambda', 'resources', { os_control: ['packages'] }, null, ['lambda-package'],
    `Custom binaries and libraries go into a container image of up to ${L.containerImageGb.value} GB.`),
  why('why-lambda-maintenance', 'lambda', 'maintenance', null, null, ['lambda-maintenance'],
    'The least upkeep of all: AWS patches the operating system and runtime; your team owns code, configuration and IAM.'),
  why('why-lambda-cost-idle', 'lambda', 'cost', null, { traffic: ['steady'] }, ['lambda-billing'],
    'You pay per request and per millisecond of duration, and nothing while idle.'),
  why('why-lambda-cost-steady', 'lambda', 'cost', { traffic: ['steady'] }, null, ['guide-steady-cost', 'lambda-managed-instances'],
    'Steady, high load usually costs more per request than per second; Lambda Managed Instances bring EC2 pricing and Savings Plans to steady functions.'),
  why('why-lambda-scaling', 'lambda', 'scaling', null, null, ['lambda-concurrency'],
    `Lambda scales per request without capacity planning, up to ${n(L.defaultConcurrency.value)} concurrent executions per Region by default (a quota you can raise).`),
  why('why-lambda-cold', 'lambda', 'scaling', { latency: ['sensitive'] }, null, ['lambda-cold-start'],
    'New environments add cold-start time; provisioned concurrency keeps some warm (paid while idle) and SnapStart speeds up Java, Python and .NET.'),
  // Lambda Managed Instances
  why('why-lmi-isolation', 'lambda_managed', 'isolation', null, null, ['lambda-managed-instances'],
    "Functions run on EC2 instances in your account that Lambda manages; the capacity provider is the security boundary, so functions sharing one must trust each other — weaker than standard Lambda's microVM per environment."),
  why('why-lmi-resources', 'lambda_managed', 'resources', null, null, ['lambda-managed-instances', 'lambda-max-duration'],
    `Functions keep Lambda's programming model and its ${MINUTES}-minute limit per invocation, on instances the capacity provider runs for them.`),
  why('why-lmi-image', 'lambda_managed', 'resources', { os_control: ['packages'] }, null, ['lambda-package'],
    `Custom binaries and libraries go into a container image of up to ${L.containerImageGb.value} GB.`),
  why('why-lmi-maintenance', 'lambda_managed', 'maintenance', null, null, ['lambda-managed-instances', 'lambda-maintenance'],
    'Lambda runs the instances and the runtime; your team owns code, configuration, IAM and the capacity provider.'),
  why('why-lmi-cost', 'lambda_managed', 'cost', null, null, ['lambda-managed-instances', 'guide-steady-cost'],
    'The instances are billed at EC2 prices, with Savings Plans and Reserved Instances, whether busy or not: that pays off for steady, predictable load.'),
  // Fargate
  why('why-fargate-strong', 'fargate', 'isolation', { isolation: ['strong'] }, null, ['fargate-isolation', 'ec2-containers-share-kernel'],
    "Each Fargate task (or EKS pod on Fargate) gets its own hardware-virtualized boundary and shares no kernel, CPU, memory or network interface with other tasks. Containers on EC2 capacity would share the host's kernel, so avoid them here."),
  why('why-fargate-isolation', 'fargate', 'isolation', null, { isolation: ['strong'] }, ['fargate-isolation'],
    'Each Fargate task runs in its own hardware-virtualized boundary and shares no kernel, CPU, memory or network interface with another task.'),
  why('why-fargate-resources', 'fargate', 'resources', null, null, ['fargate-task-size', 'fargate-ephemeral-storage'],
    `A Fargate task can have up to ${F.maxVcpu.value} vCPU, ${F.maxMemoryGb.value} GB of memory and ${F.maxEphemeralGb.value} GiB of ephemeral storage, and runs as long as it needs.`),
  why('why-fargate-windows', 'fargate', 'resources', WINDOWS, null, ['fargate-windows'],
    'Fargate runs Windows Server 2019 and 2022 containers, Core and Full editions.'),
  why('why-batch-large', 'fargate', 'resources', { compute: ['large'], traffic: ['scheduled', 'bursty'], runtime: ['medium', 'long'] }, null, ['batch-fargate-or-ec2'],
    `For batch jobs above ${B.fargateRecommendedMaxVcpu.value} vCPU or ${B.fargateRecommendedMaxMemoryGb.value} GiB, AWS Batch recommends EC2 capacity over Fargate.`),
  why('why-fargate-state', 'fargate', 'resources', { state: ['local'] }, null, ['fargate-ephemeral-storage'],
    "A task's local storage lasts only as long as the task: keep state that must outlive it in a database, a cache or attached storage."),
  why('why-fargate-maintenance', 'fargate', 'maintenance', null, null, ['container-maintenance'],
    'AWS runs the hosts; your team owns images, task definitions and scaling rules.'),
  why('why-fargate-minimal-ops', 'fargate', 'maintenance', { ops: ['minimal'], runtime: ['short'] }, null, ['app-runner-closed'],
    'For a team that wants fully managed only, Amazon ECS Express Mode is the simplest start for a web service.'),
  why('why-fargate-cost', 'fargate', 'cost', null, WINDOWS, ['fargate-billing'],
    `Fargate bills per second for requested vCPU and memory (${F.minimumBillingSeconds.value}-second minimum); Fargate Spot discounts work that can be interrupted.`),
  why('why-fargate-cost-windows', 'fargate', 'cost', WINDOWS, null, ['fargate-windows', 'ec2-pricing'],
    'Fargate bills for the vCPU and memory a task requests; Fargate Spot is not available for Windows, but Compute Savings Plans cover Fargate.'),
  why('why-fargate-steady', 'fargate', 'cost', { traffic: ['steady'] }, WINDOWS, ['guide-steady-cost', 'ec2-pricing'],
    'Steady load costs less per second than per request, and Compute Savings Plans cover Fargate too.'),
  why('why-fargate-scaling', 'fargate', 'scaling', null, null, ['fargate-isolation', 'container-maintenance'],
    'ECS services and EKS scale by adding tasks or pods; Fargate brings the capacity for each, with no instances to add.'),
  // ECS or EKS on EC2 capacity
  why('why-coe-isolation', 'containers_on_ec2', 'isolation', null, null, ['ec2-containers-share-kernel', 'ec2-isolation'],
    "Containers on one EC2 instance share its kernel with each other; each instance has its own kernel on Nitro, so keep workloads that must stay apart on separate instances or capacity providers."),
  why('why-coe-capabilities', 'containers_on_ec2', 'resources', { os_control: ['full'] }, WINDOWS, ['containers-on-ec2-capabilities'],
    'On EC2 capacity, containers can run privileged, use devices and host networking; hosts run a daemon each (ECS daemon services, Kubernetes DaemonSets) and can boot a custom AMI.'),
  why('why-coe-gpu', 'containers_on_ec2', 'resources', { hardware: ['gpu'] }, null, ['gpu-containers-on-ec2'],
    'GPU containers run on ECS or EKS with EC2 capacity, including ECS Managed Instances.'),
  why('why-coe-hpc', 'containers_on_ec2', 'resources', { hardware: ['hpc'] }, null, ['hpc-efa'],
    'Tightly coupled MPI or NCCL jobs run as AWS Batch multi-node parallel jobs on EFA-capable EC2 instances.'),
  why('why-coe-special', 'containers_on_ec2', 'resources', { compute: ['special'] }, { hardware: ['gpu', 'hpc'] }, ['ec2-special-hardware'],
    'The special hardware it needs exists only as EC2 instances, which ECS or EKS can use as container hosts.'),
  why('why-coe-resources', 'containers_on_ec2', 'resources', null, { compute: ['special'] }, ['containers-on-ec2-capabilities', 'fargate-task-size'],
    'Any EC2 instance type can be a container host, so tasks are sized by the instance you choose.'),
  why('why-coe-state', 'containers_on_ec2', 'resources', { state: ['local'] }, null, ['fargate-ephemeral-storage'],
    "A container's local storage lasts only as long as the container: keep state that must outlive it in a database, a cache or attached storage."),
  why('why-coe-maintenance', 'containers_on_ec2', 'maintenance', null, null, ['container-maintenance', 'eks-auto-mode'],
    'Your team owns images and task definitions and also the instances under them: AMIs, patching and capacity. EKS Auto Mode takes the node work off an EKS team.'),
  why('why-coe-cost', 'containers_on_ec2', 'cost', null, null, ['ec2-pricing'],
    `Container hosts cost EC2 instance prices: Spot up to ${SPOT}% less for interruptible work, Savings Plans or Reserved Instances for the steady base.`),
  why('why-coe-scaling', 'containers_on_ec2', 'scaling', null, null, ['eks-auto-mode', 'container-maintenance'],
    'ECS services and EKS add tasks or pods; capacity providers or EKS Auto Mode add the instances under them.'),
  // EC2 on shared tenancy
  why('why-ec2-isolation', 'ec2', 'isolation', null, null, ['ec2-isolation'],
    'Each EC2 instance runs its own kernel on the Nitro hypervisor; the physical host is shared with other customers.'),
  why('why-ec2-strong', 'ec2', 'isolation', { isolation: ['strong'] }, null, ['ec2-isolation'],
    'For untrusted or multi-tenant code, give each tenant instances of its own: an instance never shares its kernel.'),
  ...hardwareOn('ec2'),
  why('why-ec2-resources', 'ec2', 'resources', null, { compute: ['special'], os_control: ['full'] }, ['ec2-special-hardware'],
    'Pick any instance size and keep processes, memory and local disks for as long as the instance runs.'),
  why('why-ec2-maintenance', 'ec2', 'maintenance', null, null, ['ec2-maintenance'],
    'The most upkeep: your team patches and hardens the OS, manages AMIs, and plans capacity and scaling.'),
  why('why-ec2-light-ops', 'ec2', 'maintenance', { ops: ['minimal', 'moderate'] }, null, ['ec2-maintenance'],
    'That may be more than the team wants to take on: budget for it, or weigh the runner-up.'),
  why('why-ec2-cost', 'ec2', 'cost', null, WINDOWS, ['ec2-pricing'],
    `On-Demand bills Linux per second; Spot costs up to ${SPOT}% less for interruptible runs; Savings Plans or Reserved Instances discount steady use.`),
  why('why-ec2-cost-windows', 'ec2', 'cost', WINDOWS, null, ['ec2-pricing'],
    `Spot costs up to ${SPOT}% less for interruptible runs; Savings Plans or Reserved Instances discount steady use.`),
  why('why-ec2-scaling', 'ec2', 'scaling', null, null, ['ec2-maintenance'],
    'EC2 Auto Scaling adds and removes instances; you choose the instance types and the capacity.'),
  // EC2 on dedicated hardware
  why('why-dedicated-hosts', 'ec2_dedicated', 'isolation', { isolation: ['dedicated'] }, null, ['dedicated-hosts', 'ec2-isolation'],
    'EC2 Dedicated Hosts give you physical servers of your own, with socket, core and host-ID visibility for per-core licences and single-tenant compliance; Dedicated Instances give single tenancy without the host view. Each instance still runs its own kernel on Nitro.'),
  why('why-bare-metal-isolation', 'ec2_dedicated', 'isolation', { hardware: ['bare_metal'] }, { isolation: ['dedicated'] }, ['ec2-isolation'],
    'A bare-metal instance is a whole physical server: no other customer shares the host.'),
  ...hardwareOn('ec2_dedicated'),
  why('why-bare-metal', 'ec2_dedicated', 'resources', { hardware: ['bare_metal'] }, null, ['ec2-special-hardware'],
    'Bare-metal instances give the workload the whole server: its processors, memory and devices.'),
  why('why-dedicated-resources', 'ec2_dedicated', 'resources', null, { compute: ['special'], os_control: ['full'] }, ['dedicated-hosts'],
    'Instances on a Dedicated Host share only that host, with the sockets and cores you licence.'),
  why('why-dedicated-maintenance', 'ec2_dedicated', 'maintenance', null, null, ['ec2-maintenance', 'dedicated-hosts'],
    'The most upkeep: your team patches and hardens the OS, manages AMIs and capacity, and places instances on the hardware it holds.'),
  why('why-dedicated-cost', 'ec2_dedicated', 'cost', { isolation: ['dedicated'] }, null, ['dedicated-hosts'],
    'You pay for hardware of your own: a Dedicated Host is paid for as a whole server, whether or not your instances fill it, and licences counted per socket or core can then follow the host.'),
  why('why-bare-metal-cost', 'ec2_dedicated', 'cost', { hardware: ['bare_metal'] }, { isolation: ['dedicated'] }, ['ec2-pricing'],
    'A bare-metal instance is billed like any instance of its size: On-Demand, Savings Plans or Reserved Instances.'),
  why('why-dedicated-scaling', 'ec2_dedicated', 'scaling', null, null, ['dedicated-hosts', 'ec2-maintenance'],
    'Instances scale within the hardware you hold; more capacity means allocating another host or instance of your own.'),
  why('why-dedicated-light-ops', 'ec2_dedicated', 'maintenance', { ops: ['minimal', 'moderate'] }, null, ['ec2-maintenance'],
    'That is more than the team wants to take on, but nothing else offers hardware of your own: budget for it.'),
];
