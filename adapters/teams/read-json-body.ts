// Bot Framework needs an already-parsed JSON body; reading it here (within the server's one size
// limit) lets us answer a large or malformed body with a short 4xx instead of an SDK exception.
import type { IncomingMessage } from 'node:http';
import { readBody } from '../http/http-io.js';

/** Teams messages are at most about 100 KB; 1 MiB leaves room for channelData and entities. */
const MAX_ACTIVITY_BYTES = 1024 * 1024;

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413; error: string };

export async function readJsonBody(req: IncomingMessage, limit = MAX_ACTIVITY_BYTES): Promise<BodyResult> {
  const read = await readBody(req, limit);
  if (!read.ok) return read;
  try {
    return { ok: true, value: JSON.parse(read.body.toString('utf8')) };
  } catch {
    return { ok: false, status: 400, error: 'body is not valid JSON' };
  }
}
