// Tables of phrases → the answers they must (and must not) give: units, number words, negations,
// triggers, teams, compliance. Figures at the limits are built from LIMITS, so a limit change moves
// the test with the data.
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../knowledge/limits.js';
import type { Profile } from '../../../src/domain.js';
import { extract } from '../../../src/extract.js';

type Row = [text: string, expected: Profile];

const lambdaMinutes = LIMITS.lambda.maxDurationSeconds.value / 60;
const lambdaGb = LIMITS.lambda.maxMemoryMb.value / 1024;
const fargateGb = LIMITS.fargate.maxMemoryGb.value;
const fargateVcpu = LIMITS.fargate.maxVcpu.value;

const DURATIONS: Row[] = [
  ['each request takes 200 ms', { runtime: 'short' }],
  ['the job takes 45 minutes', { runtime: 'long' }],
  ['it runs for 2h', { runtime: 'long' }],
  ['runs for about three hours', { runtime: 'long' }],
  ['takes twenty five seconds', { runtime: 'short' }],
  ['usually 1.5 hours per run', { runtime: 'long' }],
  ['about 5 minutes per file', { runtime: 'medium' }],
  ['each run takes 90 seconds', { runtime: 'medium' }],
  [`it finishes in ${lambdaMinutes} minutes`, { runtime: 'medium' }],
  [`it finishes in ${lambdaMinutes + 1} minutes`, { runtime: 'long' }],
  ['each file takes 30 to 60 minutes', { runtime: 'long' }],
  ['a job of 10-20 min', { runtime: 'long' }],
  ['a process that takes half an hour', { runtime: 'long' }],
  ['it takes an hour', { runtime: 'long' }],
  ['runs for days at a time', { runtime: 'long' }],
  ['training for several days', { runtime: 'long' }],
  ['takes a few seconds', { runtime: 'short' }],
  ['a daemon that runs all day', { runtime: 'always_on' }],
  ['keeps WebSocket connections open for hours', { runtime: 'always_on' }],
  ['a service that must be up 24/7', { runtime: 'always_on', traffic: 'steady' }],
  ['takes 3s', { runtime: 'short' }],
  [`our Lambda keeps timing out after ${lambdaMinutes} minutes`, { runtime: 'long' }],
  ['every request takes roughly a quarter of a second', { runtime: 'short' }],
  ['runs once per quarter for about a day', { runtime: 'long', traffic: 'scheduled' }],
  ['200ms per call', { runtime: 'short' }],
];

const NOT_RUNTIME: string[] = [
  'every hour we clean up',
  'we must migrate within a month',
  'delete rows older than 30 days',
  'logs are kept for 90 days',
  'it runs every 6 hours',
  'ten million records',
  'we have 2 developers',
];

const SIZES: Row[] = [
  ['needs 64 GB of memory', { compute: 'large' }],
  ['4 GB of RAM is plenty', { compute: 'small' }],
  [`needs ${lambdaGb} GB of memory`, { compute: 'small' }],
  [`needs ${lambdaGb + 2} GB of memory`, { compute: 'large' }],
  [`needs ${fargateGb} GB of RAM`, { compute: 'large' }],
  [`needs ${fargateGb + 12} GB of RAM`, { compute: 'special' }],
  ['768 GB of RAM', { compute: 'special' }],
  ['2 TB of RAM', { compute: 'special' }],
  ['16 vCPU', { compute: 'large' }],
  ['a CPU-heavy simulation', { compute: 'large' }],
  ['4 vCPUs and 8 GB', { compute: 'small' }],
  [`${fargateVcpu * 3} vCPUs`, { compute: 'special' }],
  ['512 MB is enough', { compute: 'small' }],
  ['needs 12GB heap', { compute: 'large' }],
  [`needs ${LIMITS.fargate.maxEphemeralGb.value * 2} GB of scratch disk`, { compute: 'special' }],
  [`needs ${LIMITS.fargate.maxEphemeralGb.value / 2} GB of local scratch space`, { compute: 'large' }],
];

