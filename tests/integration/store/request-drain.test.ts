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

/** Waits for a condition the server reaches on its own (the request arriving), not for a duration. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
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
    await until(() => tracker.inFlight() === 1);
    const drained = tracker.drain(5000);
    await expect(get(port, '/fast')).rejects.toThrow(/ECONNREFUSED/);
    expect(await slow).toEqual({ status: 200, body: 'done' });
    expect(await drained).toBe(true);
    expect(tracker.inFlight()).toBe(0);
  });

  it('does not wait for idle keep-alive connections', async () => {
    const { server, tracker, port } = await serve(0);
    const { Agent } = await import('node:http');
    const agent = new Agent({ keepAlive: true });
    expect((await get(port, '/fast', agent)).status).toBe(200);
    // The server only emits 'close' once every connection is gone: had the idle keep-alive socket
    // held it open, drain would have given up waiting and cut it off after resolving.
    let closed = false;
    server.once('close', () => {
      closed = true;
    });
    expect(await tracker.drain(5000)).toBe(true);
    expect(closed).toBe(true);
    agent.destroy();
  });

  it('cuts off a request that outlives the grace period and says so', async () => {
    const { tracker, port } = await serve(10_000);
    const slow = get(port, '/slow').catch((error: Error) => error);
    await until(() => tracker.inFlight() === 1);
    expect(await tracker.drain(300)).toBe(false);
    expect(await slow).toBeInstanceOf(Error);
  });
});
