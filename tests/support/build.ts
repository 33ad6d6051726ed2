// `npm start` runs the compiled server in dist/ (built by `npm ci` through `prepare`). A test that
// spawns `npm start` after sources changed would otherwise exercise yesterday's code, so it rebuilds
// first when any source file is newer than the build.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SOURCES = ['src', 'adapters', 'knowledge'];
// The build's last artefact: the bundle's code cache, written after tsc, the tables and the bundle.
const BUILT = join(ROOT, 'dist/adapters/server/server.bundle.cache');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function builtAt(): number {
  try {
    return statSync(BUILT).mtimeMs;
  } catch {
    return 0;
  }
}

/** The bundler is part of the build too. */
const BUILD_SCRIPT = join(ROOT, 'scripts/bundle-server.ts');

const fresh = (): boolean =>
  builtAt() >=
  Math.max(statSync(BUILD_SCRIPT).mtimeMs, ...SOURCES.map((dir) => newestSource(join(ROOT, dir))));

/** One build at a time for this checkout, across the test forks (a lock directory in the temp dir). */
const LOCK = join(
  tmpdir(),
  `virt-advisor-build-${createHash('sha1').update(ROOT).digest('hex').slice(0, 12)}`,
);
/** A lock older than a build can take was left by a killed run. */
const STALE_LOCK_MS = 5 * 60_000;

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function ensureBuilt(): void {
  if (fresh()) return;
  // Several test files in parallel forks can find the build stale at once; two builds writing the
  // same files break each other, so one builds and the others wait for it and find it fresh.
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      const since = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (since > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      else sleepSync(200);
    }
  }
  try {
    if (!fresh()) execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
