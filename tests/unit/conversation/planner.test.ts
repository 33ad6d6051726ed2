// The planner is generic over the engine: toy engines pin down its rules. The sweeps with the real
// engine (every public scenario, a sample of all full profiles) are in planner.slow.test.ts.
import { describe, expect, it } from 'vitest';
import { UNSURE } from '../../../src/domain.js';
import { type PrimaryOf, plan } from '../../../src/planner.js';

/** A toy engine where runtime alone decides between three kinds and latency flips only one case. */
const runtimeDecides: PrimaryOf = (p) =>
  p.runtime === 'long'
    ? 'container'
    : p.runtime === 'always_on'
      ? 'vm'
      : p.latency === 'sensitive'
        ? 'container'
        : 'serverless';

describe('planner rules (toy engines)', () => {
  it('asks only questions that can change the primary, and stops once one settles it', () => {
    const toy: PrimaryOf = (p) =>
      p.os_control === 'full' ? 'vm' : p.runtime === 'long' ? 'container' : 'serverless';
    expect(plan({}, toy).relevant.sort()).toEqual(['os_control', 'runtime']);
    expect(plan({ os_control: 'full' }, toy).next).toBeUndefined();
    expect(plan({ os_control: UNSURE }, toy).next).toBe('runtime');
  });

  it('finds questions that matter only together with another one (look-ahead)', () => {
    const toy: PrimaryOf = (p) => (p.traffic === 'steady' && p.ops === 'full' ? 'vm' : 'serverless');
    expect(plan({}, toy, { depth: 1 }).next).toBeUndefined();
    expect(plan({}, toy).relevant.sort()).toEqual(['ops', 'traffic']);
    expect(plan({ traffic: 'bursty' }, toy).next).toBeUndefined();
  });

  it('checks three-way interactions before it stops', () => {
    const toy: PrimaryOf = (p) =>
      p.traffic === 'steady' && p.ops === 'full' && p.state === 'local' ? 'vm' : 'serverless';
    expect(plan({}, toy, { finalCheck: false }).next).toBeUndefined();
    expect(plan({}, toy).relevant.sort()).toEqual(['ops', 'state', 'traffic']);
  });

  it('prefers the question whose answers leave the least to ask', () => {
    expect(plan({}, runtimeDecides).next).toBe('runtime');
  });
});

describe('planner rules, entropy choice (toy engines)', () => {
  const entropy = { choose: 'entropy' } as const;

  it('asks only questions that can change the primary, and stops once one settles it', () => {
    const toy: PrimaryOf = (p) =>
      p.os_control === 'full' ? 'vm' : p.runtime === 'long' ? 'container' : 'serverless';
    expect(plan({}, toy, entropy).relevant.sort()).toEqual(['os_control', 'runtime']);
    expect(plan({ os_control: 'full' }, toy, entropy).next).toBeUndefined();
    expect(plan({ os_control: UNSURE }, toy, entropy).next).toBe('runtime');
  });

  it('asks first the question whose answers best predict the final primary', () => {
    expect(plan({}, runtimeDecides, entropy).next).toBe('runtime');
  });

  it('does not stop while some answers together, four of them here, would still change the primary', () => {
    const toy: PrimaryOf = (p) =>
      p.traffic === 'steady' && p.ops === 'full' && p.state === 'local' && p.latency === 'sensitive'
        ? 'vm'
        : 'serverless';
    // The decisive rule checks at most three answers together, and stops.
    expect(plan({}, toy).next).toBeUndefined();
    expect(plan({}, toy, entropy).relevant.sort()).toEqual(['latency', 'ops', 'state', 'traffic']);
    // One answer that rules the combination out settles it.
    expect(plan({ traffic: 'bursty' }, toy, entropy).next).toBeUndefined();
    expect(plan({ traffic: 'steady', ops: 'full', state: 'local' }, toy, entropy).next).toBe('latency');
  });
});
