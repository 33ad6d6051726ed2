// Every fact of knowledge/facts.ts as data, in our own words, each with its AWS source keys and the date a
// maintainer last checked it. Figures are read from LIMITS (limits.ts) so that a changed AWS limit is a
// one-line edit there; `limit` names the entry and `value` carries its number for callers that compare.
// Where AWS contradicts the simple framing ("serverless isolates least") these facts say what AWS documents.
import { z } from 'zod';
import { Kind, type Source } from './ids.js';
import { LIMITS } from './limits.js';
import { grouped } from './numbers.js';
import { SOURCES, type SourceKey } from './sources.js';

const TOPICS = [
  'isolation',
  'resources',
  'maintenance',
  'cost',
  'scaling',
  'latency',
  'services',
  'guidance',
] as const;
const Topic = z.enum(TOPICS);

/** The number behind a "group.name" path into LIMITS, e.g. "lambda.maxDurationSeconds". */
export function limitValue(path: string): number | undefined {
  const [group, name] = path.split('.');
  const entries = (LIMITS as Record<string, Record<string, { value: number }>>)[group ?? ''];
  return entries?.[name ?? '']?.value;
}

export const FactSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'fact ids are kebab-case'),
    kind: Kind.optional(),
    topic: Topic,
    text: z.string().min(1),
    limit: z.string().optional(),
    value: z.number().optional(),
    sources: z.array(z.string()).min(1),
    reviewedOn: z.iso.date(),
  })
  .superRefine((fact, ctx) => {
    if (fact.limit !== undefined && limitValue(fact.limit) === undefined) {
      ctx.addIssue({ code: 'custom', path: ['limit'], message: `unknown limit "${fact.limit}"` });
    }
    if (fact.limit !== undefined && fact.value !== limitValue(fact.limit)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `value must equal LIMITS ${fact.limit}` });
    }
  });
/** A checked fact: its source keys are known (FactsSchema and the knowledge loader check them). */
export type Fact = Omit<z.infer<typeof FactSchema>, 'sources'> & { sources: SourceKey[] };

const REVIEWED = '2026-11-26';
/** Facts added with the platform engine (what EC2 capacity allows, HPC, runtimes), checked later. */
const PLATFORMS_REVIEWED = '2026-11-30';
const n = grouped;
const L = LIMITS.lambda;
const F = LIMITS.fargate;
const B = LIMITS.batch;

type Draft = Omit<Fact, 'reviewedOn' | 'value'>;
const fact = (d: Draft, reviewedOn = REVIEWED): Fact => ({
  ...d,
  ...(d.limit === undefined ? {} : { value: limitValue(d.limit) }),
  reviewedOn,
});