const HARDWARE: Row[] = [
  ['trains on eight GPUs', { compute: 'special' }],
  ['uses CUDA kernels', { compute: 'special' }],
  ['runs on A100s', { compute: 'special' }],
  ['we want H100 instances', { compute: 'special' }],
  ['Trainium for training', { compute: 'special' }],
  ['Inferentia for inference', { compute: 'special' }],
  ['needs local NVMe', { compute: 'special' }],
  ['MPI over EFA', { compute: 'special' }],
  ['must run on bare metal', { compute: 'special' }],
];

const OS: Row[] = [
  ['loads a kernel module', { os_control: 'full' }],
  ['depends on a kernel-mode driver', { os_control: 'full' }],
  ['runs on Windows Server', { os_control: 'full' }],
  ['we bake a custom AMI', { os_control: 'full' }],
  ['it needs root access', { os_control: 'full' }],
  ['uses Docker-in-Docker', { os_control: 'full' }],
  ['needs privileged containers', { os_control: 'full' }],
  ['ships custom binaries', { os_control: 'packages' }],
  ['uses ffmpeg and system libraries', { os_control: 'packages' }],
];

const TRAFFIC: Row[] = [
  ['traffic is spiky', { traffic: 'bursty' }],
  ['very bursty load', { traffic: 'bursty' }],
  ['a steady stream of requests', { traffic: 'steady' }],
  ['load is predictable', { traffic: 'steady' }],
  ['runs from cron', { traffic: 'scheduled' }],
  ['every hour', { traffic: 'scheduled' }],
  ['a nightly job', { traffic: 'scheduled' }],
  ['every 10 minutes', { traffic: 'scheduled' }],
  ['huge peaks on Black Friday', { traffic: 'bursty' }],
  ['unpredictable usage', { traffic: 'bursty' }],
  ['about fifty requests a day', { traffic: 'bursty' }],
  ['a steady 5,000 requests per second', { traffic: 'steady' }],
  ['about 5 req/min on average', { traffic: 'bursty' }],
  ['20k req/s at peak', { traffic: 'steady' }],
];

const TRIGGERS_STATE_TEAMS: Row[] = [
  ['triggered by an S3 upload', { traffic: 'bursty', runtime: 'short' }],
  ['reads from an SQS queue', { traffic: 'bursty' }],
  ['consumes a Kinesis stream', { traffic: 'bursty' }],
  ['a GitHub webhook', { runtime: 'short' }],
  ['an EventBridge rule', { traffic: 'bursty' }],
  ['uses sticky sessions', { state: 'local' }],
  ['writes to local disk', { state: 'local' }],
  ['keeps an in-memory cache', { state: 'local' }],
  ['stores everything in Postgres', { state: 'external' }],
  ['it is completely stateless', { state: 'stateless' }],
  ['we have no ops people', { ops: 'minimal' }],
  ['two developers and nobody else', { ops: 'minimal' }],
  ['our platform team runs it', { ops: 'full' }],
  ['we have one sysadmin', { ops: 'moderate' }],
  ['an SRE team of six', { ops: 'full' }],
  ['a team of one', { ops: 'minimal' }],
  ['we need to host a Postgres database', { state: 'local' }],
];

const PORTABILITY_COMPLIANCE_START: Row[] = [
  ['it must also run on Kubernetes', { portability: 'portable' }],
  ['we deploy with Helm', { portability: 'portable' }],
  ['must run on-prem too', { portability: 'portable' }],
  ['we might move to other clouds', { portability: 'portable' }],
  ['multi-cloud strategy', { portability: 'portable' }],
  ['no GPU and it runs on Kubernetes', { portability: 'portable' }],
  ['per-core licence', { isolation: 'dedicated' }],
  ['BYOL Oracle', { isolation: 'dedicated' }],
  ['needs dedicated hardware', { isolation: 'dedicated' }],
  ['must run on hardware nobody else uses', { isolation: 'dedicated' }],
  ['runs untrusted code', { isolation: 'strong' }],
  ['multi-tenant and must not share a kernel', { isolation: 'strong' }],
  ['already containerized', { starting_point: 'containerized' }],
  ['packaged as Docker images', { starting_point: 'containerized' }],
  ['running on VMware today', { starting_point: 'vm_based' }],
  ['a lift and shift', { starting_point: 'vm_based' }],
  ['building a new product', { starting_point: 'new' }],
  ['a p99 under 50 ms', { latency: 'sensitive' }],
  ['real-time bidding', { latency: 'sensitive' }],
  ['cold starts are fine', { latency: 'tolerant' }],
];

