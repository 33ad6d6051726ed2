// `npm start` runs the compiled server in dist/ (built by `npm ci` through `prepare`). A test that
// spawns `npm start` after sources changed would otherwise exercise yesterday's code, so it rebuilds
// first when any source file is newer than the build.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
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

export function ensureBuilt(): void {
  const sources = Math.max(...SOURCES.map((dir) => newestSource(join(ROOT, dir))));
  if (builtAt() >= sources) return;
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
