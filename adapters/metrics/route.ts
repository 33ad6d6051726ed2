// GET /metrics: the Prometheus text format, behind `Authorization: Bearer <METRICS_TOKEN>` when that
// is set (the figures reveal usage, so a public deployment should not hand them to anyone).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PrometheusMetrics } from './prometheus.js';

export const METRICS_PATH = '/metrics';

/** Compares digests, so neither the token's length nor its content leaks through timing. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function authorised(header: string | undefined, token: string | undefined): boolean {
  if (!token) return true;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] !== undefined && sameSecret(match[1], token);
}

export function metricsHandler(prometheus: PrometheusMetrics, token: string | undefined) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!authorised(req.headers.authorization, token)) {
      res.writeHead(401, { 'www-authenticate': 'Bearer realm="metrics"', 'content-length': 0 }).end();
      return;
    }
    const text = await prometheus.scrape();
    res.writeHead(200, {
      'content-type': prometheus.contentType,
      'content-length': Buffer.byteLength(text),
    });
    res.end(req.method === 'HEAD' ? undefined : text);
  };
}
