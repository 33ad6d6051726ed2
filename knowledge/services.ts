// Which AWS services to start with, per platform, as data. The engine lists every matching entry of the
// recommended platform in this order (each service once), so the platform's own service comes first and
// what the workload needs follows: accelerator families only for accelerators, memory-optimized or High
// Memory instances for huge memory, EFA for tightly coupled HPC, Dedicated Hosts only for dedicated
// hardware. App Runner never appears: it is closed to new customers (fact app-runner-closed).
import type { PlatformId } from './ids.js';
import { LIMITS } from './limits.js';
import type { Condition, ServiceRule } from './rule-schema.js';

const BATCH_VCPU = LIMITS.batch.fargateRecommendedMaxVcpu.value;
const BATCH_GB = LIMITS.batch.fargateRecommendedMaxMemoryGb.value;

// Batch-shaped work: units of minutes to hours that arrive on a schedule or in bursts.
const BATCH = { runtime: ['medium', 'long'], traffic: ['scheduled', 'bursty'] };
const WINDOWS = { os_family: ['windows'] };
// Special compute with no word on which hardware: name the families by need, claim none of them.
const SPECIAL_UNNAMED = { compute: ['special'], hardware: ['none'] };

const svc = (
  id: string,
  platform: PlatformId,
  when: Condition | null,
  unless: Condition | null,
  facts: string[],
  service: string,
): ServiceRule => ({
  id,
  platform,
  service,
  facts,
  ...(when ? { when } : {}),
  ...(unless ? { unless } : {}),
});

/** The EC2 hardware each named need calls for, on instances used directly (EC2, EC2 dedicated). */
const hardwareOn = (platform: 'ec2' | 'ec2_dedicated'): ServiceRule[] => [
  // biome-ignore format: one service per line
  svc(`svc-${platform.replace("_", "-")}-gpu`, platform, { hardware: ['gpu'] }, null, ['ec2-special-hardware'],
    'EC2 accelerated computing instances: GPU (P, G) or AWS Trainium and Inferentia (Trn, Inf)'),
  svc(
    `svc-${platform.replace('_', '-')}-memory`,
    platform,
    { hardware: ['high_memory'] },
    null,
    ['ec2-special-hardware'],
    'EC2 memory-optimized or High Memory instances for terabytes of memory',
  ),
  svc(
    `svc-${platform.replace('_', '-')}-efa`,
    platform,
    { hardware: ['hpc'] },
    null,
    ['hpc-efa'],
    'EFA-capable EC2 instances for the tightly coupled (MPI, NCCL) runs',
  ),
  svc(
    `svc-${platform.replace('_', '-')}-hpc`,
    platform,
    { hardware: ['hpc'] },
    null,
    ['hpc-efa'],
    'AWS ParallelCluster with Slurm, or AWS Batch multi-node parallel jobs',
  ),
  svc(
    `svc-${platform.replace('_', '-')}-nvme`,
    platform,
    { hardware: ['local_storage'] },
    null,
    ['ec2-special-hardware'],
    'EC2 storage-optimized instances with local NVMe',
  ),
  svc(
    `svc-${platform.replace('_', '-')}-by-need`,
    platform,
    SPECIAL_UNNAMED,
    null,
    ['ec2-special-hardware'],
    'The EC2 instance family that matches the need: accelerated computing, memory-optimized or High Memory, EFA-capable, storage-optimized or bare metal',
  ),
];

