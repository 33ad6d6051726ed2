// Q&A entries that compare the three kinds on one axis at a time (control, scaling, resources)
// and about long-lived connections, a frequent reason Lambda does not fit.
import type { QaData } from './qa-schema.js';

export const QA_COMPARE: QaData[] = [
  {
    id: 'lambda-or-fargate-long-jobs',
    topic: 'Lambda or Fargate for long jobs',
    questions: [
      'Lambda or Fargate for a job that runs for hours?',
      'which suits a long batch job, lambda or fargate',
    ],
    keywords: [
      'lambda',
      'fargate',
      'hour',
      'hours',
      'long',
      'job',
      'jobs',
      'batch',
      'nightly',
      'duration',
      'limit',
      'choose',
      'versus',
    ],
    answer:
      'A Lambda invocation cannot run past {lambda.maxDurationSeconds} seconds ({lambda.maxDurationSeconds/60} minutes), so work that runs longer belongs on Fargate, where a task runs until its process exits. Lambda fits only if the job splits into steps under {lambda.maxDurationSeconds/60} minutes each (chained with Step Functions); AWS Batch can also queue long jobs on Fargate or EC2.',
    sources: ['FL', 'LQ', 'BF'],
  },
  {
    id: 'os-control',
    topic: 'Control over the operating system',
    questions: [
      'Which option gives me the most control over the OS?',
      'can I install kernel modules',
      'need root access which service',
      'custom os or ami',
    ],
    keywords: [
      'control',
      'os',
      'operating',
      'system',
      'kernel',
      'module',
      'root',
      'ami',
      'privileged',
      'driver',
      'agent',
      'customize',
      'most',
    ],
    answer:
      'EC2 gives the most control: you pick the AMI and can load kernel modules, tune kernel parameters, run host agents and privileged processes. Containers let you bring any user-space binaries and libraries in the image, but Fargate allows no privileged mode or host devices; Lambda runs your code on a managed runtime or your own container image, with no OS access.',
    sources: ['CG', 'FC', 'LQ'],
  },
  {
    id: 'scaling',
    topic: 'How each kind scales',
    questions: [
      'How does each option scale?',
      'how do containers scale on ecs',
      'auto scaling ec2 vs lambda',
      'how fast does lambda scale',
    ],
    keywords: [
      'scale',
      'scaling',
      'autoscaling',
      'auto',
      'elastic',
      'capacity',
      'burst',
      'spikes',
      'traffic',
    ],
    answer:
      'Lambda scales by itself, one execution environment per concurrent request, up to the account’s concurrency quota ({lambda.defaultConcurrency} per Region by default), and to zero when idle. ECS services and EKS deployments scale tasks or pods with auto scaling rules you define (on EC2 capacity you scale the instances too), and EC2 scales instances with EC2 Auto Scaling groups.',
    sources: ['LQ', 'CT', 'CG'],
  },
  {
    id: 'compare-resources',
    topic: 'Resource limits of each kind',
    questions: [
      'Which option gives the most CPU and memory?',
      'compare resource limits across the three',
      'how big can each option go',
    ],
    keywords: ['resources', 'resource', 'each', 'most', 'hardware', 'management', 'options'],
    answer:
      'Lambda offers up to {lambda.maxMemoryMb} MB of memory and {lambda.maxVcpu} vCPU for at most {lambda.maxDurationSeconds/60} minutes per invocation; a Fargate task up to {fargate.maxVcpu} vCPU and {fargate.maxMemoryGb} GB with no time limit; EC2 any instance size, including terabytes of memory, GPUs and other accelerators, local NVMe, EFA and bare metal.',
    sources: ['LQ', 'FT', 'EC2I'],
  },
  {
    id: 'long-lived-connections',
    topic: 'WebSockets and long-lived connections',
    questions: [
      'Can I run a WebSocket server on Lambda?',
      'long lived connections lambda',
      'keep client connections open',
    ],
    keywords: [
      'websocket',
      'websockets',
      'connections',
      'connection',
      'lived',
      'persistent',
      'socket',
      'streaming',
      'daemon',
    ],
    answer:
      'A Lambda invocation ends after at most {lambda.maxDurationSeconds/60} minutes, so Lambda cannot hold a WebSocket or other long-lived connection open itself. A server that keeps connections for hours belongs in a long-running container (ECS or EKS, on Fargate or EC2) or on EC2.',
    sources: ['LQ', 'FL'],
  },
  {
    id: 'portability',
    topic: 'Portability and lock-in',
    questions: [
      'How do I avoid vendor lock-in?',
      'which option is most portable',
      'run the same thing on-premises and on other clouds',
    ],
    keywords: [
      'portable',
      'portability',
      'lock',
      'lockin',
      'vendor',
      'premises',
      'prem',
      'clouds',
      'multi',
      'cloud',
      'hybrid',
      'kubernetes',
      'migrate',
    ],
    answer:
      'Containers are the portable choice: the same image runs on ECS or EKS, on other clouds and on-premises, and EKS runs standard Kubernetes manifests. Lambda functions are tied to Lambda’s event model and APIs, and EC2 AMIs are AWS-specific, although the software on a VM can be rebuilt elsewhere.',
    sources: ['FL', 'CT'],
  },
  {
    id: 'lambda-limits',
    topic: 'Lambda limits at a glance',
    questions: ['What are the limits of Lambda?', 'lambda quotas overview', 'lambda constraints'],
    keywords: ['lambda', 'limits', 'limit', 'quotas', 'quota', 'constraints', 'restrictions', 'overview'],
    answer:
      'Per invocation Lambda allows {lambda.maxDurationSeconds/60} minutes, {lambda.minMemoryMb} to {lambda.maxMemoryMb} MB of memory (up to {lambda.maxVcpu} vCPU), {lambda.syncPayloadMb} MB synchronous payloads and up to {lambda.maxTmpMb} MB of /tmp. Packages are limited to {lambda.zipPackageUnzippedMb} MB unzipped or {lambda.containerImageGb} GB as a container image, and an account gets {lambda.defaultConcurrency} concurrent executions per Region by default.',
    sources: ['LQ', 'LI', 'LE'],
  },
];
