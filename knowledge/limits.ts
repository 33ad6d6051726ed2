// Documented AWS limits that decisions and extraction compare numbers against.
// Change a figure here when AWS changes it: the engine, the extractor and the answers follow.
// Each entry names the source key (knowledge/sources.ts) that documents it.
export const LIMITS = {
  lambda: {
    maxDurationSeconds: { value: 900, source: 'LQ' },
    minMemoryMb: { value: 128, source: 'LQ' },
    maxMemoryMb: { value: 10_240, source: 'LQ' },
    maxVcpu: { value: 6, source: 'LQ' },
    mbPerVcpu: { value: 1_769, source: 'LQ' },
    syncPayloadMb: { value: 6, source: 'LI' },
    asyncPayloadMb: { value: 1, source: 'LI' },
    streamedResponseMb: { value: 200, source: 'LQ' },
    minTmpMb: { value: 512, source: 'LE' },
    maxTmpMb: { value: 10_240, source: 'LE' },
    zipPackageUnzippedMb: { value: 250, source: 'LQ' },
    containerImageGb: { value: 10, source: 'LQ' },
    defaultConcurrency: { value: 1_000, source: 'LQ' },
    durableMaxDays: { value: 365, source: 'LDF' },
    freeTierRequests: { value: 1_000_000, source: 'FL' },
    freeTierGbSeconds: { value: 400_000, source: 'FL' },
  },
  fargate: {
    maxVcpu: { value: 32, source: 'FT' },
    maxMemoryGb: { value: 244, source: 'FT' },
    defaultEphemeralGb: { value: 20, source: 'FC' },
    maxEphemeralGb: { value: 200, source: 'FC' },
    minimumBillingSeconds: { value: 60, source: 'FL' },
  },
  batch: {
    /** Above this per job, AWS Batch recommends EC2 rather than Fargate. */
    fargateRecommendedMaxVcpu: { value: 16, source: 'BF' },
    fargateRecommendedMaxMemoryGb: { value: 120, source: 'BF' },
  },
  ec2: {
    spotMaxDiscountPercent: { value: 90, source: 'CG' },
  },
} as const;
