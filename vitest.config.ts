import { configDefaults, defineConfig } from 'vitest/config';

// CI sets VITEST_JSON so that .ci/run can print its one summary line from the JSON report.
const json = process.env.VITEST_JSON;
// `npm test` runs everything but the slow sweeps (exhaustive planner checks, held-out sets), which are
// named *.slow.test.ts and run by `npm run test:slow` (VITEST_SLOW=1); CI runs both.
const slow = process.env.VITEST_SLOW === '1';
const SLOW = 'tests/**/*.slow.test.ts';

export default defineConfig({
  test: {
    include: slow ? [SLOW] : ['tests/**/*.test.ts'],
    exclude: slow ? configDefaults.exclude : [...configDefaults.exclude, SLOW],
    // A bound for a test that hangs, not a performance budget: nothing here asserts a duration.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Integration tests start servers on random loopback ports; two cores, so keep the pool small.
    // isolate: false reuses each fork's module graph across files: botbuilder, Bolt and the knowledge
    // base are imported once per fork instead of once per file (a full isolated run spent about as
    // long importing as testing). Files therefore must not leave state behind: restore process.env
    // (vi.stubEnv + vi.unstubAllEnvs), remove process listeners, close servers in afterAll.
    // minForks = maxForks: a fork that falls idle above minForks is terminated, and with isolate: false
    // that can land on a fork just handed its next file ("Terminating worker thread", seen with 3
    // forks and 1 minimum). Three forks measured no faster than two on this 2-core machine.
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 2, isolate: false } },
    reporters: json ? ['default', ['json', { outputFile: json }]] : ['default'],
  },
});
