// Our own table of questions phrased the way people type them: paraphrases, abbreviations, typos.
// Each `expect` works like questions.json: every group needs one matching pattern (case-insensitive).
export interface ParaphraseCase {
  question: string;
  expect: string[][];
}

export const PARAPHRASES: ParaphraseCase[] = [
  { question: 'max ram for a lambda', expect: [['10,?240 ?MB', '10 ?GB']] },
  { question: 'lamda timeout', expect: [['15 ?min', '900 ?s']] },
  { question: 'how long b4 lambda times out?', expect: [['15 ?min', '900 ?s']] },
  { question: 'whats the longest a lambda fn can execute', expect: [['15 ?min', '900 ?s']] },
  { question: 'fargate gpu?', expect: [['no\\b', 'not'], ['EC2']] },
  { question: 'gpus in fargate tasks', expect: [['no\\b', 'not'], ['EC2']] },
  { question: 'can lambda do gpu inference', expect: [['no\\b', 'not'], ['EC2']] },
  { question: 'k8s vs ecs', expect: [['Kubernetes'], ['ECS']] },
  { question: 'should we pick EKS or ECS?', expect: [['Kubernetes'], ['ECS']] },
  { question: 'how many cpus can a lambda get', expect: [['6 ?vCPU']] },
  { question: 'largest fargate task size', expect: [['32 ?vCPU'], ['244 ?G']] },
  { question: 'fargte max memory', expect: [['244 ?G']] },
  { question: 'how much disk does fargate give me', expect: [['20 ?GiB'], ['200 ?GiB']] },
  { question: 'lambda /tmp size', expect: [['10,?240 ?MB', '10 ?GB']] },
  { question: 'lambda ephemeral storage limit', expect: [['10,?240 ?MB', '10 ?GB']] },
  { question: 'what is the payload limit for lambda invoke', expect: [['6 ?MB']] },
  { question: 'max zip size for a lambda deployment package', expect: [['250 ?MB']] },
  { question: 'docker image on lambda, how big?', expect: [['10 ?GB']] },
  { question: 'lambda concurrency limit per region', expect: [['1,?000']] },
  { question: 'how do i get rid of cold starts', expect: [['provisioned concurrency', 'SnapStart']] },
  { question: 'coldstart latency lambda java', expect: [['SnapStart', 'provisioned']] },
  { question: 'lambda pricing model', expect: [['request'], ['GB-s', 'duration', 'millisecond']] },
  { question: 'how much does fargate cost', expect: [['per second', 'second'], ['minute']] },
  { question: 'what is spot pricing on ec2', expect: [['90 ?%'], ['interrupt']] },
  { question: 'savings plans cover lambda?', expect: [['Savings Plans'], ['Lambda']] },
  { question: 'is serverless the least isolated option?', expect: [['microVM', 'Firecracker'], ['not']] },
  {
    question: 'does lambda share a kernel with other customers',
    expect: [['microVM', 'Firecracker', 'own kernel']],
  },
  {
    question: 'are fargate tasks isolated from each other',
    expect: [['hardware', 'kernel', 'virtuali[sz]ed']],
  },
  { question: 'do docker containers on ec2 share the kernel', expect: [['kernel'], ['share']] },
  { question: 'what is a hypervisor', expect: [['hypervisor'], ['Nitro', 'EC2']] },
  { question: 'what does container virtualisation mean', expect: [['kernel'], ['image', 'container']] },
  { question: 'explain serverless', expect: [['Lambda'], ['event', 'request']] },
  { question: 'which is easiest to operate, least ops?', expect: [['serverless', 'Lambda']] },
  { question: 'byol per core licensing on aws', expect: [['Dedicated Host'], ['core', 'socket']] },
  { question: 'privileged containers on fargate?', expect: [['not', 'no\\b'], ['privileged']] },
  { question: 'docker in docker fargate', expect: [['not', 'no\\b'], ['EC2']] },
  { question: 'windows server containers fargate', expect: [['Windows'], ['2019', '2022']] },
  { question: 'is app runner still available?', expect: [['Express Mode']] },
  { question: 'eks auto mode?', expect: [['nodes']] },
  { question: 'when should I use aws batch instead of fargate', expect: [['EC2'], ['16 ?vCPU', 'GPU']] },
  {
    question: 'what are lambda managed instances',
    expect: [['EC2'], ['capacity provider', 'Savings Plans']],
  },
  { question: 'durable functions max wait', expect: [['365 days', 'year']] },
  {
    question: 'can lambda run longer than 15 minutes with durable functions',
    expect: [['15'], ['durable', 'checkpoint']],
  },
  { question: 'step functions for long workflows', expect: [['Step Functions'], ['15']] },
  { question: 'where do I get terabytes of memory or bare metal', expect: [['EC2']] },
  {
    question: 'vm vs containers vs lambda: isolation, resources, maintenance',
    expect: [['isolation'], ['resource'], ['maint', 'patch']],
  },
  { question: 'who patches the os on ec2', expect: [['patch'], ['AMI', 'OS', 'operating system']] },
  { question: 'tenant isolation in lambda for saas', expect: [['tenant']] },
  {
    question: 'is lambda cheaper than fargate for steady traffic',
    expect: [['steady'], ['Fargate', 'instance']],
  },
];

/** Questions the knowledge cannot answer: `ask` must say so (matched false) with suggestions. */
export const UNKNOWN_QUESTIONS = [
  "what's the weather in Paris?",
  'how do I cook pasta',
  'tell me a joke',
  'who won the world cup in 2018?',
  'what is the capital of France',
  'recommend a good sci-fi novel',
  '¿Cuál es la mejor pizza?',
  '🍕🍕🍕',
  'asdf qwerty zxcv',
  'what is s3 pricing',
  'how do I set up a VPC',
  'what is cloudfront',
  'how do I configure IAM roles',
];
