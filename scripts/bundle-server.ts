// The build's last step (`npm run build`, after tsc and the interview tables): bundle the compiled
// server into one CommonJS script beside it, then have the server write its V8 code cache
// (adapters/server/server-bundle.ts says why and how they are loaded).
//
// botbuilder and ioredis stay outside: the server imports them only when Teams is configured or
// first used and when REDIS_URL is set, and a bundle holds in memory the source of all it contains;
// so do Bolt's Socket Mode and Express parts (below) and iconv-lite.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SERVER = join(ROOT, 'dist/adapters/server/');
const BUNDLE = `${SERVER}server.bundle.cjs`;
const UNWRAPPED = `${SERVER}server.bundle.tmp.cjs`;

/**
 * Bolt requires its Socket Mode client (and with it undici) and its Express receiver when it is
 * imported, about three quarters of its load time and a third of the bundle, though a server
 * receiving over HTTP uses neither. In the bundle each is a stand-in that requires the package from
 * node_modules (the copy Bolt itself resolves) on the first property read; the packages stay
 * out of the bundle and out of memory until then. Bolt reads them as `__importStar(require(...))` and
 * `require(...).X`, so the stand-in says it is an ES module (`__esModule`), which keeps __importStar
 * from copying every property, and gives the package itself as `default`.
 */
const LOADED_ON_FIRST_USE = ['@slack/socket-mode', 'express'];
const loadOnFirstUse: Plugin = {
  name: 'load-on-first-use',
  setup(b) {
    const filter = new RegExp(`^(${LOADED_ON_FIRST_USE.join('|')})$`);
    b.onResolve({ filter }, async (args) => {
      if (args.pluginData === 'real') return undefined;
      // The copy Bolt itself gets (its own nested one, if it has one), by its path from the bundle:
      // dist/ and node_modules/ sit side by side in a checkout and in the Docker image alike.
      const real = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        pluginData: 'real',
      });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: relative(SERVER, real.path), namespace: 'first-use' };
    });
    b.onLoad({ filter: /.*/, namespace: 'first-use' }, (args) => ({
      contents: `let real;
const load = () => (real ??= require(require('node:path').join(__dirname, ${JSON.stringify(args.path)})));
module.exports = new Proxy({}, {
  get: (_, key) => (key === '__esModule' ? true : key === 'default' ? load() : load()[key]),
  has: (_, key) => key in load(),
});`,
    }));
  },
};

await build({
  plugins: [loadOnFirstUse],
  entryPoints: [`${SERVER}run.js`],
  outfile: UNWRAPPED,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // iconv-lite: raw-body loads its small core at start, and its encoding tables (half a megabyte of
  // source) only for a charset other than UTF-8, which Slack and Teams never send.
  external: ['botbuilder', 'ioredis', 'iconv-lite'],
  // Whitespace and syntax only: names stay as written, so stack traces and logs still read.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  charset: 'ascii',
  // The bundle sits where run.js does, so a module's own URL (the interview tables beside it) is the
  // bundle's. Only modules in adapters/server/ may use import.meta.url for that reason.
  define: { 'import.meta.url': '__bundle_url' },
  banner: { js: "var __bundle_url=require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});
const source = readFileSync(UNWRAPPED, 'utf8');
rmSync(UNWRAPPED);
// esbuild escapes non-ASCII text in strings but not in regular expression literals; the loader reads
// the bundle as latin1, which would garble them.
const nonAscii = /[\u0080-\uffff]/.exec(source);
if (nonAscii)
  throw new Error(
    `the server's bundle must be ASCII; write ${JSON.stringify(nonAscii[0])} as a \\u escape near: ${source.slice(Math.max(0, nonAscii.index - 60), nonAscii.index + 20)}`,
  );
// One function expression taking CommonJS's module arguments, as Node wraps a module itself.
writeFileSync(BUNDLE, `(function (exports, require, module, __filename, __dirname) {${source}\n})`);
console.log(
  `server bundled into dist/adapters/server/server.bundle.cjs (${Math.round(source.length / 1024)} KB)`,
);
// A plain `node` writes the cache, with the flags `npm start` uses: V8 refuses a cache made under others.
execFileSync(process.execPath, [`${SERVER}server-bundle.js`], { stdio: 'inherit' });
