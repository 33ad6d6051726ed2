import { defineConfig } from 'vitest/config';

// CI sets VITEST_JSON so that .ci/run can print its one summary line from the JSON report.
const json = process.env.VITEST_JSON;

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration tests start servers on random loopback ports; two cores, so keep the pool small.
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    reporters: json ? ['default', ['json', { outputFile: json }]] : ['default'],
  },
});
