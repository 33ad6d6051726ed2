import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readJsonBody } from '../../../adapters/teams/read-json-body.js';

/** A request body streamed in chunks with no content-length (chunked transfer encoding). */
function chunked(chunks: string[], headers: Record<string, string> = {}): IncomingMessage {
  const stream = Readable.from(chunks.map((c) => Buffer.from(c))) as unknown as IncomingMessage;
  stream.headers = headers;
  return stream;
}

describe('readJsonBody', () => {
  it('parses JSON arriving in pieces', async () => {
    expect(await readJsonBody(chunked(['{"type":', '"message"}']))).toEqual({
      ok: true,
      value: { type: 'message' },
    });
  });

  it('stops at the limit even without a content-length', async () => {
    expect(await readJsonBody(chunked(['{"a":"', 'x'.repeat(600), '"}']), 512)).toMatchObject({
      ok: false,
      status: 413,
    });
  });

  it('refuses a declared length over the limit before reading', async () => {
    const res = await readJsonBody(chunked(['{}'], { 'content-length': '9999999' }), 1024);
    expect(res).toMatchObject({ ok: false, status: 413 });
  });

  it('answers malformed and empty bodies with 400', async () => {
    expect(await readJsonBody(chunked(['{"type":']))).toMatchObject({ ok: false, status: 400 });
    expect(await readJsonBody(chunked([]))).toMatchObject({ ok: false, status: 400 });
  });
});
