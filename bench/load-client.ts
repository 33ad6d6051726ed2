// A bounded closed-loop load generator on loopback: `connections` keep-alive sockets, each sending
// its next request as soon as the previous answer arrives, for `durationMs`. No dependency: a few
// dozen lines of node:http measure what autocannon would, and every request can be signed afresh.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface LoadRequest {
  path: string;
  method?: string;
  headers: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  requests: number;
  /** How long the load ran. */
  elapsedMs: number;
  /** Every answered request's time, sorted. */
  latencies: number[];
  rps: number;
  p50: number;
  p99: number;
  max: number;
  /** Answers that were not 2xx. */
  non2xx: number;
  /** Requests that got no answer (socket error or the 10 s client time-out). */
  errors: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

export function send(
  base: string,
  req: LoadRequest,
  agent?: Agent,
  timeoutMs = 10_000,
): Promise<{ status: number; body: string; ms: number }> {
  const url = new URL(req.path, base);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const r = request(
      url,
      {
        method: req.method ?? 'POST',
        headers:
          req.body === undefined
            ? req.headers
            : { ...req.headers, 'content-length': Buffer.byteLength(req.body) },
        ...(agent ? { agent } : {}),
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            ms: performance.now() - started,
          }),
        );
        res.on('error', reject);
      },
    );
    r.on('timeout', () => r.destroy(new Error('client time-out')));
    r.on('error', reject);
    r.end(req.body);
  });
}

/** Several loads of one server as one: requests over their total time, percentiles over every answer. */
export function combine(parts: readonly LoadResult[]): LoadResult {
  const latencies = parts.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const elapsedMs = parts.reduce((sum, r) => sum + r.elapsedMs, 0);
  return {
    requests: latencies.length,
    elapsedMs,
    latencies,
    rps: (latencies.length / elapsedMs) * 1000,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? Number.NaN,
    non2xx: parts.reduce((sum, r) => sum + r.non2xx, 0),
    errors: parts.reduce((sum, r) => sum + r.errors, 0),
  };
}

export async function load(
  base: string,
  options: { connections: number; durationMs: number },
  next: (i: number) => LoadRequest,
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  let counter = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      try {
        const res = await send(base, next(counter++), agent);
        latencies.push(res.ms);
        if (res.status < 200 || res.status > 299) non2xx++;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  const elapsed = performance.now() - started;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    elapsedMs: elapsed,
    latencies,
    rps: (latencies.length / elapsed) * 1000,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? Number.NaN,
    non2xx,
    errors,
  };
}
