// The plan seed (src/plan-seed.ts) as a file beside the compiled server: `npm run build` runs this
// module to write it, and main.ts primes the interview's caches from it at start-up, so the first
// /virt after a start costs a lookup instead of the planner's hundreds of milliseconds. Running the
// sources (`npm run dev`, tests) finds no file here and simply plans on demand.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { buildPlanSeed, primePlans, type SeedEntry } from '../../src/plan-seed.js';

const SEED_FILE = new URL('./plan-seed.json', import.meta.url);
/** The empty profile and every profile one or two answers from it. */
const SEED_DEPTH = 2;

/** How many plans were primed (0 without a seed file, or with one that does not read). */
export function loadPlanSeed(): number {
  let text: string;
  try {
    text = readFileSync(SEED_FILE, 'utf8');
  } catch {
    return 0;
  }
  try {
    const entries = JSON.parse(text) as unknown;
    return Array.isArray(entries) ? primePlans(entries as SeedEntry[]) : 0;
  } catch {
    return 0;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const entries = buildPlanSeed(SEED_DEPTH);
  writeFileSync(SEED_FILE, JSON.stringify(entries));
  console.log(`plan seed: ${entries.length} interview plans written beside the compiled server`);
}
