// Which AWS services to start with, per kind, as data. The engine lists every matching entry of the
// recommended kind in this order (each service once). App Runner never appears: it is closed to new
// customers (fact app-runner-closed); ECS Express Mode takes its place for simple web services.
import { LIMITS } from './limits.js';
import type { Condition, ServiceRule } from './rule-schema.js';

const BATCH_VCPU = LIMITS.batch.fargateRecommendedMaxVcpu.value;
const BATCH_GB = LIMITS.batch.fargateRecommendedMaxMemoryGb.value;

// Fargate has no GPUs, privileged mode or dedicated hardware: never suggest it for those profiles.
const NOT_ON_FARGATE = { compute: ['special'], os_control: ['full'], isolation: ['dedicated'] };
// Batch-shaped work: units of minutes to hours that arrive on a schedule or in bursts.
const BATCH = { runtime: ['medium', 'long'], traffic: ['scheduled', 'bursty'] };

type Kind = ServiceRule['kind'];
const svc = (
  id: string,
  kind: Kind,
  when: Condition | null,
  unless: Condition | null,
  facts: string[],
  service: string,
): ServiceRule => ({
  id,
  kind,
  service,
  facts,
  ...(when ? { when } : {}),
  ...(unless ? { unless } : {}),
});

// biome-ignore format: one service per line
export const SERVICE_RULES: ServiceRule[] = [
  // Serverless
  svc('svc-lambda', 'serverless', null, null, ['guide-lambda'], 'AWS Lambda'),
  svc('svc-lambda-triggers', 'serverless', { runtime: ['short', 'medium'] }, { traffic: ['scheduled'] }, ['lambda-payload', 'guide-lambda'],
    'Amazon API Gateway or Function URLs for HTTP, Amazon EventBridge or SQS for events'),
  svc('svc-lambda-schedule', 'serverless', { traffic: ['scheduled'] }, null, ['lambda-billing'],
    'Amazon EventBridge Scheduler to start each run'),
  svc('svc-lambda-steps', 'serverless', { runtime: ['medium'] }, null, ['lambda-durable-functions', 'lambda-max-duration'],
    'AWS Step Functions or Lambda durable functions to split the work into short steps'),
  svc('svc-lambda-latency', 'serverless', { latency: ['sensitive'] }, null, ['lambda-cold-start'],
    'Lambda provisioned concurrency (or SnapStart for Java, Python, .NET) against cold starts'),
  svc('svc-lambda-tenants', 'serverless', { isolation: ['strong'] }, null, ['lambda-isolation'],
    'Lambda tenant isolation mode for per-tenant execution environments'),
  svc('svc-lambda-image', 'serverless', { os_control: ['packages'] }, null, ['lambda-package'],
    'Lambda container-image packaging for the custom binaries'),
  // Managed Instances make the capacity provider the boundary, weaker than a microVM per environment.
  svc('svc-lambda-managed-instances', 'serverless', { traffic: ['steady'] }, { isolation: ['strong'] }, ['lambda-managed-instances', 'ec2-pricing'],
    'Lambda Managed Instances with Compute Savings Plans for the steady load'),
  // Containers
  svc('svc-batch-fargate', 'container', BATCH, NOT_ON_FARGATE, ['batch-fargate-or-ec2', 'fargate-task-size'],
    'AWS Batch on AWS Fargate'),
  // Large jobs: AWS Batch itself recommends EC2 above its Fargate ceiling, but EC2 capacity shares kernels.
  svc('svc-batch-ec2', 'container', { ...BATCH, compute: ['large'] }, { isolation: ['strong'] }, ['batch-fargate-or-ec2'],
    `AWS Batch on EC2 capacity for jobs above ${BATCH_VCPU} vCPU / ${BATCH_GB} GiB`),
  svc('svc-batch-gpu', 'container', { ...BATCH, compute: ['special'] }, null, ['batch-fargate-or-ec2', 'gpu-containers-on-ec2'],
    'AWS Batch on EC2 GPU or EFA instances'),
  svc('svc-eks-fargate', 'container', { portability: ['portable'], isolation: ['strong'] }, NOT_ON_FARGATE, ['fargate-isolation', 'eks-auto-mode'],
    'Amazon EKS with pods on AWS Fargate'),
  svc('svc-eks-auto', 'container', { portability: ['portable'] }, { isolation: ['strong'], compute: ['special'] }, ['eks-auto-mode'],
    'Amazon EKS Auto Mode'),
  svc('svc-eks-gpu', 'container', { portability: ['portable'], compute: ['special'] }, null, ['eks-auto-mode', 'gpu-containers-on-ec2'],
    'Amazon EKS Auto Mode with GPU instances as nodes'),
  svc('svc-express', 'container', { runtime: ['short'], state: ['stateless', 'external'], ops: ['minimal', 'moderate'] },
    { ...NOT_ON_FARGATE, portability: ['portable'], traffic: ['scheduled'] }, ['app-runner-closed'],
    'Amazon ECS Express Mode for the web service'),
  svc('svc-ecs-scheduled', 'container', { traffic: ['scheduled'], portability: ['aws_only'] }, NOT_ON_FARGATE, ['guide-fargate', 'fargate-billing'],
    'Amazon ECS scheduled tasks on AWS Fargate'),
  svc('svc-ecs-fargate', 'container', { portability: ['aws_only'] }, { ...NOT_ON_FARGATE, traffic: ['scheduled'] }, ['guide-fargate', 'fargate-task-size'],
    'Amazon ECS on AWS Fargate'),
  svc('svc-ecs-gpu', 'container', { compute: ['special'], portability: ['aws_only'] }, null, ['gpu-containers-on-ec2'],
    'Amazon ECS on EC2 GPU instances or ECS Managed Instances'),
  svc('svc-ecs-ec2-steady', 'container', { traffic: ['steady'], ops: ['full'], portability: ['aws_only'] }, { isolation: ['strong'], compute: ['special'] },
    ['gpu-containers-on-ec2', 'guide-steady-cost'], 'Amazon ECS Managed Instances or ECS on EC2 for steady load at instance prices'),
  svc('svc-fargate-spot', 'container', BATCH, NOT_ON_FARGATE, ['fargate-billing'],
    'Fargate Spot for jobs that can be retried'),
  svc('svc-container-savings', 'container', { traffic: ['steady'] }, null, ['ec2-pricing'],
    'Compute Savings Plans for the steady baseline'),
  // Virtual machines
  svc('svc-dedicated-hosts', 'vm', { isolation: ['dedicated'] }, null, ['dedicated-hosts'],
    'Amazon EC2 Dedicated Hosts for bring-your-own-license and single-tenant compliance'),
  svc('svc-ec2-special', 'vm', { compute: ['special'] }, null, ['ec2-special-hardware'],
    'Amazon EC2 accelerated instances (P, G, Trn, Inf) or high-memory, EFA and bare-metal types'),
  svc('svc-ec2-ami', 'vm', { os_control: ['full'] }, null, ['ec2-os-control'],
    'Amazon EC2 with your own AMI'),
  svc('svc-ec2', 'vm', null, { compute: ['special'], os_control: ['full'] }, ['guide-ec2'],
    'Amazon EC2'),
  svc('svc-ec2-asg', 'vm', null, { traffic: ['scheduled'] }, ['ec2-maintenance'],
    'Amazon EC2 Auto Scaling'),
  svc('svc-ec2-spot', 'vm', BATCH, { isolation: ['dedicated'] }, ['ec2-pricing'],
    'EC2 Spot Instances for interruptible, retryable runs'),
  svc('svc-ec2-spot-scheduled', 'vm', { traffic: ['scheduled'] }, { isolation: ['dedicated'] }, ['ec2-pricing'],
    'EC2 Spot Instances for interruptible, retryable runs'),
  svc('svc-ec2-savings', 'vm', { traffic: ['steady'] }, null, ['ec2-pricing'],
    'EC2 Savings Plans or Reserved Instances for the steady baseline'),
];
