// The ten workload questions of docs/contract.md §2, worded for users. Ids come from src/domain.ts (the contract);
// this file only adds the words people see. Labels stay short: they become buttons in Slack and Teams.
import { z } from 'zod';
import { QUESTION_IDS, QUESTION_OPTIONS, type QuestionId, QuestionIdSchema, UNSURE } from './ids.js';
import { LIMITS } from './limits.js';

// The option boundaries are AWS limits (docs/contract.md §2): read them from LIMITS so the wording follows a change.
const MINUTES = LIMITS.lambda.maxDurationSeconds.value / 60;
const L_GB = LIMITS.lambda.maxMemoryMb.value / 1024;
const L_CPU = LIMITS.lambda.maxVcpu.value;
const F_CPU = LIMITS.fargate.maxVcpu.value;
const F_GB = LIMITS.fargate.maxMemoryGb.value;

/** Slack truncates button text at 75 characters; 40 keeps a row of buttons readable on a phone. */
export const MAX_LABEL_CHARS = 40;

/** Typed words: lower case, single spaces, apostrophes dropped ("dont"), as the tokenizer writes them. */
const TypedWords = z.string().regex(/^[a-z0-9]+( [a-z0-9]+)*$/);

const OptionSchema = z.strictObject({
  id: z.string().regex(/^[a-z_]+$/),
  label: z.string().min(1).max(MAX_LABEL_CHARS),
  description: z.string().min(1),
  /** Other words people type for this option ("just aws", "as little as possible"). */
  synonyms: z.array(TypedWords).optional(),
});

const QuestionSchema = z.strictObject({
  id: QuestionIdSchema,
  prompt: z.string().min(1),
  help: z.string().min(1),
  options: z.array(OptionSchema).min(2),
  /** For a question asked as yes or no: the option a typed "yes" / "no" means. */
  yes: z.string().optional(),
  no: z.string().optional(),
});

export type QuestionOption = z.infer<typeof OptionSchema>;
export type Question = z.infer<typeof QuestionSchema>;

/** Every question, in contract order, with exactly the contract's option ids in the contract's order. */
export const QuestionsSchema = z.array(QuestionSchema).superRefine((questions, ctx) => {
  const ids = questions.map((q) => q.id);
  if (ids.join() !== QUESTION_IDS.join()) {
    ctx.addIssue({ code: 'custom', message: `questions must be ${QUESTION_IDS.join(', ')} in that order` });
  }
  questions.forEach((q, i) => {
    for (const key of ['yes', 'no'] as const) {
      const id = q[key];
      if (id !== undefined && !q.options.some((o) => o.id === id))
        ctx.addIssue({
          code: 'custom',
          path: [i, key],
          message: `"${key}" of "${q.id}" names no option (${id})`,
        });
    }
    const expected = QUESTION_OPTIONS[q.id] as readonly string[];
    const got = q.options.map((o) => o.id);
    if (got.join() !== expected.join()) {
      ctx.addIssue({
        code: 'custom',
        path: [i, 'options'],
        message: `question "${q.id}" must have options ${expected.join(', ')} (got ${got.join(', ')})`,
      });
    }
  });
});

/** The extra answer every question accepts (docs/contract.md §2); the engine then assumes a default. */
export const UNSURE_OPTION: QuestionOption = {
  id: UNSURE,
  label: 'Not sure',
  description: 'Skip it: the advisor assumes the usual case and says so.',
};

