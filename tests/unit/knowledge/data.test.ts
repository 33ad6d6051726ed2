// The shipped knowledge: contract ids and names, sources and review dates, and figures that come from
// LIMITS rather than being typed twice.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACTS, factSources, limitValue } from '../../../knowledge/facts.js';
import { KNOWLEDGE } from '../../../knowledge/index.js';
import { KINDS } from '../../../knowledge/kinds.js';
import { LIMITS } from '../../../knowledge/limits.js';
import { MAX_LABEL_CHARS, optionLabel, QUESTIONS } from '../../../knowledge/questions.js';
import { SOURCES } from '../../../knowledge/sources.js';
import { GREETED, GREETINGS, THANKS, THANKS_INTENSIFIERS } from '../../../knowledge/vocabulary-answers.js';
import { QUESTION_IDS, QUESTION_OPTIONS } from '../../../src/domain.js';
import { words } from '../../../src/text-tokens.js';
import { repoRoot } from '../engine/eval-data.js';

const DOCS = /^https:\/\/docs\.aws\.amazon\.com\/\S+$/;
const sourceKeys = new Set(SOURCES.map((s) => s.key));
const factIds = new Set(FACTS.map((f) => f.id));

describe('sources and facts', () => {
  it('every source is an https docs.aws.amazon.com page with a review date', () => {
    for (const s of SOURCES) {
      expect(s.url, s.key).toMatch(DOCS);
      expect(s.reviewedOn, s.key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(s.reviewedOn))).toBe(false);
    }
  });

  it('every fact cites at least one known source and carries its own review date', () => {
    for (const f of FACTS) {
      expect(f.sources.length, f.id).toBeGreaterThan(0);
      for (const key of f.sources) expect(sourceKeys.has(key), `${f.id} cites ${key}`).toBe(true);
      expect(f.reviewedOn, f.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const s of factSources([f.id])) expect(s.url).toMatch(DOCS);
    }
  });

  it('every rule, service and rationale entry cites known facts, hence AWS pages', () => {
    const cited = [
      ...KNOWLEDGE.blockers.flatMap((b) => b.facts.map((f) => [b.id, f])),
      ...KNOWLEDGE.preferences.flatMap((p) => p.effects.flatMap((e) => e.facts.map((f) => [p.id, f]))),
      ...KNOWLEDGE.services.flatMap((s) => s.facts.map((f) => [s.id, f])),
      ...KNOWLEDGE.rationale.flatMap((r) => r.facts.map((f) => [r.id, f])),
    ];
    expect(cited.length).toBeGreaterThan(100);
    for (const [rule, fact] of cited) expect(factIds.has(fact as string), `${rule} cites ${fact}`).toBe(true);
  });

  it('facts that state a limit carry the value from LIMITS, and their text shows it', () => {
    const withLimit = FACTS.filter((f) => f.limit !== undefined);
    expect(withLimit.length).toBeGreaterThanOrEqual(12);
    for (const f of withLimit) {
      const v = limitValue(f.limit as string) as number;
      expect(f.value, f.id).toBe(v);
      expect(f.text.replace(/,/g, ''), f.id).toContain(String(v));
    }
  });

  it('covers every figure of the reviewed AWS facts through LIMITS', () => {
    const text = FACTS.map((f) => f.text)
      .join(' ')
      .replace(/,/g, '');
    for (const group of Object.values(LIMITS)) {
      for (const [name, { value }] of Object.entries(group)) expect(text, name).toContain(String(value));
    }
  });

  it('says what AWS documents about isolation (Lambda and Fargate are not the weakest)', () => {
    const byId = new Map(FACTS.map((f) => [f.id, f.text]));
    expect(byId.get('lambda-isolation')).toMatch(/microVM/);
    expect(byId.get('lambda-isolation')).toMatch(/tenant isolation mode/);
    expect(byId.get('fargate-isolation')).toMatch(/hardware-virtualized/);
    expect(byId.get('ec2-containers-share-kernel')).toMatch(/share .*kernel/);
    expect(byId.get('lambda-managed-instances')).toMatch(/capacity provider/);
    expect(KINDS.serverless.isolation).toMatch(/microVM/);
    expect(KINDS.container.isolation).toMatch(/hardware-virtualized[\s\S]*share the host kernel/);
  });

  it('knowledge source files do not retype figures that LIMITS owns', () => {
    const files = ['facts.ts', 'kinds.ts', 'questions.ts', 'rules.ts', 'services.ts', 'rationale.ts'];
    const figures =
      /\b(900|10,?240|1,?769|244|120 GiB|16 vCPU|32 vCPU|6 vCPU|15 minutes|200 GiB|1,?000 concurrent|90%)/;
    for (const file of files) {
      const src = readFileSync(path.join(repoRoot, 'knowledge', file), 'utf8');
      const hits = src.split('\n').filter((line) => !line.trim().startsWith('//') && figures.test(line));
      expect(hits, file).toEqual([]);
    }
  });
});

describe('questions and kinds', () => {
  it('lists the ten SPEC questions in order with exactly their option ids and short labels', () => {
    expect(QUESTIONS.map((q) => q.id)).toEqual(QUESTION_IDS);
    for (const q of QUESTIONS) {
      expect(q.options.map((o) => o.id)).toEqual([...QUESTION_OPTIONS[q.id]]);
      expect(q.prompt).toMatch(/\?$/);
      expect(q.help.length).toBeGreaterThan(10);
      for (const o of q.options) {
        expect(o.label.length, `${q.id}.${o.id}`).toBeLessThanOrEqual(MAX_LABEL_CHARS);
        expect(o.description.length).toBeGreaterThan(0);
      }
      expect(new Set(q.options.map((o) => o.label.toLowerCase())).size).toBe(q.options.length);
    }
    expect(optionLabel('runtime', 'unsure')).toBe('Not sure');
    expect(optionLabel('traffic', 'steady')).toMatch(/Steady/);
  });

  it('names the kinds exactly as docs/contract.md §1 shows them to users', () => {
    expect(KINDS.vm.name).toBe('Virtual machines (hardware virtualization)');
    expect(KINDS.container.name).toBe('Containers');
    expect(KINDS.serverless.name).toBe('Serverless functions');
    for (const k of Object.values(KINDS)) {
      for (const axis of ['isolation', 'resources', 'maintenance', 'scaling', 'cost'] as const) {
        expect(k[axis].length).toBeGreaterThan(20);
      }
    }
  });

  it('never offers App Runner (closed to new customers), and mentions ECS Express Mode instead', () => {
    const offered = [
      ...KNOWLEDGE.services.map((s) => s.service),
      ...Object.values(KINDS).flatMap((k) => k.services),
    ];
    expect(offered.filter((s) => /app runner/i.test(s))).toEqual([]);
    expect(offered.some((s) => /Express Mode/.test(s))).toBe(true);
  });
});

describe('vocabulary of answers', () => {
  it('stores the chat-manners phrases as the tokenizer writes words, so whole messages compare like with like', () => {
    for (const phrase of [...GREETINGS, ...GREETED, ...THANKS, ...THANKS_INTENSIFIERS])
      expect(words(phrase).join(' '), phrase).toBe(phrase);
  });
});
