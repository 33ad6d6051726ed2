// The six concrete AWS platforms as users see them: the name a card leads with, the short label used in
// "not Fargate: …", and one line on what it is. Decisions about them live in rules.ts, services.ts and
// rationale.ts; this file only names them.
import { z } from 'zod';
import { PLATFORM_IDS, type PlatformId } from './ids.js';

const PlatformInfoSchema = z.strictObject({
  /** "Kind — platform", the way a card leads. */
  name: z.string().min(1),
  /** The platform alone, for sentences such as "not Fargate: …". */
  label: z.string().min(1),
  /** One line: what it is. */
  short: z.string().min(1),
});
export type PlatformInfo = z.infer<typeof PlatformInfoSchema>;

export const PlatformsSchema = z.strictObject(
  Object.fromEntries(PLATFORM_IDS.map((p) => [p, PlatformInfoSchema])) as Record<
    PlatformId,
    typeof PlatformInfoSchema
  >,
);

const RAW: Record<PlatformId, PlatformInfo> = {
  lambda: {
    name: 'Serverless — AWS Lambda',
    label: 'AWS Lambda',
    short: 'Functions that run per request or event, each execution environment a Firecracker microVM.',
  },
  lambda_managed: {
    name: 'Serverless — Lambda Managed Instances',
    label: 'Lambda Managed Instances',
    short: 'Lambda functions on EC2 capacity in your account that Lambda manages, at EC2 prices.',
  },
  fargate: {
    name: 'Containers — ECS or EKS on AWS Fargate',
    label: 'Fargate',
    short:
      'Containers on Amazon ECS or Amazon EKS with AWS Fargate running the hosts, one task per boundary.',
  },
  containers_on_ec2: {
    name: 'Containers — ECS or EKS on EC2 capacity',
    label: 'containers on EC2 capacity',
    short:
      'Containers on Amazon ECS or Amazon EKS whose hosts are EC2 instances: ECS Managed Instances, EKS Auto Mode or node groups.',
  },
  ec2: {
    name: 'Virtual machines — Amazon EC2',
    label: 'EC2 on shared tenancy',
    short:
      'EC2 instances on the Nitro hypervisor, each with its own kernel, on hosts shared with other customers.',
  },
  ec2_dedicated: {
    name: 'Virtual machines — EC2 on dedicated hardware',
    label: 'EC2 dedicated hardware',
    short:
      'EC2 Dedicated Hosts, Dedicated Instances or bare-metal instances: physical servers no other customer uses.',
  },
};

export const PLATFORMS: Readonly<Record<PlatformId, PlatformInfo>> = PlatformsSchema.parse(RAW);
