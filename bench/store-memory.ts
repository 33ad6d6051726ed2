// Memory benchmark for the in-process conversation store: 100,000 idle interviews,
// driven through the real advisor and state machine so every stored value is a real
// conversation state, must fit in under 200 MB of heap; beyond its bound the store evicts.
// Run: npm run bench:store   (needs --expose-gc for honest after-GC figures)
import { createMemoryStore } from '../adapters/store/memory.js';
import { QUESTION_OPTIONS, type QuestionId } from '../src/domain.js';
import { silentLogger } from '../src/ports.js';
import { createAdvisor } from '../src/service.js';

const CONVERSATIONS = 100_000;
const OVERFLOW = 20_000;
const HEAP_LIMIT_MB = 200;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('Run with --expose-gc (npm run bench:store) so heap figures are measured after collection.');
  process.exit(2);
}
const heapMb = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

const store = createMemoryStore();
const baseline = heapMb();

// Ids shaped like Slack's (team, channel, user) so keys and owner ids have their real length.
const id = (prefix: string, n: number) => `${prefix}${n.toString(36).toUpperCase().padStart(10, '0')}`;
const keyFor = (n: number) => `slack:${id('T', n % 97)}:${id('C', n)}:user:${id('U', n)}`;

// Real interview states, made by the real advisor and state machine: started, then 0–6 questions
// answered with varied options and left idle. A step costs milliseconds (the planner looks ahead),
// so a pool of real states is made once and each of the 100,000 conversations stores one of them
// under its own key, owner and times — its own JSON string, as a live process would hold it.
const POOL = 700;
const poolStore = createMemoryStore();
const poolAdvisor = createAdvisor({ store: poolStore, logger: silentLogger });
const pool: Record<string, unknown>[] = [];
const started = performance.now();
for (let n = 0; n < POOL; n++) {
  const key = `pool:${n}`;
  const userId = id('U', n);
  const at = 1_760_000_000_000 + n * 1000;
  await poolAdvisor.handle(key, { type: 'start', userId, at });
  for (let j = 0; j < n % 7; j++) {
    const pending = ((await poolStore.get(key))?.value as { pending?: QuestionId } | undefined)?.pending;
    if (!pending) break;
    const options = [...QUESTION_OPTIONS[pending], 'unsure'];
    const a = options[(n + j) % options.length];
    await poolAdvisor.handle(key, { type: 'button', userId, at: at + j + 1, value: { q: pending, a } });
  }
  const state = (await poolStore.get(key))?.value;
  if (state && typeof state === 'object') pool.push(state as Record<string, unknown>);
}
await poolStore.close();
const pooledIn = (performance.now() - started) / 1000;

const DAY = 24 * 60 * 60 * 1000;
async function seed(n: number): Promise<void> {
  const real = pool[n % pool.length] ?? {};
  const at = 1_760_000_000_000 + n * 1000;
  const state = { ...real, ownerId: id('U', n), startedAt: at, updatedAt: at + 60_000 };
  await store.compareAndSet(keyFor(n), 0, state, DAY);
}

for (let n = 0; n < CONVERSATIONS; n++) await seed(n);
const full = store.stats();
const heapFull = heapMb();

const jsonBytes = pool.map((state) => JSON.stringify(state).length);
const meanJson = Math.round(jsonBytes.reduce((sum, n) => sum + n, 0) / jsonBytes.length);

for (let n = CONVERSATIONS; n < CONVERSATIONS + OVERFLOW; n++) await seed(n);
const overflow = store.stats();
const heapOverflow = heapMb();
const oldestGone = (await store.get(keyFor(0))) === undefined;
const newestKept = (await store.get(keyFor(CONVERSATIONS + OVERFLOW - 1))) !== undefined;

const mb = (n: number) => `${n.toFixed(1)} MB`;
console.log(
  `in-process store, ${CONVERSATIONS.toLocaleString('en')} idle conversations (${pool.length} real interview states made in ${pooledIn.toFixed(1)} s)`,
);
console.log(
  `  stored state: ${meanJson} bytes of JSON on average (${Math.min(...jsonBytes)}–${Math.max(...jsonBytes)})`,
);
console.log(`  entries ${full.entries}, estimated size ${mb(full.bytes / 1024 / 1024)}`);
console.log(
  `  heap used after GC: ${mb(heapFull)} total (baseline ${mb(baseline)}, store ${mb(heapFull - baseline)}, ${Math.round(((heapFull - baseline) * 1024 * 1024) / full.entries)} bytes a conversation); limit ${HEAP_LIMIT_MB} MB`,
);
console.log(
  `after ${OVERFLOW.toLocaleString('en')} more: entries ${overflow.entries}, evicted ${overflow.evicted}, heap ${mb(heapOverflow)}; oldest evicted: ${oldestGone}, newest kept: ${newestKept}`,
);

const failures = [
  heapFull >= HEAP_LIMIT_MB && `heap ${mb(heapFull)} is not under ${HEAP_LIMIT_MB} MB`,
  full.entries !== CONVERSATIONS && `expected ${CONVERSATIONS} entries, found ${full.entries}`,
  overflow.entries > CONVERSATIONS && `store grew past its bound to ${overflow.entries}`,
  overflow.evicted < OVERFLOW && `evicted only ${overflow.evicted}`,
  !oldestGone && 'the least recently used conversation was not evicted',
  !newestKept && 'the newest conversation was not kept',
  heapOverflow >= HEAP_LIMIT_MB && `heap after overflow ${mb(heapOverflow)} is not under ${HEAP_LIMIT_MB} MB`,
].filter(Boolean);
await store.close();
if (failures.length > 0) {
  console.error(`FAIL: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('PASS');
