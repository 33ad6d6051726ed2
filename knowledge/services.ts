// Which AWS services to start with, per kind, as data. The engine lists every matching entry of the
// recommended kind in this order (duplicates once). App Runner never appears: it is closed to new
// customers (fact app-runner-closed); ECS Express Mode takes its place for simple web services.
import { LIMITS } from './limits.js';
import type { ServiceRule } from './rule-schema.js';

const BATCH_VCPU = LIMITS.batch.fargateRecommendedMaxVcpu.value;
const BATCH_GB = LIMITS.batch.fargateRecommendedMaxMemoryGb.value;

// Fargate has no GPUs, privileged mode or dedicated hardware: never suggest it for those profiles.
const NOT_ON_FARGATE = { compute: ['special'], os_control: ['full'], isolation: ['dedicated'] };

export const SERVICE_RULES: ServiceRule[] = [
  // Serverless
  { id: 'svc-lambda', kind: 'serverless', service: 'AWS Lambda', facts: ['guide-lambda'] },
  {
    id: 'svc-lambda-http',
    kind: 'serverless',
    when: { runtime: ['short'] },
    unless: { traffic: ['scheduled'] },
    service: 'Amazon API Gateway or Lambda Function URLs for HTTP requests',
    facts: ['lambda-payload'],
  },
  {
    id: 'svc-lambda-events',
    kind: 'serverless',
    when: { traffic: ['bursty'] },
    service: 'Amazon EventBridge or Amazon SQS to deliver and buffer events',
    facts: ['guide-lambda'],
  },
  {
    id: 'svc-lambda-schedule',
    kind: 'serverless',
    when: { traffic: ['scheduled'] },
    service: 'Amazon EventBridge Scheduler to start each run',
    facts: ['lambda-billing'],
  },
  {
    id: 'svc-lambda-steps',
    kind: 'serverless',
    when: { runtime: ['medium'] },
    service: 'AWS Step Functions or Lambda durable functions to split the work into short steps',
    facts: ['lambda-durable-functions', 'lambda-max-duration'],
  },
  {
    id: 'svc-lambda-latency',
    kind: 'serverless',
    when: { latency: ['sensitive'] },
    service: 'Lambda provisioned concurrency (or SnapStart for Java, Python, .NET) against cold starts',
    facts: ['lambda-cold-start'],
  },
  {
    id: 'svc-lambda-tenants',
    kind: 'serverless',
    when: { isolation: ['strong'] },
    service: 'Lambda tenant isolation mode for per-tenant execution environments',
    facts: ['lambda-isolation'],
  },
  {
    id: 'svc-lambda-image',
    kind: 'serverless',
    when: { os_control: ['packages'] },
    service: 'Lambda container-image packaging for the custom binaries',
    facts: ['lambda-package'],
  },
  {
    id: 'svc-lambda-managed-instances',
    kind: 'serverless',
    when: { traffic: ['steady'] },
    unless: { isolation: ['strong'] },
    service: 'Lambda Managed Instances with Compute Savings Plans for the steady load',
    facts: ['lambda-managed-instances', 'ec2-pricing'],
  },
  // Containers
  {
    id: 'svc-batch-fargate',
    kind: 'container',
    when: { runtime: ['medium', 'long'], traffic: ['scheduled', 'bursty'] },
    unless: { ...NOT_ON_FARGATE, compute: ['special', 'large'] },
    service: 'AWS Batch on AWS Fargate',
    facts: ['batch-fargate-or-ec2', 'fargate-task-size'],
  },
  {
    id: 'svc-batch-ec2',
    kind: 'container',
    when: { runtime: ['medium', 'long'], traffic: ['scheduled', 'bursty'], compute: ['large', 'special'] },
    service: `AWS Batch on EC2 capacity for jobs above ${BATCH_VCPU} vCPU / ${BATCH_GB} GiB or with GPUs`,
    facts: ['batch-fargate-or-ec2'],
  },
  {
    id: 'svc-eks-fargate',
    kind: 'container',
    when: { portability: ['portable'], isolation: ['strong'] },
    unless: NOT_ON_FARGATE,
    service: 'Amazon EKS with pods on AWS Fargate',
    facts: ['fargate-isolation', 'eks-auto-mode'],
  },
  {
    id: 'svc-eks-auto',
    kind: 'container',
    when: { portability: ['portable'] },
    unless: { isolation: ['strong'], compute: ['special'] },
    service: 'Amazon EKS Auto Mode',
    facts: ['eks-auto-mode'],
  },
  {
    id: 'svc-express',
    kind: 'container',
    when: { runtime: ['short'], state: ['stateless', 'external'], ops: ['minimal', 'moderate'] },
    unless: { ...NOT_ON_FARGATE, portability: ['portable'], traffic: ['scheduled'] },
    service: 'Amazon ECS Express Mode for the web service',
    facts: ['app-runner-closed'],
  },
  {
    id: 'svc-ecs-fargate',
    kind: 'container',
    when: { portability: ['aws_only'] },
    unless: NOT_ON_FARGATE,
    service: 'Amazon ECS on AWS Fargate',
    facts: ['guide-fargate', 'fargate-task-size'],
  },
  {
    id: 'svc-ecs-gpu',
    kind: 'container',
    when: { compute: ['special'] },
    service: 'Amazon ECS on EC2 GPU instances or ECS Managed Instances',
    facts: ['gpu-containers-on-ec2'],
  },
  {
    id: 'svc-ecs-ec2-steady',
    kind: 'container',
    when: { traffic: ['steady'], ops: ['full'], portability: ['aws_only'] },
    unless: { isolation: ['strong'], compute: ['special'] },
    service: 'Amazon ECS Managed Instances or ECS on EC2 for steady load at instance prices',
    facts: ['gpu-containers-on-ec2', 'guide-steady-cost'],
  },
  {
    id: 'svc-fargate-spot',
    kind: 'container',
    when: { runtime: ['medium', 'long'], traffic: ['scheduled', 'bursty'] },
    unless: NOT_ON_FARGATE,
    service: 'Fargate Spot for jobs that can be retried',
    facts: ['fargate-billing'],
  },
  {
    id: 'svc-container-savings',
    kind: 'container',
    when: { traffic: ['steady'] },
    service: 'Compute Savings Plans for the steady baseline',
    facts: ['ec2-pricing'],
  },
  // Virtual machines
  {
    id: 'svc-dedicated-hosts',
    kind: 'vm',
    when: { isolation: ['dedicated'] },
    service: 'Amazon EC2 Dedicated Hosts for bring-your-own-license and single-tenant compliance',
    facts: ['dedicated-hosts'],
  },
  {
    id: 'svc-ec2-special',
    kind: 'vm',
    when: { compute: ['special'] },
    service: 'Amazon EC2 accelerated instances (P, G, Trn, Inf) or high-memory, EFA and bare-metal types',
    facts: ['ec2-special-hardware'],
  },
  {
    id: 'svc-ec2-ami',
    kind: 'vm',
    when: { os_control: ['full'] },
    service: 'Amazon EC2 with your own AMI',
    facts: ['ec2-os-control'],
  },
  {
    id: 'svc-ec2',
    kind: 'vm',
    unless: { compute: ['special'], os_control: ['full'] },
    service: 'Amazon EC2',
    facts: ['guide-ec2'],
  },
  {
    id: 'svc-ec2-asg',
    kind: 'vm',
    unless: { traffic: ['scheduled'] },
    service: 'Amazon EC2 Auto Scaling',
    facts: ['ec2-maintenance'],
  },
  {
    id: 'svc-ec2-spot',
    kind: 'vm',
    when: { traffic: ['scheduled', 'bursty'], runtime: ['short', 'medium', 'long'] },
    unless: { isolation: ['dedicated'] },
    service: 'EC2 Spot Instances for interruptible, retryable runs',
    facts: ['ec2-pricing'],
  },
  {
    id: 'svc-ec2-savings',
    kind: 'vm',
    when: { traffic: ['steady'] },
    service: 'EC2 Savings Plans or Reserved Instances for the steady baseline',
    facts: ['ec2-pricing'],
  },
];
