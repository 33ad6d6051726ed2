// The general reading rules added while measuring the held-out sets, each on wording that is in
// neither the held-out nor the public sets, so a rule that regresses fails here by name.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/domain.js';
import { extract } from '../../../src/extract.js';

const CASES: [string, Profile, Profile?][] = [
  // waiting is not computing; a worst case borrows the unit; hitting a limit means longer than it
  ['the saga pauses up to two days for a partner callback; each step takes a second', { runtime: 'short' }],
  ['usually 8 minutes per file, occasionally 25', { runtime: 'long' }],
  ['the import keeps exceeding the 15-minute limit', { runtime: 'long' }],
  ['a 3h wall clock simulation', { runtime: 'long' }],
  // a project date is not a run time; a time of day after "even" is not a schedule
  ['our colo contract ends in 3 months', {}, { runtime: 'long' }],
  ['fast answers even at 4am', {}, { traffic: 'scheduled' }],
  ['the export starts at 23:30 UTC', { traffic: 'scheduled' }],
  // where it runs today is not a portability need; "must also" is
  ['it sits on-premises today on two VMs', { starting_point: 'vm_based' }, { portability: 'portable' }],
  ['it must also keep running on-premises', { portability: 'portable' }],
  // who does the server work
  ['none of us want to patch servers', { ops: 'minimal' }],
  ['our ops folks handle the OS', { ops: 'full' }],
  ['nobody here wants to babysit servers', { ops: 'minimal' }],
  // hardware of one's own, counted licences
  ['the contract forbids sharing hardware with other tenants', { isolation: 'dedicated' }],
  ['licences are charged per socket', { isolation: 'dedicated' }],
  // starting points and rates
  ['we keep a Dockerfile in every repo', { starting_point: 'containerized' }],
  ['it lives on a single CentOS VM', { starting_point: 'vm_based' }],
  ['called about 40 times a day', { traffic: 'bursty' }],
  ['traffic is not predictable at all', { traffic: 'bursty' }],
  // hints that must not decide
  ['serves 3k requests per second around the clock, 20 ms each', { runtime: 'short' }],
  ['each record is enriched in a few milliseconds', {}, { latency: 'sensitive' }],
  ['a .NET 8 service in Windows Server containers', { os_control: 'packages' }],
];

describe('general reading rules', () => {
  it.each(CASES)('%s', (text, want, notWant) => {
    const { answers } = extract(text);
    for (const [q, a] of Object.entries(want)) expect(answers[q as keyof Profile], q).toBe(a);
    for (const [q, a] of Object.entries(notWant ?? {})) expect(answers[q as keyof Profile], q).not.toBe(a);
  });
});
