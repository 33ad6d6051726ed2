// The three kinds of AWS virtualization (docs/contract.md §1), described on the seed's axes plus scaling and cost.
// The isolation wording follows AWS's documentation, not the simple "serverless isolates least" framing:
// Lambda and Fargate give each environment / task its own hardware-virtualized boundary (knowledge/facts.ts).
import { z } from 'zod';
import { KIND_IDS, type Kind } from './ids.js';
import { LIMITS } from './limits.js';
import { grouped } from './numbers.js';

// Figures come from LIMITS so a changed AWS limit is a one-line edit there.
const n = grouped;
const L = LIMITS.lambda;
const F = LIMITS.fargate;

const KindInfoSchema = z.strictObject({
  /** The name shown to users, exactly as docs/contract.md §1's table. */
  name: z.string().min(1),
  /** One line: what it is. */
  short: z.string().min(1),
  isolation: z.string().min(1),
  resources: z.string().min(1),
  maintenance: z.string().min(1),
  scaling: z.string().min(1),
  cost: z.string().min(1),
  /** The AWS services the kind covers (docs/contract.md §1), for overviews; the engine picks specific ones. */
  services: z.array(z.string().min(1)).min(1),
});
export type KindInfo = z.infer<typeof KindInfoSchema>;

export const KindsSchema = z.strictObject(
  Object.fromEntries(KIND_IDS.map((k) => [k, KindInfoSchema])) as Record<Kind, typeof KindInfoSchema>,
);

const RAW: Record<Kind, KindInfo> = {
  vm: {
    name: 'Virtual machines (hardware virtualization)',
    short: 'Amazon EC2 instances: virtual machines on the Nitro hypervisor, each with its own kernel.',
    isolation:
      'Each EC2 instance runs its own kernel on the Nitro hypervisor. Physical hosts are shared with other customers unless you choose Dedicated Instances, Dedicated Hosts or bare metal.',
    resources:
      'The widest choice: GPUs and other accelerators, terabytes of memory, local NVMe storage, EFA networking and bare-metal instances exist only on EC2.',
    maintenance:
      'The most work: your team patches and hardens the OS, manages AMIs, capacity and scaling (EC2 Auto Scaling).',
    scaling:
      'EC2 Auto Scaling adds and removes instances in minutes; you choose instance types and capacity.',
    cost: `On-Demand per second (Linux), Spot up to ${LIMITS.ec2.spotMaxDiscountPercent.value}% off for interruptible work, Savings Plans or Reserved Instances for steady use.`,
    services: [
      'Amazon EC2 (On-Demand, Spot, Savings Plans)',
      'EC2 Dedicated Hosts / Dedicated Instances',
      'EC2 bare-metal instances',
      'Amazon EC2 Auto Scaling',
    ],
  },
  container: {
    name: 'Containers',
    short:
      'Container images on Amazon ECS or Amazon EKS, run on AWS Fargate or on EC2 capacity, or as AWS Batch jobs.',
    isolation:
      'Each Fargate task (or EKS pod on Fargate) runs in its own hardware-virtualized boundary and shares no kernel, CPU, memory or network interface with another task. Containers on ECS or EKS with EC2 capacity share the host kernel with the other containers on that instance.',
    resources: `A Fargate task can have up to ${F.maxVcpu.value} vCPU and ${F.maxMemoryGb.value} GB of memory and up to ${F.maxEphemeralGb.value} GiB of ephemeral storage, but no GPUs; GPU containers run on ECS or EKS with EC2 capacity.`,
    maintenance:
      'With Fargate AWS manages the hosts and your team owns images, task definitions and scaling rules; with EC2 capacity the team also owns the instances.',
    scaling:
      'Service auto scaling adds tasks or pods in seconds to a minute; capacity providers or EKS Auto Mode add nodes.',
    cost: 'Fargate bills per second with a one-minute minimum; Fargate Spot for interruptible work; EC2 capacity at instance prices.',
    services: [
      'Amazon ECS on AWS Fargate',
      'Amazon ECS on EC2 / ECS Managed Instances',
      'Amazon ECS Express Mode',
      'Amazon EKS (Auto Mode, managed node groups)',
      'AWS Batch',
    ],
  },
  serverless: {
    name: 'Serverless functions',
    short: 'AWS Lambda functions that run your code in response to events and requests.',
    isolation:
      'Each Lambda execution environment is its own Firecracker microVM, never shared between functions or accounts; an environment is reused for many invocations of the same function, so use tenant isolation mode to separate tenants.',
    resources: `Up to ${n(L.maxMemoryMb.value)} MB of memory and ${L.maxVcpu.value} vCPU, at most ${L.maxDurationSeconds.value / 60} minutes per invocation, up to ${n(L.maxTmpMb.value)} MB of /tmp, no GPUs.`,
    maintenance:
      'The least work: AWS patches the OS and runtime; your team owns code, configuration and IAM.',
    scaling: `Scales per request without capacity planning, up to ${n(L.defaultConcurrency.value)} concurrent executions per Region by default; new environments add cold-start time.`,
    cost: 'Per request plus GB-seconds of duration, billed per millisecond; nothing while idle (except provisioned concurrency).',
    services: [
      'AWS Lambda',
      'Amazon EventBridge',
      'Amazon SQS',
      'Amazon API Gateway / Lambda Function URLs',
      'AWS Step Functions',
      'Lambda durable functions',
    ],
  },
};

export const KINDS: Readonly<Record<Kind, KindInfo>> = KindsSchema.parse(RAW);