// biome-ignore format: one option per line
const RAW: Question[] = [
  {
    id: 'runtime',
    prompt: 'How long does one unit of work (a request, an event, a job) run?',
    help: `Lambda stops any single invocation after ${MINUTES} minutes, so this often decides the answer.`,
    options: [
      { id: 'short', label: 'Under a minute', description: 'A request or event finishes in seconds.', synonyms: ['seconds', 'milliseconds', 'quick', 'instant'] },
      { id: 'medium', label: `1 to ${MINUTES} minutes`, description: `Each unit takes minutes, but under ${MINUTES}.`, synonyms: ['minutes', 'few minutes', 'several minutes'] },
      { id: 'long', label: `More than ${MINUTES} minutes`, description: 'Jobs that run for hours or days.', synonyms: ['hours', 'days', 'overnight'] },
      { id: 'always_on', label: 'Always running', description: 'A daemon, long-lived connections or an in-process cache that must stay up.', synonyms: ['always on', 'daemon', 'forever', 'websockets', 'never stops', '24 7'] },
    ],
  },
  {
    id: 'traffic',
    prompt: 'What does the load look like over a day?',
    help: 'Idle-heavy load suits pay-per-request; steady load is cheaper on per-second or instance pricing.',
    options: [
      { id: 'bursty', label: 'Bursty, idle in between', description: 'Unpredictable spikes with quiet periods.', synonyms: ['spiky', 'spikes', 'unpredictable', 'sporadic', 'idle most of the time'] },
      { id: 'steady', label: 'Steady, busy most of the day', description: 'Predictable load, busy most of the time.', synonyms: ['constant', 'predictable', 'all day', 'flat'] },
      { id: 'scheduled', label: 'Runs at set times', description: 'Cron jobs, nightly or weekly batches.', synonyms: ['nightly', 'cron', 'daily', 'weekly', 'hourly', 'on a schedule'] },
    ],
  },
  {
    id: 'isolation',
    prompt: 'How strongly must it be isolated from other workloads?',
    help: 'Lambda and Fargate give each environment or task its own virtualized boundary; containers on EC2 share a kernel.',
    options: [
      { id: 'standard', label: 'Standard cloud isolation', description: 'Ordinary isolation between AWS customers.', synonyms: ['normal', 'ordinary', 'default', 'nothing special', 'regular'] },
      { id: 'strong', label: 'Strong: untrusted or multi-tenant code', description: 'Must not share a kernel with other workloads.', synonyms: ['untrusted', 'multi tenant', 'tenants', 'sandbox'] },
      { id: 'dedicated', label: 'Dedicated physical hardware', description: 'Compliance or per-socket / per-core licensing needs hardware of your own.', synonyms: ['own hardware', 'single tenant', 'physical', 'licensing'] },
    ],
  },
  {
    id: 'os_control',
    prompt: 'How much control over the operating system does it need?',
    help: 'Kernel modules, a specific AMI or privileged access are only possible on EC2 instances.',
    options: [
      { id: 'none', label: 'None: just my code', description: 'A managed runtime (Node.js, Python, Java…) is enough.', synonyms: ['managed runtime', 'nothing special', 'no control'] },
      { id: 'packages', label: 'Custom packages or binaries', description: 'System libraries, binaries or a custom runtime that fit in a container image.', synonyms: ['libraries', 'binaries', 'dependencies'] },
      { id: 'full', label: 'Full OS control', description: 'Kernel modules or parameters, a specific OS or AMI, privileged access, host agents.', synonyms: ['kernel', 'root', 'privileged', 'drivers', 'ami'] },
    ],
  },
  {
    id: 'compute',
    prompt: 'What is the peak compute for one unit of work?',
    help: `Lambda tops out at ${L_GB} GB memory and ${L_CPU} vCPU; Fargate at ${F_CPU} vCPU and ${F_GB} GB; GPUs need EC2.`,
    options: [
      { id: 'small', label: `Up to ${L_GB} GB / ${L_CPU} vCPU`, description: 'Fits a Lambda function or a small container.', synonyms: ['small', 'little', 'tiny', 'modest'] },
      { id: 'large', label: `Up to ${F_CPU} vCPU / ${F_GB} GB`, description: 'Bigger than Lambda allows, within a Fargate task.', synonyms: ['big', 'large', 'bigger'] },
      { id: 'special', label: 'GPUs or special hardware', description: 'Accelerators, more memory or vCPU than that, EFA, local NVMe or bare metal.', synonyms: ['gpu', 'gpus', 'huge', 'accelerator'] },
    ],
  },
  {
    id: 'state',
    prompt: 'Where does its state live?',
    help: 'Function environments come and go, so state that must stay local needs a long-running process.',
    options: [
      { id: 'stateless', label: 'Stateless', description: 'Nothing is kept between requests.', synonyms: ['nothing', 'none', 'no state'] },
      { id: 'external', label: 'In a database, cache or store', description: 'State lives in an external service.', synonyms: ['database', 'db', 's3', 'redis', 'dynamodb'] },
      { id: 'local', label: 'Local disk or memory', description: 'State on local disk or in memory that must survive between requests, sticky sessions.', synonyms: ['sticky', 'on disk', 'in memory', 'local'] },
    ],
  },
  {
    id: 'ops',
    prompt: 'How much infrastructure work can the team take on?',
    help: 'Lambda needs the least upkeep; EC2 means patching operating systems and managing capacity.',
    options: [
      { id: 'minimal', label: 'Minimal: fully managed only', description: 'No infrastructure work at all.', synonyms: ['as little as possible', 'as little as we can', 'nothing', 'none', 'no ops', 'zero ops', 'hands off'] },
      { id: 'moderate', label: 'Moderate: images and pipelines', description: 'Container images, task definitions and deploy pipelines are fine.', synonyms: ['some', 'a bit', 'containers are fine', 'ci cd'] },
      { id: 'full', label: 'Full: we run server fleets', description: 'A team that patches OS fleets and manages AMIs and capacity.', synonyms: ['everything', 'lots', 'we have ops', 'platform team', 'sre team'] },
    ],
  },
  {
    id: 'latency',
    prompt: 'How sensitive is it to cold-start latency?',
    help: 'A new Lambda environment can add from under 100 ms to over a second after idle periods.',
    options: [
      { id: 'tolerant', label: 'Tolerant of occasional delays', description: 'An extra few hundred milliseconds to seconds now and then is fine.', synonyms: ['doesnt matter', 'can wait', 'not critical', 'nobody waits', 'who cares'] },
      { id: 'sensitive', label: 'Needs consistently low latency', description: 'Low latency even right after idle periods.', synonyms: ['users notice', 'slow pages', 'must be fast', 'every millisecond', 'snappy', 'critical'] },
    ],
  },
  {
    id: 'portability',
    prompt: 'Must it also run outside AWS?',
    help: 'Container images and Kubernetes move between clouds; Lambda functions are AWS-specific.',
    yes: 'portable',
    no: 'aws_only',
    options: [
      { id: 'aws_only', label: 'AWS only', description: 'It only needs to run on AWS.', synonyms: ['stay on aws', 'aws is enough', 'aws only please'] },
      { id: 'portable', label: 'Also elsewhere', description: 'Other clouds, on-premises or Kubernetes elsewhere.', synonyms: ['on prem', 'on premises', 'other clouds', 'multi cloud', 'azure', 'gcp', 'kubernetes elsewhere'] },
    ],
  },
  {
    id: 'starting_point',
    prompt: 'What exists today?',
    help: 'Existing images or servers make some paths much shorter.',
    options: [
      { id: 'new', label: 'Nothing yet', description: 'A new workload, built from scratch.', synonyms: ['greenfield', 'from scratch', 'brand new'] },
      { id: 'containerized', label: 'Container images', description: 'The application already ships as images.', synonyms: ['docker', 'images', 'containers'] },
      { id: 'vm_based', label: 'Runs on servers or VMs', description: 'An application running on servers or virtual machines today.', synonyms: ['vms', 'virtual machines', 'servers today', 'on prem servers', 'ec2'] },
    ],
  },
];

export const QUESTIONS: readonly Question[] = QuestionsSchema.parse(RAW);

const BY_ID = new Map(QUESTIONS.map((q) => [q.id, q]));

export function questionById(id: QuestionId): Question {
  const q = BY_ID.get(id);
  // Unreachable: the schema above guarantees all ten ids.
  if (!q) throw new Error(`unknown question id "${id}"`);
  return q;
}

/** The user-facing label of an option id (or of `unsure`), for summaries and typed answers. */
export function optionLabel(question: QuestionId, option: string): string {
  if (option === UNSURE) return UNSURE_OPTION.label;
  return questionById(question).options.find((o) => o.id === option)?.label ?? option;
}
