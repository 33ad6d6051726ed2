// A turn worker that takes turns and never answers, as one stuck on an input no test foresaw would:
// tests/unit/server/off-loop.test.ts starts it in place of adapters/server/turn-worker.ts.
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', () => undefined);