/** Everyday words that look like cues but are not: nothing may be read from them. */
const FALSE_FRIENDS: [text: string, question: keyof Profile][] = [
  ['an app for Uber drivers', 'os_control'],
  ['we have 10k daily active users', 'traffic'],
  ['monthly active users keep growing', 'traffic'],
  ['a sandbox environment for testing', 'isolation'],
  ['behind an L4 load balancer', 'compute'],
  ['a scheduling app for clinics', 'traffic'],
  ['we continuously deploy from main', 'runtime'],
  ['we want predictable costs', 'traffic'],
  ['a data pipeline built by the analytics group', 'ops'],
  ['it listens for S3 events', 'latency'],
  ['a handful of services', 'traffic'],
  ['a form shown on a tablet', 'state'],
  ['we promise a 99.9% SLA', 'latency'],
];

/** Negations: the negated cue must not give its answer (and may give the opposite). */
const NEGATIONS: [text: string, question: keyof Profile, notExpected: string, expected?: string][] = [
  ['no GPU needed', 'compute', 'special'],
  ['we do not use GPUs', 'compute', 'special'],
  ["doesn't need root", 'os_control', 'full'],
  ['does not require a kernel module', 'os_control', 'full'],
  ['without Kubernetes', 'portability', 'portable'],
  ['we do not need dedicated hardware', 'isolation', 'dedicated'],
  ['no sticky sessions', 'state', 'local'],
  ['traffic is not steady', 'traffic', 'steady', 'bursty'],
  ['latency is not critical, no real-time needs', 'latency', 'sensitive', 'tolerant'],
  ['never on-prem', 'portability', 'portable'],
  ["we don't have a platform team", 'ops', 'full', 'minimal'],
  ['we do not need to run on other clouds', 'portability', 'portable', 'aws_only'],
  ['a 10 GB model is loaded at startup', 'ops', 'minimal'],
  ['memory peaks at 3 GB', 'compute', 'large', 'small'],
];

function check(rows: Row[]): void {
  it.each(rows)('%s', (text, expected) => {
    const { answers, evidence } = extract(text);
    for (const [q, a] of Object.entries(expected)) {
      expect(answers[q as keyof Profile], `${q} for "${text}"`).toBe(a);
      expect(evidence[q as keyof Profile], `evidence for ${q}`).toBeTruthy();
    }
  });
}

describe('extract: durations in any unit, against the Lambda limit', () => check(DURATIONS));
describe('extract: sizes against the Lambda and Fargate limits', () => check(SIZES));
describe('extract: special hardware', () => check(HARDWARE));
describe('extract: OS needs', () => check(OS));
describe('extract: traffic', () => check(TRAFFIC));
describe('extract: triggers, state and teams', () => check(TRIGGERS_STATE_TEAMS));
describe('extract: portability, compliance, starting point, latency', () =>
  check(PORTABILITY_COMPLIANCE_START));

describe('extract: frequencies, deadlines and data ages are not run times', () => {
  it.each(NOT_RUNTIME)('%s', (text) => {
    expect(extract(text).answers.runtime).toBeUndefined();
  });
});

describe('extract: false friends give nothing', () => {
  it.each(FALSE_FRIENDS)('%s', (text, q) => {
    expect(extract(text).answers[q]).toBeUndefined();
  });
});

describe('extract: negations', () => {
  it.each(NEGATIONS)('%s', (text, q, notExpected, expected) => {
    const { answers } = extract(text);
    expect(answers[q]).not.toBe(notExpected);
    if (expected) expect(answers[q]).toBe(expected);
  });
});

describe('extract: evidence quotes the deciding words', () => {
  it('quotes the duration and the size', () => {
    const { evidence } = extract(
      'A nightly ETL job that runs for about three hours and needs 32 GB of memory.',
    );
    expect(evidence.runtime).toMatch(/three hours/);
    expect(evidence.compute).toMatch(/32 gb/i);
    expect(evidence.traffic).toMatch(/nightly/);
  });
  it('leaves unanswered what the text does not say', () => {
    const { answers } = extract('A nightly ETL job that runs for about three hours.');
    expect(answers.isolation).toBeUndefined();
    expect(answers.portability).toBeUndefined();
  });
});
