// Short wording for result cards: kind and platform names, the verdict line, and first sentences
// for the at-a-glance parts of a card (the full text stays in its details).
import { KINDS } from '../knowledge/kinds.js';
import type { Kind, Recommendation } from './domain.js';
import { platformName } from './platform-notes.js';

/** A kind's name exactly as users know it ("Virtual machines (hardware virtualization)", "Containers"). */
export const kindLabel = (k: Kind): string => KINDS[k].name;

/**
 * "Containers — ECS or EKS on AWS Fargate": the kind as users know it, then the platform in words
 * (the part of the platform's name after its kind).
 */
export function verdict(rec: Recommendation): string {
  const name = platformName(rec.platform);
  const platform = name.includes(' — ') ? name.slice(name.indexOf(' — ') + 3) : name;
  return `${kindLabel(rec.primary)} — ${platform}`;
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
