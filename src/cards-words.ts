// Short wording for result cards: kind and platform names, the verdict line, and first sentences
// for the at-a-glance parts of a card (the full text stays in its details).
import { KINDS } from '../knowledge/kinds.js';
import type { Kind, PlatformId, Recommendation } from './domain.js';

/** A kind's name exactly as users know it ("Virtual machines (hardware virtualization)", "Containers"). */
export const kindLabel = (k: Kind): string => KINDS[k].name;

const PLATFORM_LABEL: Record<PlatformId, string> = {
  lambda: 'AWS Lambda',
  lambda_managed: 'Lambda Managed Instances',
  fargate: 'ECS or EKS on AWS Fargate',
  containers_on_ec2: 'ECS or EKS on EC2 capacity',
  ec2: 'Amazon EC2',
  ec2_dedicated: 'EC2 on dedicated hardware',
};

/** The platform a recommendation names, where the engine names one. */
function platformOf(rec: Recommendation): PlatformId | undefined {
  const platform = (rec as { platform?: unknown }).platform;
  return typeof platform === 'string' && platform in PLATFORM_LABEL ? (platform as PlatformId) : undefined;
}

/** "Containers — ECS or EKS on Fargate", or the kind alone when no platform is named. */
export function verdict(rec: Recommendation): string {
  const platform = platformOf(rec);
  return platform ? `${kindLabel(rec.primary)} — ${PLATFORM_LABEL[platform]}` : kindLabel(rec.primary);
}

/** The first sentence of a text ("A. B." → "A."), or the whole text when it has one. */
export function firstSentence(text: string): string {
  const m = /^(.+?[.!?])\s+[A-Z]/.exec(text);
  return m?.[1] ?? text;
}

/** The first clause of a reason, up to its first semicolon or full stop, for a one-line summary. */
export function firstClause(text: string): string {
  const m = /^(.+?)(?:;\s|\.\s|\.$)/.exec(text);
  return m?.[1] ?? text;
}
