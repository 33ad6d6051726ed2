// The two things every route does with HTTP: read a request body within a size limit, and answer
// with a short JSON body (or none). One implementation for the Slack and Teams routes and the
// server's own probes, so a limit or a header is never right in one place and wrong in another.
import type { IncomingMessage, ServerResponse } from 'node:http';
import getRawBody from 'raw-body';

export type BodyRead = { ok: true; body: Buffer } | { ok: false; status: 400 | 413; error: string };

/**
 * The whole body, or a refusal once it passes `limit` bytes (at once when Content-Length says so,
 * before anything is buffered). A refused body is drained unread, so the client still gets the answer;
 * the caller closes the connection (`sendJson(…, { close: true })`) since it cannot carry another request.
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  try {
    const length = req.headers['content-length'];
    return { ok: true, body: await getRawBody(req, { limit, ...(length === undefined ? {} : { length }) }) };
  } catch (error) {
    req.resume();
    const type = (error as { type?: unknown }).type;
    return type === 'entity.too.large'
      ? { ok: false, status: 413, error: 'body too large' }
      : { ok: false, status: 400, error: 'request body could not be read' };
  }
}

export interface SendOptions {
  /** Ask the client to close the connection (the request's body may still be arriving unread). */
  close?: boolean;
  headers?: Record<string, string>;
}

/** A JSON answer, or an empty one when `body` is undefined. Never throws once headers were sent. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body?: unknown,
  options: SendOptions = {},
): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
    'content-length': Buffer.byteLength(text),
    ...(options.close ? { connection: 'close' } : {}),
    ...options.headers,
  });
  res.end(text);
}
