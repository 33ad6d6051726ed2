// A turn worker that dies on the first turn it is sent, as a worker thread killed by a fault would:
// tests/unit/server/off-loop.test.ts starts it in place of adapters/server/turn-worker.ts.
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', () => process.exit(3));
