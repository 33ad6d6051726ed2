// Prints CI's one summary line from Vitest's JSON report: "tests: N passed, N failed[, N skipped]".
// A failed typecheck or lint counts as one more failure so that it cannot land silently.
import { existsSync, readFileSync } from 'node:fs';

const [file = '.vitest-results.json', typecheckFailed = '0'] = process.argv.slice(2);
let passed = 0;
let failed = Number(typecheckFailed) ? 1 : 0;
let skipped = 0;
if (existsSync(file)) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A suite that failed to load has no tests in it; count it so it is not hidden.
  for (const suite of report.testResults ?? []) {
    if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) failed += 1;
  }
} else {
  failed += 1;
  console.error(`no test report at ${file}`);
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