// biome-ignore format: one service per line
export const SERVICE_RULES: ServiceRule[] = [
  // AWS Lambda
  svc('svc-lambda', 'lambda', null, null, ['guide-lambda'], 'AWS Lambda'),
  svc('svc-lambda-triggers', 'lambda', { runtime: ['short', 'medium'] }, { traffic: ['scheduled'] }, ['lambda-payload', 'guide-lambda'],
    'Amazon API Gateway or Function URLs for HTTP, Amazon EventBridge or SQS for events'),
  svc('svc-lambda-schedule', 'lambda', { traffic: ['scheduled'] }, null, ['lambda-billing'],
    'Amazon EventBridge Scheduler to start each run'),
  svc('svc-lambda-steps', 'lambda', { runtime: ['medium'] }, null, ['lambda-durable-functions', 'lambda-max-duration'],
    'AWS Step Functions or Lambda durable functions to split the work into short steps'),
  svc('svc-lambda-latency', 'lambda', { latency: ['sensitive'] }, null, ['lambda-cold-start'],
    'Lambda provisioned concurrency (or SnapStart for Java, Python, .NET) against cold starts'),
  svc('svc-lambda-tenants', 'lambda', { isolation: ['strong'] }, null, ['lambda-isolation'],
    'Lambda tenant isolation mode for per-tenant execution environments'),
  svc('svc-lambda-image', 'lambda', { os_control: ['packages'] }, null, ['lambda-package'],
    'Lambda container-image packaging for the custom binaries'),
  // Lambda Managed Instances
  svc('svc-lmi', 'lambda_managed', null, null, ['lambda-managed-instances'],
    'AWS Lambda on Lambda Managed Instances (a capacity provider in your account)'),
  svc('svc-lmi-savings', 'lambda_managed', { traffic: ['steady'] }, null, ['lambda-managed-instances', 'ec2-pricing'],
    'Compute Savings Plans or Reserved Instances for the steady load'),
  svc('svc-lmi-triggers', 'lambda_managed', { runtime: ['short', 'medium'] }, { traffic: ['scheduled'] }, ['lambda-payload', 'guide-lambda'],
    'Amazon API Gateway or Function URLs for HTTP, Amazon EventBridge or SQS for events'),
  svc('svc-lmi-steps', 'lambda_managed', { runtime: ['medium'] }, null, ['lambda-durable-functions', 'lambda-max-duration'],
    'AWS Step Functions or Lambda durable functions to split the work into short steps'),
  svc('svc-lmi-image', 'lambda_managed', { os_control: ['packages'] }, null, ['lambda-package'],
    'Lambda container-image packaging for the custom binaries'),
  // Fargate
  svc('svc-ecs-scheduled', 'fargate', { traffic: ['scheduled'], portability: ['aws_only'] }, null, ['guide-fargate', 'fargate-billing'],
    'Amazon ECS scheduled tasks on AWS Fargate'),
  svc('svc-ecs-fargate', 'fargate', { portability: ['aws_only'] }, { traffic: ['scheduled'] }, ['guide-fargate', 'fargate-task-size'],
    'Amazon ECS on AWS Fargate'),
  svc('svc-eks-fargate', 'fargate', { portability: ['portable'] }, null, ['eks-fargate', 'fargate-isolation'],
    'Amazon EKS with pods on AWS Fargate'),
  svc('svc-fargate-windows', 'fargate', WINDOWS, null, ['fargate-windows'],
    'Windows Server 2019 or 2022 containers on Fargate (no Fargate Spot for Windows)'),
  svc('svc-express', 'fargate', { runtime: ['short'], state: ['stateless', 'external'], ops: ['minimal', 'moderate'] },
    { portability: ['portable'], traffic: ['scheduled'] }, ['app-runner-closed'],
    'Amazon ECS Express Mode for the web service'),
  svc('svc-batch-fargate', 'fargate', BATCH, null, ['batch-fargate-or-ec2', 'fargate-task-size'],
    'AWS Batch on AWS Fargate'),
  svc('svc-fargate-spot', 'fargate', BATCH, WINDOWS, ['fargate-billing'],
    'Fargate Spot for jobs that can be retried'),
  svc('svc-fargate-savings', 'fargate', { traffic: ['steady'] }, null, ['ec2-pricing'],
    'Compute Savings Plans for the steady baseline'),
  // ECS or EKS on EC2 capacity
  svc('svc-ecs-ec2', 'containers_on_ec2', { portability: ['aws_only'] }, null, ['containers-on-ec2-capabilities', 'gpu-containers-on-ec2'],
    'Amazon ECS on EC2 capacity (ECS Managed Instances or your own container instances)'),
  svc('svc-eks-ec2', 'containers_on_ec2', { portability: ['portable'] }, null, ['eks-auto-mode', 'containers-on-ec2-capabilities'],
    'Amazon EKS Auto Mode or managed node groups'),
  svc('svc-coe-daemons', 'containers_on_ec2', { os_control: ['full'] }, WINDOWS, ['containers-on-ec2-capabilities'],
    'ECS daemon services or Kubernetes DaemonSets for host agents; privileged containers and custom AMIs where needed'),
  svc('svc-coe-gpu', 'containers_on_ec2', { hardware: ['gpu'] }, null, ['gpu-containers-on-ec2', 'ec2-special-hardware'],
    'GPU (P, G) or Trainium and Inferentia (Trn, Inf) instances as container hosts'),
  svc('svc-coe-memory', 'containers_on_ec2', { hardware: ['high_memory'] }, null, ['ec2-special-hardware'],
    'Memory-optimized or High Memory instances as container hosts'),
  svc('svc-coe-hpc', 'containers_on_ec2', { hardware: ['hpc'] }, null, ['hpc-efa'],
    'AWS Batch multi-node parallel jobs on EFA-capable EC2 instances'),
  svc('svc-coe-nvme', 'containers_on_ec2', { hardware: ['local_storage'] }, null, ['ec2-special-hardware'],
    'Storage-optimized instances with local NVMe as container hosts'),
  svc('svc-coe-metal', 'containers_on_ec2', { hardware: ['bare_metal'] }, null, ['ec2-special-hardware'],
    'EC2 bare-metal instances as container hosts'),
  svc('svc-coe-by-need', 'containers_on_ec2', SPECIAL_UNNAMED, null, ['ec2-special-hardware', 'gpu-containers-on-ec2'],
    'Container hosts of the EC2 instance family that matches the need: accelerated computing, memory-optimized, EFA-capable or storage-optimized'),
  svc('svc-batch-ec2', 'containers_on_ec2', BATCH, { hardware: ['hpc'] }, ['batch-fargate-or-ec2'],
    `AWS Batch on EC2 capacity (what AWS Batch recommends for jobs above ${BATCH_VCPU} vCPU / ${BATCH_GB} GiB)`),
  svc('svc-coe-spot', 'containers_on_ec2', BATCH, null, ['ec2-pricing'],
    'EC2 Spot capacity for jobs that can be retried'),
  svc('svc-coe-savings', 'containers_on_ec2', { traffic: ['steady'] }, null, ['ec2-pricing', 'guide-steady-cost'],
    'Savings Plans or Reserved Instances for the steady container hosts'),
  // EC2 on shared tenancy
  svc('svc-ec2-ami', 'ec2', { os_control: ['full'] }, null, ['ec2-os-control'],
    'Amazon EC2 with your own AMI'),
  svc('svc-ec2', 'ec2', null, { os_control: ['full'] }, ['guide-ec2'],
    'Amazon EC2'),
  ...hardwareOn('ec2'),
  svc('svc-ec2-asg', 'ec2', null, { traffic: ['scheduled'] }, ['ec2-maintenance'],
    'Amazon EC2 Auto Scaling'),
  svc('svc-ec2-spot', 'ec2', { traffic: ['scheduled', 'bursty'], runtime: ['medium', 'long'] }, null, ['ec2-pricing'],
    'EC2 Spot Instances for interruptible, retryable runs'),
  svc('svc-ec2-spot-scheduled', 'ec2', { traffic: ['scheduled'] }, null, ['ec2-pricing'],
    'EC2 Spot Instances for interruptible, retryable runs'),
  svc('svc-ec2-savings', 'ec2', { traffic: ['steady'] }, null, ['ec2-pricing'],
    'EC2 Savings Plans or Reserved Instances for the steady baseline'),
  // EC2 on dedicated hardware
  svc('svc-dedicated-hosts', 'ec2_dedicated', { isolation: ['dedicated'] }, null, ['dedicated-hosts'],
    'Amazon EC2 Dedicated Hosts for bring-your-own-license and single-tenant compliance, or Dedicated Instances when only single tenancy matters'),
  svc('svc-bare-metal', 'ec2_dedicated', { hardware: ['bare_metal'] }, null, ['ec2-special-hardware', 'ec2-isolation'],
    'EC2 bare-metal instances'),
  svc('svc-dedicated-ami', 'ec2_dedicated', { os_control: ['full'] }, null, ['ec2-os-control'],
    'Your own AMI on those instances'),
  ...hardwareOn('ec2_dedicated'),
];
