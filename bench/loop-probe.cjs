// Preloaded (node -r) into a benchmarked server: how long its event loop was held at a time. On each
// SIGUSR2 it writes what it saw since the last one to the file BENCH_LOOP_FILE names, as one JSON
// line ({ n, maxMs, p99Ms }), and starts over; the load benchmark signals before and after a burst.
// Measured with Node's own event-loop delay histogram (a 1 ms timer; its longest delay is the longest
// stretch of work the loop did without coming back to its timers).
'use strict';
const { writeFileSync } = require('node:fs');
const { monitorEventLoopDelay } = require('node:perf_hooks');

const file = process.env.BENCH_LOOP_FILE;
if (file) {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  let n = 0;
  process.on('SIGUSR2', () => {
    const line = { n: ++n, maxMs: histogram.max / 1e6, p99Ms: histogram.percentile(99) / 1e6 };
    writeFileSync(file, `${JSON.stringify(line)}\n`);
    histogram.reset();
  });
}