// biome-ignore format: one fact per entry
const RAW: Fact[] = [
  // Serverless: AWS Lambda
  fact({ id: 'lambda-max-duration', kind: 'serverless', topic: 'resources', limit: 'lambda.maxDurationSeconds', sources: ['LQ'],
    text: `A Lambda invocation can run for at most ${L.maxDurationSeconds.value} seconds (${L.maxDurationSeconds.value / 60} minutes); then Lambda stops it.` }),
  fact({ id: 'lambda-memory-cpu', kind: 'serverless', topic: 'resources', limit: 'lambda.maxMemoryMb', sources: ['LQ', 'FL'],
    text: `A Lambda function gets ${L.minMemoryMb.value} MB to ${n(L.maxMemoryMb.value)} MB of memory; CPU grows with memory, about 1 vCPU at ${n(L.mbPerVcpu.value)} MB and at most ${L.maxVcpu.value} vCPU.` }),
  fact({ id: 'lambda-payload', kind: 'serverless', topic: 'resources', limit: 'lambda.syncPayloadMb', sources: ['LI', 'LQ'],
    text: `Lambda accepts ${L.syncPayloadMb.value} MB each for a synchronous request and response, ${L.asyncPayloadMb.value} MB for an asynchronous event, and streams responses up to ${L.streamedResponseMb.value} MB.` }),
  fact({ id: 'lambda-tmp', kind: 'serverless', topic: 'resources', limit: 'lambda.maxTmpMb', sources: ['LE'],
    text: `A function's /tmp directory can be sized from ${L.minTmpMb.value} MB to ${n(L.maxTmpMb.value)} MB.` }),
  fact({ id: 'lambda-package', kind: 'serverless', topic: 'resources', limit: 'lambda.containerImageGb', sources: ['LQ'],
    text: `A zip deployment package may be ${L.zipPackageUnzippedMb.value} MB unzipped including layers; a function packaged as a container image may be up to ${L.containerImageGb.value} GB.` }),
  fact({ id: 'lambda-concurrency', kind: 'serverless', topic: 'scaling', limit: 'lambda.defaultConcurrency', sources: ['LQ'],
    text: `By default an account can run ${n(L.defaultConcurrency.value)} concurrent Lambda executions per Region (new accounts may start lower).` }),
  fact({ id: 'lambda-no-gpu', kind: 'serverless', topic: 'resources', sources: ['FL'],
    text: 'Standard Lambda functions have no GPUs or other accelerators.' }),
  fact({ id: 'lambda-isolation', kind: 'serverless', topic: 'isolation', sources: ['LSEC', 'LTI'],
    text: 'Every Lambda execution environment is its own Firecracker microVM and is never shared between functions or accounts. One environment does serve many invocations of the same function, so data of one tenant can be seen by the next invocation unless the function uses tenant isolation mode.' }),
  fact({ id: 'lambda-cold-start', kind: 'serverless', topic: 'latency', sources: ['LPC', 'LSS', 'FL'],
    text: 'When Lambda must start a new environment, initialisation adds from under 100 ms to more than a second, depending on runtime and package. Provisioned concurrency keeps environments warm (paid while idle); SnapStart speeds up Java, Python and .NET.' }),
  fact({ id: 'lambda-managed-instances', kind: 'serverless', topic: 'cost', sources: ['LMI', 'FL'],
    text: "Lambda Managed Instances run functions on EC2 capacity in your own account at EC2 prices (Savings Plans, Reserved Instances apply), which suits steady, predictable load. Their isolation boundary is the capacity provider, weaker than standard Lambda's microVM per environment." }),
  fact({ id: 'lambda-durable-functions', kind: 'serverless', topic: 'services', limit: 'lambda.durableMaxDays', sources: ['LDF'],
    text: `Lambda durable functions checkpoint a multi-step workflow and resume it, for up to ${L.durableMaxDays.value} days, without compute charges while waiting. They do not lift the ${L.maxDurationSeconds.value / 60}-minute limit on one continuous computation.` }),
  fact({ id: 'lambda-billing', kind: 'serverless', topic: 'cost', limit: 'lambda.freeTierRequests', sources: ['FL'],
    text: `Lambda charges per request plus GB-seconds of duration, metered per millisecond; the free tier covers ${n(L.freeTierRequests.value)} requests and ${n(L.freeTierGbSeconds.value)} GB-seconds a month. Idle time costs nothing.` }),
  fact({ id: 'lambda-maintenance', kind: 'serverless', topic: 'maintenance', sources: ['FL'],
    text: 'With Lambda, AWS patches the operating system and the language runtime; your team owns the code, its configuration and IAM permissions.' }),
  fact({ id: 'lambda-runtimes', kind: 'serverless', topic: 'resources', sources: ['LR'],
    text: 'Lambda runs functions on Amazon Linux: there is no Windows and no .NET Framework, only the current .NET runtimes or a custom runtime on Amazon Linux. This holds for Lambda Managed Instances too.' }, PLATFORMS_REVIEWED),
  fact({ id: 'lambda-environment-lifecycle', kind: 'serverless', topic: 'resources', sources: ['LSEC'],
    text: 'Lambda creates and retires execution environments as load changes, so memory and /tmp are a cache at best: state that must survive between requests, or sticky sessions, belong elsewhere.' }),
  // Containers: ECS, EKS, Fargate, Batch
  fact({ id: 'fargate-task-size', kind: 'container', topic: 'resources', limit: 'fargate.maxVcpu', sources: ['FT', 'BF'],
    text: `A Fargate task can have up to ${F.maxVcpu.value} vCPU and ${F.maxMemoryGb.value} GB of memory (Linux, platform 1.4.0 or later). Some AWS Batch pages still quote an older ${B.fargateRecommendedMaxVcpu.value} vCPU / ${B.fargateRecommendedMaxMemoryGb.value} GB ceiling.` }),
  fact({ id: 'fargate-ephemeral-storage', kind: 'container', topic: 'resources', limit: 'fargate.maxEphemeralGb', sources: ['FC'],
    text: `A Fargate task gets ${F.defaultEphemeralGb.value} GiB of ephemeral storage by default, configurable up to ${F.maxEphemeralGb.value} GiB.` }),
  fact({ id: 'fargate-restrictions', kind: 'container', topic: 'resources', sources: ['FC'],
    text: 'Fargate offers no GPUs and does not allow privileged containers or device access; the only Linux capability you can add is CAP_SYS_PTRACE.' }),
  fact({ id: 'fargate-windows', kind: 'container', topic: 'resources', sources: ['FC'],
    text: 'Fargate runs Windows Server 2019 and 2022 containers (Core and Full editions); Fargate Spot is not available for Windows.' }),
  fact({ id: 'fargate-isolation', kind: 'container', topic: 'isolation', sources: ['FS'],
    text: 'Each Fargate task, and each EKS pod on Fargate, runs inside its own hardware-virtualized boundary and shares no kernel, CPU, memory or network interface with another task. AWS recommends Fargate to customers who want strong isolation.' }),
  fact({ id: 'ec2-containers-share-kernel', kind: 'container', topic: 'isolation', sources: ['FS'],
    text: "Containers that ECS or EKS place on EC2 capacity share that instance's kernel with every other container on it." }),
  fact({ id: 'fargate-billing', kind: 'container', topic: 'cost', limit: 'fargate.minimumBillingSeconds', sources: ['FL'],
    text: `Fargate bills per second for the vCPU and memory a task requests, with a ${F.minimumBillingSeconds.value}-second minimum; Fargate Spot runs interruptible work at a discount.` }),
  fact({ id: 'batch-fargate-or-ec2', kind: 'container', topic: 'guidance', limit: 'batch.fargateRecommendedMaxVcpu', sources: ['BF'],
    text: `AWS Batch recommends EC2 instead of Fargate for jobs needing more than ${B.fargateRecommendedMaxVcpu.value} vCPU or ${B.fargateRecommendedMaxMemoryGb.value} GiB, GPUs, a custom AMI, EFA, or very high job throughput.` }),
  fact({ id: 'gpu-containers-on-ec2', kind: 'container', topic: 'resources', sources: ['CT'],
    text: 'Containers that need GPUs run on ECS or EKS with EC2 capacity, including ECS Managed Instances, not on Fargate.' }),
  fact({ id: 'containers-on-ec2-capabilities', kind: 'container', topic: 'resources', sources: ['FC', 'ECSCD', 'EKSF'],
    text: 'Containers on EC2 capacity (ECS on EC2 or ECS Managed Instances, EKS managed or self-managed nodes, EKS Auto Mode, AWS Batch on EC2) can use what Fargate refuses: privileged containers, devices, GPUs, host networking, a daemon on every host (ECS daemon services, Kubernetes DaemonSets) for host agents, and custom AMIs.' }, PLATFORMS_REVIEWED),
  fact({ id: 'windows-no-privileged', kind: 'container', topic: 'resources', sources: ['ECSCD'],
    text: 'Amazon ECS does not support privileged mode for Windows containers, on any capacity.' }, PLATFORMS_REVIEWED),
  fact({ id: 'eks-fargate', kind: 'container', topic: 'isolation', sources: ['EKSF'],
    text: 'Amazon EKS on Fargate runs no DaemonSets and no privileged containers; each pod gets a compute boundary of its own.' }, PLATFORMS_REVIEWED),
  fact({ id: 'hpc-efa', topic: 'resources', sources: ['BEFA', 'PC'],
    text: 'Tightly coupled HPC (MPI, NCCL) over Elastic Fabric Adapter runs on EC2 instances that support EFA: as AWS Batch multi-node parallel jobs on EC2 capacity, or as a cluster built with AWS ParallelCluster and Slurm.' }, PLATFORMS_REVIEWED),
  fact({ id: 'app-runner-closed', kind: 'container', topic: 'services', sources: ['AR'],
    text: 'AWS App Runner has been closed to new customers since 30 April 2026; AWS directs new simple web services to Amazon ECS Express Mode.' }),
  fact({ id: 'eks-auto-mode', kind: 'container', topic: 'services', sources: ['EAM'],
    text: 'EKS Auto Mode is the way AWS recommends to run Amazon EKS without managing the worker nodes yourself.' }),
  fact({ id: 'container-maintenance', kind: 'container', topic: 'maintenance', sources: ['CT', 'FL'],
    text: 'On Fargate AWS runs the hosts and your team owns container images, task definitions and scaling rules; on EC2 capacity the team also owns the instances.' }),
  // Virtual machines: EC2
  fact({ id: 'ec2-isolation', kind: 'vm', topic: 'isolation', sources: ['NITRO', 'DH'],
    text: 'EC2 instances run on the Nitro hypervisor and each has its own kernel. The physical host is shared with other AWS customers unless you use Dedicated Instances, Dedicated Hosts or bare-metal instances.' }),
  fact({ id: 'dedicated-hosts', kind: 'vm', topic: 'isolation', sources: ['DH'],
    text: 'EC2 Dedicated Hosts are physical servers for your use alone, with visibility of sockets, cores and host IDs for bring-your-own-license software (Windows Server, SQL Server, Oracle, SUSE and others) and single-tenant compliance.' }),
  fact({ id: 'ec2-special-hardware', kind: 'vm', topic: 'resources', sources: ['EC2I', 'CG'],
    text: 'GPU and accelerator families (P, G, Trn, Inf), memory-optimised instances with terabytes of memory, local NVMe storage, EFA networking and bare-metal instances are available only on EC2.' }),
  fact({ id: 'ec2-os-control', kind: 'vm', topic: 'resources', sources: ['CG'],
    text: 'An EC2 instance gives full control of the operating system: the AMI, kernel modules and parameters, host agents and privileged processes.' }),
  fact({ id: 'ec2-maintenance', kind: 'vm', topic: 'maintenance', sources: ['CG'],
    text: 'On EC2 your team patches and hardens the operating system, manages AMIs, and plans capacity and scaling (EC2 Auto Scaling).' }),
  fact({ id: 'ec2-pricing', kind: 'vm', topic: 'cost', limit: 'ec2.spotMaxDiscountPercent', sources: ['CG', 'SP'],
    text: `EC2 On-Demand bills Linux per second; Spot Instances cost up to ${LIMITS.ec2.spotMaxDiscountPercent.value}% less for interruptible work; Savings Plans and Reserved Instances discount steady use. Compute Savings Plans also cover Fargate and Lambda.` }),
  // How the decision guides choose
  fact({ id: 'guide-lambda', kind: 'serverless', topic: 'guidance', sources: ['FL'],
    text: "AWS's decision guide points event-driven, short, unpredictable or mostly idle work, run by teams that want minimal operations, to Lambda." }),
  fact({ id: 'guide-fargate', kind: 'container', topic: 'guidance', sources: ['FL', 'CT'],
    text: `AWS's decision guides point long-running processes, work longer than ${L.maxDurationSeconds.value / 60} minutes, specific resource or runtime needs, and portability through container images to containers on Fargate.` }),
  fact({ id: 'guide-ec2', kind: 'vm', topic: 'guidance', sources: ['CG'],
    text: "AWS's compute decision guide points full control of the OS and hardware, GPUs and special hardware, host-bound licensing, and lift-and-shift of existing servers to EC2." }),
  fact({ id: 'guide-steady-cost', topic: 'cost', sources: ['FL'],
    text: 'Steady, high, predictable load usually costs less on per-second (Fargate) or per-instance (EC2, Lambda Managed Instances) pricing than on per-request pricing.' }),
];

const FactsSchema = z.array(FactSchema).superRefine((facts, ctx) => {
  const seen = new Set<string>();
  const keys = new Set<string>(SOURCES.map((s) => s.key));
  facts.forEach((f, i) => {
    if (seen.has(f.id))
      ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate fact id "${f.id}"` });
    seen.add(f.id);
    for (const key of f.sources) {
      if (!keys.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'sources'],
          message: `fact "${f.id}" cites unknown source "${key}"`,
        });
      }
    }
  });
});

export const FACTS: readonly Fact[] = FactsSchema.parse(RAW) as Fact[];

const FACT_BY_ID = new Map(FACTS.map((f) => [f.id, f]));
const SOURCE_BY_KEY = new Map(SOURCES.map((s) => [s.key, s]));

/** The AWS pages behind some facts, first-cited first, each page once (anchors count as the same page). */
export function factSources(ids: Iterable<string>): Source[] {
  const out: Source[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    for (const key of FACT_BY_ID.get(id)?.sources ?? []) {
      const src = SOURCE_BY_KEY.get(key);
      const page = src?.url.split('#')[0];
      if (!src || page === undefined || seen.has(page)) continue;
      seen.add(page);
      out.push({ title: src.title, url: src.url });
    }
  }
  return out;
}
