// Loading invalid knowledge fails fast with a message that names the bad entry.
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE, KNOWLEDGE_DATA, KnowledgeError, validateKnowledge } from '../../../knowledge/index.js';

/** A deep copy of the real data, so each test breaks one thing and nothing leaks between tests. */
const data = () => structuredClone(KNOWLEDGE_DATA) as unknown as Record<string, Record<string, unknown>[]>;

function messageOf(input: unknown): string {
  try {
    validateKnowledge(input);
  } catch (err) {
    expect(err).toBeInstanceOf(KnowledgeError);
    return (err as Error).message;
  }
  throw new Error('expected validateKnowledge to throw');
}

describe('validateKnowledge', () => {
  it('accepts the shipped knowledge', () => {
    expect(validateKnowledge(KNOWLEDGE_DATA)).toEqual(KNOWLEDGE);
  });

  it('names a preference that cites an unknown fact', () => {
    const d = data();
    const pref = d.preferences?.find((p) => p.id === 'ops-minimal') as { effects: { facts: string[] }[] };
    pref.effects[0]?.facts.push('no-such-fact');
    expect(messageOf(d)).toMatch(/preferences "ops-minimal": effect 0 cites unknown fact "no-such-fact"/);
  });

  it('names a blocker that cites an unknown fact', () => {
    const d = data();
    (d.blockers?.[0] as { facts: string[] }).facts = ['missing-fact'];
    expect(messageOf(d)).toMatch(/blockers "lambda-runtime-long": cites unknown fact "missing-fact"/);
  });

  it('names a rule whose condition uses an unknown question or option', () => {
    const d = data();
    (d.blockers?.[1] as { when: unknown }).when = { runtim: ['long'] };
    (d.services?.[2] as { when: unknown }).when = { runtime: ['forever'] };
    const msg = messageOf(d);
    expect(msg).toMatch(/blockers\[1\] \("lambda-always-on"\) when\.runtim: unknown question id "runtim"/);
    expect(msg).toMatch(/services\[2\] \("svc-lambda-schedule"\) when\.runtime: unknown option "forever"/);
  });

  it('names a fact that cites an unknown source, and a duplicate fact id', () => {
    const d = data();
    (d.facts?.[3] as { sources: string[] }).sources = ['NOPE'];
    d.facts?.push(structuredClone(d.facts[0]) as Record<string, unknown>);
    const msg = messageOf(d);
    expect(msg).toMatch(/facts "lambda-tmp": cites unknown source "NOPE"/);
    expect(msg).toMatch(/facts "lambda-max-duration": duplicate fact id/);
  });

  it('names a fact whose value disagrees with LIMITS', () => {
    const d = data();
    (d.facts?.[0] as { value: number }).value = 600;
    expect(messageOf(d)).toMatch(
      /facts\[0\] \("lambda-max-duration"\) value: value must equal LIMITS lambda.maxDurationSeconds/,
    );
  });

  it('names a weight out of range and a missing reason', () => {
    const d = data();
    const pref = d.preferences?.[0] as { effects: { weight: number; reason?: string }[] };
    (pref.effects[0] as { weight: number }).weight = 500;
    const second = d.preferences?.[1] as { effects: { reason?: string }[] };
    delete second.effects[0]?.reason;
    const msg = messageOf(d);
    expect(msg).toMatch(/preferences\[0\] \("runtime-short"\) effects\.0\.weight/);
    expect(msg).toMatch(/preferences\[1\] \("runtime-medium"\) effects\.0\.reason/);
  });

  it('refuses questions whose options differ from the contract', () => {
    const d = data();
    const q = d.questions?.[0] as { options: { id: string }[] };
    (q.options[0] as { id: string }).id = 'quick';
    expect(messageOf(d)).toMatch(/question "runtime" must have options short, medium, long, always_on/);
  });

  it('refuses a button label longer than 40 characters', () => {
    const d = data();
    const q = d.questions?.[2] as { options: { label: string }[] };
    (q.options[0] as { label: string }).label = 'x'.repeat(41);
    expect(messageOf(d)).toMatch(/questions\[2\] \("isolation"\) options\.0\.label/);
  });

  it('refuses data in which every platform could be blocked (the recommendation would have nowhere to go)', () => {
    const d = data();
    d.blockers?.push({
      id: 'dedicated-never',
      platform: 'ec2_dedicated',
      when: { ops: ['minimal'] },
      facts: ['ec2-maintenance'],
      short: 'x',
      message: 'x',
    });
    expect(messageOf(d)).toMatch(/every platform can be blocked/);
  });

  it('refuses duplicate rule ids and a default that is not an option', () => {
    const d = data();
    d.services?.push(structuredClone(d.services[0]) as Record<string, unknown>);
    (d as unknown as { defaults: Record<string, string> }).defaults.runtime = 'unsure';
    const msg = messageOf(d);
    expect(msg).toMatch(/defaults\.runtime/);
    const d2 = data();
    d2.services?.push(structuredClone(d2.services[0]) as Record<string, unknown>);
    expect(messageOf(d2)).toMatch(/services "svc-lambda": duplicate rule id/);
  });

  it('refuses scoring in which a blocked kind could outscore an unblocked one', () => {
    const d = data();
    (d as unknown as { scoring: { blockedMax: number } }).scoring.blockedMax = 30;
    expect(messageOf(d)).toMatch(/blockedMax must be below unblockedMin/);
  });

  it('refuses unknown top-level keys and non-objects', () => {
    expect(messageOf({ ...KNOWLEDGE_DATA, extra: 1 })).toMatch(/extra/);
    expect(messageOf(null)).toMatch(/invalid knowledge/);
  });
});
