import { createMemoryStore } from '../../../adapters/store/memory.js';
import { storeContract } from './store-contract.js';

storeContract('in-process (lru-cache)', { create: () => createMemoryStore() });
