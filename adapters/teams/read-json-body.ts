// Bot Framework needs an already-parsed JSON body; reading it here lets us bound its size and answer
// a malformed body with a short 400 instead of an SDK exception.
import type { IncomingMessage } from 'node:http';

/** Teams messages are at most about 100 KB; 1 MiB leaves room for channelData and entities. */
const MAX_ACTIVITY_BYTES = 1024 * 1024;

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413; error: string };

export function readJsonBody(req: IncomingMessage, limit = MAX_ACTIVITY_BYTES): Promise<BodyResult> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      resolve({ ok: false, status: 413, error: 'body too large' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyResult) => {
      if (done) return;
      done = true;
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        req.resume();
        finish({ ok: false, status: 413, error: 'body too large' });
        return;
      }
      if (!done) chunks.push(chunk);
    });
    req.on('error', () => finish({ ok: false, status: 400, error: 'request body could not be read' }));
    req.on('end', () => {
      try {
        finish({ ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      } catch {
        finish({ ok: false, status: 400, error: 'body is not valid JSON' });
      }
    });
  });
}
