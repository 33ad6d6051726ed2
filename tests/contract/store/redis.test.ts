// The contract against the real Redis on 127.0.0.1:6379. Skipped, with a visible warning, when
// no Redis answers: only these tests depend on it.
import { describe } from 'vitest';
import { createRedisStore } from '../../../adapters/store/redis.js';
import { silentLogger } from '../../../src/ports.js';
import { deleteKeys, REDIS_URL, requireRedis, uniqueKeyPrefix } from '../../support/store-redis.js';
import { storeContract } from './store-contract.js';

const up = await requireRedis('Redis store contract');
const keyPrefix = uniqueKeyPrefix('contract');

describe.skipIf(!up)('Redis store', () => {
  storeContract(`Redis at ${REDIS_URL}`, {
    create: () => createRedisStore({ url: REDIS_URL, logger: silentLogger, keyPrefix }),
    cleanup: () => deleteKeys(keyPrefix),
  });
});
