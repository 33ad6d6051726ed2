// Words for telling questions apart and for questions in several parts: the AWS compute services
// people name, and the openers of a follow-up that borrows the rest of the previous question
// ("… share a kernel? What about Fargate?"). Stored as the tokenizer writes words.

/** Services and terms a question about AWS compute names. */
export const SERVICE_WORDS = [
  'lambda',
  'fargate',
  'ec2',
  'ecs',
  'eks',
  'kubernetes',
  'k8s',
  'batch',
  'apprunner',
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
