// AWS documentation pages the knowledge module cites (source keys).
// `reviewedOn` is when a maintainer last checked the page against the facts that cite it.
import { z } from 'zod';

export const SourceEntry = z.object({
  key: z.string().regex(/^[A-Z0-9]+$/),
  title: z.string().min(1),
  url: z.url().startsWith('https://'),
  reviewedOn: z.iso.date(),
});
export type SourceEntry = z.infer<typeof SourceEntry>;

const D = 'https://docs.aws.amazon.com/';
const REVIEWED = '2026-11-26';
const PLATFORMS_REVIEWED = '2026-11-30';

export const SOURCES = [
  {
    key: 'CG',
    title: 'Choosing an AWS compute service',
    url: `${D}decision-guides/latest/decision-guides/choosing-aws-compute-service.html`,
  },
  {
    key: 'FL',
    title: 'AWS Fargate or AWS Lambda?',
    url: `${D}decision-guides/latest/decision-guides/fargate-or-lambda.html`,
  },
  {
    key: 'CT',
    title: 'Choosing an AWS container service',
    url: `${D}decision-guides/latest/decision-guides/choosing-aws-container-service.html`,
  },
  { key: 'LQ', title: 'Lambda quotas', url: `${D}lambda/latest/dg/gettingstarted-limits.html` },
  { key: 'LI', title: 'Lambda Invoke API reference', url: `${D}lambda/latest/dg/API_Invoke.html` },
  {
    key: 'LE',
    title: 'Lambda EphemeralStorage API reference',
    url: `${D}lambda/latest/dg/API_EphemeralStorage.html`,
  },
  {
    key: 'LMI',
    title: 'Lambda Managed Instances: core concepts',
    url: `${D}lambda/latest/dg/lambda-managed-instances-core-concepts.html`,
  },
  { key: 'LDF', title: 'Lambda durable functions', url: `${D}lambda/latest/dg/durable-functions.html` },
  { key: 'LTI', title: 'Lambda tenant isolation mode', url: `${D}lambda/latest/dg/tenant-isolation.html` },
  {
    key: 'LSEC',
    title: 'Security overview of AWS Lambda: isolation technologies',
    url: `${D}whitepapers/latest/security-overview-aws-lambda/lambda-isolation-technologies.html`,
  },
  { key: 'LSS', title: 'Lambda SnapStart', url: `${D}lambda/latest/dg/snapstart.html` },
  {
    key: 'LPC',
    title: 'Lambda provisioned concurrency',
    url: `${D}lambda/latest/dg/provisioned-concurrency.html`,
  },
  {
    key: 'FC',
    title: 'Amazon ECS task definitions for Fargate',
    url: `${D}AmazonECS/latest/developerguide/fargate-tasks-services.html`,
  },
  {
    key: 'FT',
    title: 'Fargate task CPU and memory',
    url: `${D}AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size`,
  },
  {
    key: 'FS',
    title: 'Fargate security considerations for Amazon ECS',
    url: `${D}AmazonECS/latest/developerguide/security-fargate.html`,
  },
  {
    key: 'BF',
    title: 'AWS Batch: when to use Fargate',
    url: `${D}batch/latest/userguide/when-to-use-fargate.html`,
  },
  {
    key: 'DH',
    title: 'Amazon EC2 Dedicated Hosts',
    url: `${D}AWSEC2/latest/UserGuide/dedicated-hosts-overview.html`,
  },
  { key: 'EC2I', title: 'Amazon EC2 instance types', url: `${D}AWSEC2/latest/UserGuide/instance-types.html` },
  {
    key: 'NITRO',
    title: 'The security design of the AWS Nitro System',
    url: `${D}whitepapers/latest/security-design-of-aws-nitro-system/security-design-of-aws-nitro-system.html`,
  },
  {
    key: 'AR',
    title: 'AWS App Runner availability change',
    url: `${D}apprunner/latest/dg/apprunner-availability-change.html`,
  },
  { key: 'EAM', title: 'Amazon EKS Auto Mode', url: `${D}eks/latest/userguide/automode.html` },
  {
    key: 'SP',
    title: 'What are Savings Plans?',
    url: `${D}savingsplans/latest/userguide/what-is-savings-plans.html`,
  },
  // Checked when the platform engine began citing them.
  {
    key: 'ECSCD',
    title: 'Amazon ECS ContainerDefinition API reference',
    url: `${D}AmazonECS/latest/APIReference/API_ContainerDefinition.html`,
    reviewedOn: PLATFORMS_REVIEWED,
  },
  {
    key: 'EKSF',
    title: 'Amazon EKS: simplify compute management with AWS Fargate',
    url: `${D}eks/latest/userguide/fargate.html`,
    reviewedOn: PLATFORMS_REVIEWED,
  },
  {
    key: 'BEFA',
    title: 'AWS Batch: Elastic Fabric Adapter',
    url: `${D}batch/latest/userguide/efa.html`,
    reviewedOn: PLATFORMS_REVIEWED,
  },
  {
    key: 'PC',
    title: 'AWS ParallelCluster: Elastic Fabric Adapter',
    url: `${D}parallelcluster/latest/ug/efa-v3.html`,
    reviewedOn: PLATFORMS_REVIEWED,
  },
  {
    key: 'LR',
    title: 'Lambda runtimes',
    url: `${D}lambda/latest/dg/lambda-runtimes.html`,
    reviewedOn: PLATFORMS_REVIEWED,
  },
].map((s) => ({ reviewedOn: REVIEWED, ...s })) satisfies SourceEntry[];

export type SourceKey = (typeof SOURCES)[number]['key'];
