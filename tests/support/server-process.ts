// Runs the real server (`adapters/server/main.ts`, what `npm start` runs) as a child process on a
// loopback port, waits until it serves, and lets a test signal, kill or restart it. A test about
// what the server does rather than about its process (signals, exit codes, start-up lines, a
// restart) starts it in-process instead (startInProcess): seconds of start-up less on a busy machine.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type RunningApp, startApp } from '../../adapters/server/app.js';
import { loadConfig } from '../../adapters/server/config.js';
import type { Logger } from '../../src/ports.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** What `npm start` runs, from the sources (no build needed). */
const SERVER_ARGV = ['--import', 'tsx', 'adapters/server/main.ts'];

export type ProcessRun = { code: number | null; stdout: string; stderr: string };

/**
 * Any command of this repository run to its end (from the repository root), with its exit status and
 * output: the one spawn-and-collect helper for the CLI and for server start-ups that must refuse.
 */
export function runProcess(
  cmd: string,
  argv: string[],
  options: { env?: NodeJS.ProcessEnv; input?: Buffer | string } = {},
): Promise<ProcessRun> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, argv, {
      cwd: ROOT,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString('utf8');
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString('utf8');
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** The environment of a server under test: the caller's settings, never a developer's .env. */
function serverEnv(env: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    // Never pick up a developer's .env (real tokens) in a test.
    DOTENV_CONFIG_PATH: '/dev/null',
    ...env,
  };
}

/** The server started with `env` and run until it exits by itself (a configuration it refuses). */
export function runServerToExit(env: Record<string, string>): Promise<ProcessRun> {
  return runProcess(process.execPath, SERVER_ARGV, { env: serverEnv({ PORT: '0', ...env }) });
}

export interface InProcessServer {
  readonly url: string;
  readonly app: RunningApp;
  /** A graceful stop, as SIGTERM would do it. */
  stop(): Promise<void>;
}

/** The same server (startApp, settings read from `env` as main.ts reads them) in this process. */
export async function startInProcess(
  env: Record<string, string> = {},
  logger?: Logger,
): Promise<InProcessServer> {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env, PORT: '0' });
  const app = await startApp(logger ? { config, logger } : { config });
  return {
    url: app.url,
    app,
    async stop() {
      await app.close();
    },
  };
}

export interface ServerProcess {
  readonly url: string;
  readonly port: number;
  readonly child: ChildProcess;
  /** Every line the process wrote (pino JSON on stdout, anything on stderr). */
  logs(): string[];
  /** Resolves with the first line (already written or still to come) that matches `pattern`. */
  waitForLog(pattern: RegExp): Promise<string>;
  /** Resolves with the exit code (or signal name) once the process has ended. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal?: NodeJS.Signals): void;
  /** SIGTERM and wait; falls back to SIGKILL after `ms`. */
  stop(ms?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface StartOptions {
  env?: Record<string, string>;
  /** Reuse a port (restart tests); default a free one. */
  port?: number;
  /** Wait for /readyz 200 as well as /healthz (default true). */
  waitReady?: boolean;
  timeoutMs?: number;
  /** A compiled entry to run with plain `node` (e.g. the build's dist/adapters/server/main.js) instead of the sources. */
  script?: string;
}

/** A TCP port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function status(url: string): Promise<number | undefined> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return undefined;
  }
}

export async function startServer(options: StartOptions = {}): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const env = serverEnv({ LOG_LEVEL: 'info', ...options.env, PORT: String(port) });
  const child = spawn(process.execPath, options.script ? [options.script] : SERVER_ARGV, {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const watchers = new Set<{ pattern: RegExp; resolve: (line: string) => void }>();
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      lines.push(line);
      for (const watcher of watchers) {
        if (!watcher.pattern.test(line)) continue;
        watchers.delete(watcher);
        watcher.resolve(line);
      }
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let ended = false;
  void exited.then(() => {
    ended = true;
  });

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 45_000);
  const path = options.waitReady === false ? '/healthz' : '/readyz';
  while ((await status(url + path)) !== 200) {
    if (ended || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server on port ${port} did not become ready:\n${lines.slice(-30).join('\n')}`);
    }
    await sleep(100);
  }

  return {
    url,
    port,
    child,
    logs: () => [...lines],
    waitForLog(pattern) {
      const seen = lines.find((line) => pattern.test(line));
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve) => watchers.add({ pattern, resolve }));
    },
    exited,
    kill(signal = 'SIGKILL') {
      if (!ended) child.kill(signal);
    },
    async stop(ms = 15_000) {
      if (!ended) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), ms);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
}
