// The compiled server as one script with V8's code cache, so that `npm start` begins answering in
// a fraction of the time Node takes to resolve, read and compile a few hundred modules one by one.
//
// `npm run build` (scripts/bundle-server.ts) bundles run.ts and everything it loads at start — Bolt,
// zod, pino, prom-client, the core and the knowledge — into server.bundle.cjs beside this module,
// then runs this module to execute that bundle once (primeCodeCache) and save what V8 compiled meanwhile as
// server.bundle.cache. At start, main.ts loads the bundle through loadServerBundle, which hands V8
// that cache: the functions it holds are deserialised instead of parsed and compiled.
//
// The cache is only an optimisation. V8 refuses one made by another Node version or with other V8
// flags (cachedDataRejected), and the script then compiles from source as usual. Node 22 has this
// built in (module.enableCompileCache); Node 20, which this project supports, does not.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

const BUNDLE_FILE = 'server.bundle.cjs';
const CODE_CACHE_FILE = 'server.bundle.cache';

/** What run.ts exports, whether loaded from the bundle or as a module. */
interface ServerEntry {
  runServer(startedFrom: string): void;
  primeCodeCache(): Promise<void>;
}

export interface LoadedBundle {
  entry: ServerEntry;
  script: Script;
  /** used: V8 took the cache; rejected: it did not (another Node or flags); absent: none was built. */
  codeCache: 'used' | 'rejected' | 'absent';
}

const HERE = dirname(fileURLToPath(import.meta.url));

function modifiedAt(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/**
 * The bundle in `dir` (default: beside this module), executed; undefined when there is none — the
 * sources run through tsx (`npm run dev`, tests) — or when it is older than the compiled run.js, as
 * after a `tsc` run without the rest of the build, so that a stale bundle never runs.
 */
export function loadServerBundle(dir = HERE, options: { useCache?: boolean } = {}): LoadedBundle | undefined {
  const file = join(dir, BUNDLE_FILE);
  const bundledAt = modifiedAt(file);
  const compiledAt = modifiedAt(join(dir, 'run.js'));
  if (bundledAt === undefined || (compiledAt !== undefined && compiledAt > bundledAt)) return undefined;
  let cachedData: Buffer | undefined;
  if (options.useCache !== false) {
    try {
      cachedData = readFileSync(join(dir, CODE_CACHE_FILE));
    } catch {
      cachedData = undefined;
    }
  }
  // The build checks that the bundle is ASCII, so latin1 reads it exactly; Node then keeps a source
  // this large outside V8's heap, and one copy of it, where a UTF-8 read would make a heap string.
  const script = new Script(readFileSync(file, 'latin1'), {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const codeCache = !cachedData ? 'absent' : script.cachedDataRejected ? 'rejected' : 'used';
  // The bundle is written as one function expression taking CommonJS's module arguments.
  const wrapper = script.runInThisContext() as (
    exports: object,
    require: NodeJS.Require,
    module: { exports: object },
    filename: string,
    dirname: string,
  ) => void;
  const module = { exports: {} };
  wrapper(module.exports, createRequire(file), module, file, dir);
  return { entry: module.exports as ServerEntry, script, codeCache };
}

/** The build's last step: execute the bundle, warm it up, and save V8's compiled code beside it. */
async function writeCodeCache(dir = HERE): Promise<number> {
  const loaded = loadServerBundle(dir, { useCache: false });
  if (!loaded) throw new Error(`no current ${BUNDLE_FILE} in ${dir}: run the whole build`);
  await loaded.entry.primeCodeCache();
  const data = loaded.script.createCachedData();
  writeFileSync(join(dir, CODE_CACHE_FILE), data);
  return data.length;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const bytes = await writeCodeCache();
  console.log(`code cache written beside the server's bundle (${Math.round(bytes / 1024)} KB)`);
  // The warm-up leaves the process nothing to wait for, but a library timer must not hold the build.
  process.exit(0);
}
