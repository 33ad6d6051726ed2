// The command line (docs/contract.md §4): outputs, exit codes, one-line errors. In-process through runCli, and
// through the real binary (npm run) for what depends on the process: a recommendation and a piped chat.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProfileSchema, Recommendation } from '../../../src/domain.js';
import { scenarios } from '../../support/card-samples.js';
import { cli, cliBinary } from '../../support/cli.js';

const all = scenarios();

describe('advisor recommend', () => {
  it('gives a docs/contract.md §3 recommendation for an object and an array in order for an array (npm run)', async () => {
    const one = await cliBinary(['recommend', '--answers', JSON.stringify(all[0]?.answers)], '', true);
    expect(one.code).toBe(0);
    expect(Recommendation.parse(JSON.parse(one.stdout)).primary).toBe(all[0]?.accept[0]);
    const many = await cli(['recommend', '--answers', JSON.stringify(all.map((s) => s.answers))]);
    expect(many.code).toBe(0);
    const recs = Recommendation.array().parse(JSON.parse(many.stdout));
    expect(recs).toHaveLength(all.length);
    recs.forEach((r, i) => {
      expect(all[i]?.accept, all[i]?.id).toContain(r.primary);
    });
  });

  it('reads @file.json and renders --format text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'advisor-cli-'));
    const file = join(dir, 'profile.json');
    writeFileSync(file, JSON.stringify({ runtime: 'long', compute: 'special' }));
    const text = await cli(['recommend', '--answers', `@${file}`, '--format', 'text']);
    expect(text.code).toBe(0);
    // The verdict names the kind as users know it, then the platform.
    expect(text.stdout).toMatch(/^Recommendation: Virtual machines .*— Amazon EC2$/m);
    expect(text.stdout).toMatch(/^Isolation: /m);
    expect(text.stdout).toMatch(/^Cost: /m); // a terminal shows the details inline
    expect(text.stdout).not.toMatch(/^\s+\d\) /m); // no buttons to press on a command line
  });
});

describe('advisor ask and extract', () => {
  it('ask --format json gives {answer, topics, sources}; text by default shows the same answer', async () => {
    const question = 'What is the maximum memory for a Lambda function?';
    const json = await cli(['ask', question, '--format', 'json']);
    expect(json.code).toBe(0);
    const body = JSON.parse(json.stdout);
    expect(Object.keys(body).sort()).toEqual(['answer', 'sources', 'topics']);
    expect(body.answer).toEqual(expect.any(String));
    expect(body.topics).toEqual(expect.any(Array));
    for (const source of body.sources) expect(source.url).toMatch(/^https:\/\//);
    const text = await cli(['ask', ...question.split(' ')]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(body.answer);
  });

  it('extract --format json gives {answers, evidence} with valid ids', async () => {
    const run = await cli([
      'extract',
      'A nightly ETL job that runs for about three hours on 64 GB of memory',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    const body = JSON.parse(run.stdout);
    expect(ProfileSchema.parse(body.answers)).toMatchObject({ runtime: 'long' });
    expect(typeof body.evidence.runtime).toBe('string');
  });
});

describe('advisor chat', () => {
  it("runs `printf 'start\\n1\\n2\\n' | advisor chat` and ends cleanly at EOF", async () => {
    const run = await cliBinary(['chat'], 'start\n1\n2\n', true);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Virt Advisor$/m);
    expect(run.stdout.match(/^Question \d+ of about \d+|^\s+Question \d+ of about/gm)?.length).toBe(3);
    expect(run.stdout.match(/^✓ /gm)?.length).toBe(2);
  });
});

describe('advisor recommend with details', () => {
  it('takes hardware (one id or a list) and os_family beside the question ids', async () => {
    const one = await cli(['recommend', '--answers', '{"runtime":"long","hardware":"gpu"}']);
    expect(one.code).toBe(0);
    const gpu = Recommendation.parse(JSON.parse(one.stdout));
    expect(gpu.services.join(' ')).toMatch(/P, G/);
    const list = await cli([
      'recommend',
      '--answers',
      '{"hardware":["high_memory","hpc"],"os_family":"windows"}',
    ]);
    const rec = Recommendation.parse(JSON.parse(list.stdout));
    expect(rec.services.join(' ')).toMatch(/High Memory/);
    expect(rec.platforms.find((p) => p.platform === 'lambda')?.blockers.length).toBeGreaterThan(0);
    const fargate = await cli([
      'recommend',
      '--answers',
      '{"os_control":"full","starting_point":"containerized"}',
    ]);
    const coe = Recommendation.parse(JSON.parse(fargate.stdout));
    expect(coe.platform).toBe('containers_on_ec2');
    expect(coe.platforms.find((p) => p.platform === 'fargate')?.blockers[0]).toMatch(/^Fargate refuses/);
  });

  it.each([
    ['{"hardware":"cpu"}', /"hardware" must be one or a list of: gpu, high_memory/],
    ['{"os_family":"mac"}', /"os_family" must be one of: linux, windows/],
    ['{"hardware":[1]}', /"hardware" must be one or a list of/],
    ['{"gpu":true}', /unknown question id "gpu"/],
  ])('refuses %s in one line', async (answers, message) => {
    const run = await cli(['recommend', '--answers', answers]);
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });
});

describe('bad input: one line on stderr, non-zero exit, no stack trace', () => {
  it.each([
    [['recommend', '--answers', '{"runtime":"forever"}'], /unknown option "forever" for question "runtime"/],
    [['recommend', '--answers', '{"colour":"blue"}'], /unknown question id "colour"/],
    [['recommend', '--answers', '{"runtime":7}'], /"runtime" must be an option id string/],
    [['recommend', '--answers', '{"runtime":'], /malformed JSON/],
    [
      ['recommend', '--answers', '[{"runtime":"long"},{"ops":"lots"}]'],
      /--answers\[1\]: unknown option "lots"/,
    ],
    [['recommend', '--answers', '"long"'], /expected a JSON object/],
    [['recommend', '--answers', ''], /--answers is empty/],
    [['recommend', '--answers', '@/definitely/not/here.json'], /cannot read file/],
    [['recommend'], /needs --answers/],
    [['recommend', '--answers', '{}', '--format', 'yaml'], /--format must be json or text/],
    [['ask'], /question is empty/],
    [['ask', '   '], /question is empty/],
    [['extract', ''], /description is empty/],
    [['launch'], /unknown command "launch"/],
    [[], /missing command/],
    [['recommend', '--answers', '{}', '--verbose'], /Unknown option '--verbose'/],
    [['ask', 'q', '--answers', '{}'], /--answers does not apply to "ask"/],
    [['chat', 'now'], /unexpected argument "now"/],
  ])('%j', async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('--help prints usage and exits 0', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/recommend --answers/);
    expect(run.stdout).toMatch(/chat/);
  });
});
