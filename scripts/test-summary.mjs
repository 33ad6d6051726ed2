// Prints CI's one summary line from Vitest's JSON reports: "tests: N passed, N failed[, N skipped]".
// Usage: test-summary.mjs <typecheck-failed 0|1> <report.json>... (one report per test command).
// A failed typecheck or lint counts as one more failure so that it cannot land silently.
import { existsSync, readFileSync } from 'node:fs';

const [typecheckFailed = '0', ...files] = process.argv.slice(2);
let passed = 0;
let failed = Number(typecheckFailed) ? 1 : 0;
let skipped = 0;
for (const file of files.length > 0 ? files : ['.vitest-results.json']) {
  if (!existsSync(file)) {
    failed += 1;
    console.error(`no test report at ${file}`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A suite that failed to load has no tests in it; count it so it is not hidden.
  for (const suite of report.testResults ?? []) {
    if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) failed += 1;
  }
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
