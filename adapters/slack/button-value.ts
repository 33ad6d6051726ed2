// A button's `value`: the core's ChoiceValue as JSON (docs/contract.md §6: at least {"q","a"}), plus `k`, the
// conversation key, so a click is routed to its conversation even from an ephemeral message (whose
// block_actions payload carries no `message`). `k` is stripped again before the core sees the value.
import { z } from 'zod';
import type { ChoiceValue } from '../../src/card.js';
import { BLOCK_KIT_LIMITS } from './block-kit-limits.js';

const ROUTE_FIELD = 'k';

/** The JSON value, or undefined when it would not fit Slack's value limit. */
export function encodeButtonValue(value: ChoiceValue, conversationKey: string): string | undefined {
  // The value's own JSON with `k` added before its closing brace: a card renders a dozen of these.
  const own = JSON.stringify(value);
  const json = `${own.length > 2 ? `${own.slice(0, -1)},` : '{'}"${ROUTE_FIELD}":${JSON.stringify(conversationKey)}}`;
  return json.length <= BLOCK_KIT_LIMITS.buttonValue ? json : undefined;
}

const Decoded = z.looseObject({ [ROUTE_FIELD]: z.string().min(1).max(300) });

/** The conversation key and the core's value (untouched apart from `k`), or undefined if not ours. */
export function decodeButtonValue(raw: string): { key: string; value: Record<string, unknown> } | undefined {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const parsed = Decoded.safeParse(json);
  if (!parsed.success) return undefined;
  const { [ROUTE_FIELD]: key, ...value } = parsed.data;
  return { key, value };
}
