// Preloaded (node -r) into a benchmarked server: how long its event loop was held at a time. On each
// SIGUSR2 it writes what it saw since the last one to the file BENCH_LOOP_FILE names, as one JSON
// line ({ n, maxMs, p99Ms, maxOwnMs, maxWaitMs }), and starts over; the load benchmark signals
// before and after a burst.
//
// maxMs and p99Ms come from Node's own event-loop delay histogram (a 1 ms timer; its longest delay is
// the longest stretch the loop went without coming back to its timers). Such a stretch is wall-clock
// time: the main thread's own work, and any time it spent ready to run but waiting for a core that
// another thread or process had. On Linux a second 1 ms timer splits them: /proc/thread-self/schedstat
// counts the main thread's time waiting for a core, and is brought up to date each time the thread gets
// one back, so between two ticks the stretch less that wait is the thread's own (its time on a core,
// which schedstat itself counts only to the scheduler's last tick, or blocked in a system call).
// maxOwnMs is the longest such stretch, give or take the 1 ms tick; maxWaitMs the most time waiting
// between two ticks; both are null where schedstat is not readable.
'use strict';
const { closeSync, openSync, readSync, writeFileSync } = require('node:fs');
const { monitorEventLoopDelay, performance } = require('node:perf_hooks');

const file = process.env.BENCH_LOOP_FILE;
if (file) {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  const sched = schedstat();
  let maxOwnMs = 0;
  let maxWaitMs = 0;
  if (sched) {
    let at = performance.now();
    let waited = sched.waitedMs();
    setInterval(() => {
      const now = performance.now();
      const nowWaited = sched.waitedMs();
      maxOwnMs = Math.max(maxOwnMs, now - at - (nowWaited - waited));
      maxWaitMs = Math.max(maxWaitMs, nowWaited - waited);
      at = now;
      waited = nowWaited;
    }, 1).unref();
  }
  let n = 0;
  process.on('SIGUSR2', () => {
    const line = {
      n: ++n,
      maxMs: histogram.max / 1e6,
      p99Ms: histogram.percentile(99) / 1e6,
      maxOwnMs: sched ? maxOwnMs : null,
      maxWaitMs: sched ? maxWaitMs : null,
    };
    writeFileSync(file, `${JSON.stringify(line)}\n`);
    histogram.reset();
    maxOwnMs = 0;
    maxWaitMs = 0;
  });
}

/** The main thread's time spent waiting for a core so far, in ms, read again on each call (Linux). */
function schedstat() {
  let fd;
  try {
    fd = openSync('/proc/thread-self/schedstat', 'r');
  } catch {
    return undefined;
  }
  const buffer = Buffer.alloc(128);
  // The file is "<ns on a core> <ns waiting for a core> <times run>".
  const waitedMs = () => {
    const length = readSync(fd, buffer, 0, buffer.length, 0);
    return Number(buffer.toString('latin1', 0, length).split(' ')[1]) / 1e6;
  };
  try {
    if (!Number.isFinite(waitedMs())) throw new Error('unreadable');
  } catch {
    closeSync(fd);
    return undefined;
  }
  return { waitedMs };
}
