// The interview's precomputed tables as files beside the compiled server: `npm run build` runs this
// module to write them, and main.ts installs them at start-up.
// - platform-table.bin (src/platform-table.ts): the engine's platform for every profile without special
//   details, so the planner reads a byte where it would score a profile;
// - plan-table.bin (src/plan-table.ts): the question and progress hint for every profile an interview
//   answered with buttons passes through, so such a turn — the first /virt after a start included —
//   is a table walk.
// Running the sources (`npm run dev`, tests) finds no files here and computes everything on demand.
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  installPlanTable,
  installPlatformTable,
  planFor,
  remainingFor,
} from '../../src/conversation-flow.js';
import { platformOf } from '../../src/engine.js';
import { buildPlanTable, decodePlanTable, encodePlanTable } from '../../src/plan-table.js';
import { buildPlatformTable, decodePlatformTable, encodePlatformTable } from '../../src/platform-table.js';

const HERE = new URL('./', import.meta.url);

function read(file: URL): Uint8Array | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Installs the tables the build wrote in `dir` (default: beside this module); returns how many
 * interview profiles the plan table holds (0: none, or unreadable — everything is then planned on demand).
 */
export function loadPlanTable(dir: URL = HERE): number {
  const platforms = read(new URL('platform-table.bin', dir));
  installPlatformTable(platforms ? decodePlatformTable(platforms) : undefined);
  const plans = read(new URL('plan-table.bin', dir));
  const table = plans ? decodePlanTable(plans) : undefined;
  installPlanTable(table);
  return table?.next.length ?? 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let began = performance.now();
  const platforms = buildPlatformTable((profile) => platformOf(profile));
  writeFileSync(new URL('platform-table.bin', HERE), encodePlatformTable(platforms));
  const platformSeconds = ((performance.now() - began) / 1000).toFixed(1);
  // The plan tree is built with the platform table installed, as the server will plan.
  installPlatformTable(platforms);
  began = performance.now();
  const table = buildPlanTable((answers) => planFor(answers).next, remainingFor);
  writeFileSync(new URL('plan-table.bin', HERE), encodePlanTable(table));
  const planSeconds = ((performance.now() - began) / 1000).toFixed(1);
  console.log(
    `interview tables written beside the compiled server: the platform of ${platforms.length} profiles (${platformSeconds} s), plans for ${table.next.length} (${planSeconds} s)`,
  );
}
