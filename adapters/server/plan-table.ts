// The plan table (src/plan-table.ts) as a file beside the compiled server: `npm run build` runs this
// module to write it, and main.ts installs it at start-up, so every turn of an interview answered
// with buttons — the first /virt after a start included — costs a table walk instead of the
// planner. Running the sources (`npm run dev`, tests) finds no file here and plans on demand.
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { installPlanTable, planFor, remainingFor } from '../../src/conversation-flow.js';
import { buildPlanTable, decodePlanTable, encodePlanTable } from '../../src/plan-table.js';

const TABLE_FILE = new URL('./plan-table.bin', import.meta.url);

/** Installs the table written by the build; returns how many profiles it holds (0: none, or unreadable). */
export function loadPlanTable(file: URL | string = TABLE_FILE): number {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    return 0;
  }
  const table = decodePlanTable(bytes);
  installPlanTable(table);
  return table?.next.length ?? 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const began = performance.now();
  const table = buildPlanTable((answers) => planFor(answers).next, remainingFor);
  writeFileSync(TABLE_FILE, encodePlanTable(table));
  const seconds = ((performance.now() - began) / 1000).toFixed(1);
  console.log(
    `plan table: ${table.next.length} interview profiles written beside the compiled server (${seconds} s)`,
  );
}
