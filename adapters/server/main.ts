// `npm start`: the server, from the build's bundle and V8 code cache when they are there and
// current (server-bundle.ts), otherwise from the modules themselves (`npm run dev`, a partial build).
import { loadServerBundle } from './server-bundle.js';

const bundle = loadServerBundle();
if (bundle) bundle.entry.runServer(`from the bundle (code cache ${bundle.codeCache})`);
else (await import('./run.js')).runServer('from the modules');
