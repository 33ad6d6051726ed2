// Words for telling questions apart and for questions in several parts: the AWS compute services
// people name, and the openers of a follow-up that borrows the rest of the previous question
// ("… share a kernel? What about Fargate?"). Stored as the tokenizer writes words.

/**
 * The names of the AWS compute services that say which one service a question or an entry is about
 * ("Fargate isolation" is about Fargate; "tasks on EC2" about EC2 capacity).
 */
export const NAMED_SERVICES = [
  'lambda',
  'fargate',
  'ec2',
  'ecs',
  'eks',
  'kubernetes',
  'k8s',
  'batch',
  'apprunner',
];

/** Services and terms a question about AWS compute names: the named services and general words. */
export const SERVICE_WORDS = [
  ...NAMED_SERVICES,
  'serverless',
  'aws',
  'nitro',
  'firecracker',
  'functions',
  'durable',
];

/** Openers of a follow-up question: it repeats the previous question about another subject. */
export const FOLLOW_UP_OPENERS = [
  'what about',
  'how about',
  'and for',
  'and on',
  'same for',
  'and what about',
  'and',
];

/** First words of a question ("how long…", "max memory…", "vs"). */
export const QUESTION_STARTS = new Set([
  'what',
  'whats',
  'how',
  'hows',
  'can',
  'could',
  'is',
  'are',
  'does',
  'do',
  'which',
  'why',
  'when',
  'where',
  'should',
  'would',
  'will',
  'explain',
  'compare',
  'define',
  'describe',
  'tell',
  'who',
  'difference',
  'isnt',
  'doesnt',
  'cant',
  'max',
  'maximum',
  'limit',
  'limits',
  'vs',
  'versus',
]);

/** Words that ask for a comparison, question mark or not. */
export const COMPARISON_WORDS = new Set([
  'vs',
  'versus',
  'compare',
  'comparison',
  'difference',
  'differences',
]);

// "I" is left out on purpose: "can I use GPUs on Fargate?" is a question; "our ETL" is a workload.
/** Words naming the writer's own workload: a sign of a description. */
export const FIRST_PERSON = new Set(['we', 'our', 'ours', 'us', 'my', 'mine', 'weve', 'were', 'ive', 'im']);

/** Question heads that name what is asked for, though their words ("long", "much") say little.
 * `nextIn`: the head counts only before one of these words (or at the end). */
export const HEAD_HINTS: { head: string[]; nextIn?: string[]; terms: string[] }[] = [
  { head: ['how', 'long'], terms: ['duration', 'timeout', 'maximum', 'time'] },
  { head: ['how', 'big'], terms: ['size', 'maximum'] },
  { head: ['how', 'large'], terms: ['size', 'maximum'] },
  // "how much does it cost" is price; "how much memory" names its own subject.
  {
    head: ['how', 'much'],
    nextIn: ['does', 'do', 'is', 'will', 'would', 'cost', 'costs'],
    terms: ['cost', 'price', 'billed'],
  },
  { head: ['how', 'expensive'], terms: ['cost', 'price', 'billed'] },
];

/** A duration in hours ("3 hour", "2 hours", "overnight") asks about the run-time limit. */
export const HOUR_WORDS = new Set(['hour', 'hours', 'hr', 'hrs', 'overnight']);

/** Words that frame a question ("does X support Y", "can X run Y") rather than say what it is about. */
export const FRAME_WORDS = new Set([
  'support',
  'supports',
  'supported',
  'run',
  'runs',
  'running',
  'use',
  'using',
  'used',
  'work',
  'works',
  'handle',
  'handles',
  'allow',
  'allows',
  'get',
  'give',
  'need',
  'want',
  'good',
  'better',
  'best',
  'idea',
  'ok',
  'okay',
  'fine',
  'possible',
  'able',
  'happen',
  'happens',
]);

/** Openers of a question asking what something is. */
export const DEFINITION_OPENERS = [
  'what is',
  'what are',
  'whats',
  'what s',
  'define',
  'explain',
  'meaning of',
  'describe',
];
