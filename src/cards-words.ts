// Short wording for result cards: kind and platform names, the verdict line, and first sentences
// for the at-a-glance parts of a card (the full text stays in its details).
import { KINDS } from '../knowledge/kinds.js';
import type { Kind, PlatformId, Recommendation } from './domain.js';

/** A kind's name exactly as users know it ("Virtual machines (hardware virtualization)", "Containers"). */
export const kindLabel = (k: Kind): string => KINDS[k].name;

/** How a card names a platform, kind first; the platform engine's names, word for word. */
const PLATFORM_NAME: Record<PlatformId, string> = {
  lambda: 'Serverless — AWS Lambda',
  lambda_managed: 'Serverless — Lambda Managed Instances',
  fargate: 'Containers — ECS or EKS on AWS Fargate',
  containers_on_ec2: 'Containers — ECS or EKS on EC2 capacity',
  ec2: 'Virtual machines — Amazon EC2',
  ec2_dedicated: 'Virtual machines — EC2 on dedicated hardware',
};

/** The platform a recommendation names, where the engine names one. */
function platformOf(rec: Recommendation): PlatformId | undefined {
  const platform = (rec as { platform?: unknown }).platform;
  return typeof platform === 'string' && platform in PLATFORM_NAME ? (platform as PlatformId) : undefined;
}

/** "Containers — ECS or EKS on AWS Fargate", or the kind's name when no platform is named. */
export function verdict(rec: Recommendation): string {
  const platform = platformOf(rec);
  return platform ? PLATFORM_NAME[platform] : kindLabel(rec.primary);
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
