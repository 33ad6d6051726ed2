// The drain used by SIGTERM, on a real loopback HTTP server: requests in flight finish, new
// connections are refused, idle keep-alive connections do not hold the shutdown open.
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createRequestTracker } from '../../../adapters/server/lifecycle.js';

function get(port: number, path: string, agent?: import('node:http').Agent) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent }, (res) => {
      let body = '';
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function serve(delayMs: number) {
  const server = createServer();
  const tracker = createRequestTracker(server);
  server.on('request', (req, res) => {
    tracker.track(req, res);
    if (tracker.draining) return res.writeHead(503).end('draining');
    const wait = req.url === '/slow' ? delayMs : 0;
    setTimeout(() => res.writeHead(200).end('done'), wait);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { server, tracker, port: (server.address() as AddressInfo).port };
}

describe('request drain', () => {
  it('lets a request in flight finish, then refuses new connections', async () => {
    const { tracker, port } = await serve(600);
    const slow = get(port, '/slow');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(tracker.inFlight()).toBe(1);
    const started = Date.now();
    const drained = tracker.drain(5000);
    await expect(get(port, '/fast')).rejects.toThrow(/ECONNREFUSED/);
    expect(await slow).toEqual({ status: 200, body: 'done' });
    expect(await drained).toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(tracker.inFlight()).toBe(0);
  });

  it('does not wait for idle keep-alive connections', async () => {
    const { tracker, port } = await serve(0);
    const { Agent } = await import('node:http');
    const agent = new Agent({ keepAlive: true });
    expect((await get(port, '/fast', agent)).status).toBe(200);
    const started = Date.now();
    expect(await tracker.drain(5000)).toBe(true);
    expect(Date.now() - started).toBeLessThan(1500);
    agent.destroy();
  });

  it('cuts off a request that outlives the grace period and says so', async () => {
    const { tracker, port } = await serve(10_000);
    const slow = get(port, '/slow').catch((error: Error) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    expect(await tracker.drain(300)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await slow).toBeInstanceOf(Error);
  });
});
