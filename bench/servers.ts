// Child-process servers for the load benchmark: the compiled Virt Advisor (what `npm start` runs)
// and the baselines in bench/baselines/, each on its own loopback port, with their RSS readable.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort } from '../tests/support/server-process.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const SCRIPTS = {
  advisor: process.env.BENCH_ADVISOR ?? 'dist/adapters/server/main.js',
  bolt: 'bench/baselines/bolt.mjs',
  botbuilder: 'bench/baselines/botbuilder.mjs',
  http: 'bench/baselines/http.mjs',
} as const;

export interface Running {
  url: string;
  child: ChildProcess;
  /** Resident set size in MB (Linux /proc). */
  rssMb(): number;
  stop(): Promise<void>;
}

/** Preloaded with `loopProbe`: reports the longest hold of the server's event loop (see the file). */
const LOOP_PROBE = fileURLToPath(new URL('./loop-probe.cjs', import.meta.url));

export async function spawnServer(
  script: string,
  env: Record<string, string>,
  options: { loopProbe?: string } = {},
): Promise<Running> {
  const port = await freePort();
  const nodeOptions = [
    process.env.BENCH_NODE_OPTIONS ?? '',
    options.loopProbe ? `-r ${JSON.stringify(LOOP_PROBE)}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const child = spawn(process.execPath, [script], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DOTENV_CONFIG_PATH: '/dev/null',
      LOG_LEVEL: 'warn',
      ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
      ...(options.loopProbe ? { BENCH_LOOP_FILE: options.loopProbe } : {}),
      ...env,
      PORT: String(port),
    },
    stdio: ['ignore', 'ignore', process.env.BENCH_NODE_OPTIONS ? 'inherit' : 'pipe'],
  });
  const errors: string[] = [];
  child.stderr?.on('data', (c: Buffer) => errors.push(c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    rssMb() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
      return kb / 1024;
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
      if (errors.length > 0 && child.exitCode !== 0 && child.signalCode !== 'SIGTERM')
        console.error(`${script} said:\n${errors.join('').slice(-2000)}`);
    },
  };
}
