import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const s = new Session();
s.connect();
s.post('Profiler.enable');
s.post('Profiler.setSamplingInterval', { interval: 200 });
s.post('Profiler.start');
process.prependListener('SIGTERM', () => {
  s.post('Profiler.stop', (_err, r) => {
    writeFileSync(`/tmp/prof/${process.env.PROF_NAME ?? 'p'}.cpuprofile`, JSON.stringify(r.profile));
  });
});
await import(process.env.PROF_TARGET ?? '../dist/adapters/server/main.js');
