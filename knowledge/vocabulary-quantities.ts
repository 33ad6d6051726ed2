// Numbers, units and the words around them that tell a run time from a frequency, memory from
// storage, and a request rate from a size. Data only; decisions compare against knowledge/limits.ts.

export const NUMBER_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  dozen: 12,
  half: 0.5,
  quarter: 0.25,
  single: 1,
  couple: 2,
  pair: 2,
};

/** Vague counts, read as a rough figure ("a few hours" ≈ 3 hours). */
export const VAGUE_QUANTITIES: Record<string, number> = {
  few: 3,
  several: 3,
  couple: 2,
  many: 5,
  multiple: 2,
  some: 2,
  dozens: 24,
  hundreds: 200,
  thousands: 2_000,
};

/** Duration unit word → seconds. */
export const DURATION_UNITS: Record<string, number> = {
  ms: 0.001,
  msec: 0.001,
  msecs: 0.001,
  millisecond: 0.001,
  milliseconds: 0.001,
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3_600,
  hr: 3_600,
  hrs: 3_600,
  hour: 3_600,
  hours: 3_600,
  d: 86_400,
  day: 86_400,
  days: 86_400,
  week: 604_800,
  weeks: 604_800,
  month: 2_592_000,
  months: 2_592_000,
};

/** Size unit word → megabytes (binary and decimal treated alike: the limits are far apart). */
export const SIZE_UNITS: Record<string, number> = {
  mb: 1,
  mib: 1,
  megabyte: 1,
  megabytes: 1,
  meg: 1,
  megs: 1,
  gb: 1_024,
  gib: 1_024,
  g: 1_024,
  gig: 1_024,
  gigs: 1_024,
  gigabyte: 1_024,
  gigabytes: 1_024,
  tb: 1_048_576,
  tib: 1_048_576,
  terabyte: 1_048_576,
  terabytes: 1_048_576,
};

export const CPU_UNITS = new Set([
  'vcpu',
  'vcpus',
  'cpu',
  'cpus',
  'core',
  'cores',
  'vcores',
  'vcore',
  'threads',
]);

/** Words near a size that say it is local scratch storage the work itself needs (compared with
 * Lambda's /tmp and Fargate's ephemeral storage limits). */
export const SCRATCH_WORDS = new Set([
  'scratch',
  'ephemeral',
  'tmp',
  'disk',
  'disks',
  'ssd',
  'nvme',
  'local',
]);

/** Words just before a size that say it is memory; words near it that say it is storage or data. */
export const MEMORY_WORDS = new Set(['ram', 'memory', 'mem', 'heap']);
export const STORAGE_WORDS = new Set([
  'disk',
  'disks',
  'storage',
  'ssd',
  'ebs',
  'volume',
  'volumes',
  'dataset',
  'datasets',
  'data',
  'file',
  'files',
  'video',
  'videos',
  'image',
  'images',
  'upload',
  'uploads',
  'payload',
  'payloads',
  'bucket',
  's3',
  'database',
  'db',
  'archive',
  'backup',
  'backups',
  'logs',
  'tmp',
  'package',
  'zip',
  'artifact',
  'documents',
  'object',
  'objects',
  'table',
  'tables',
  'nvme',
  'drive',
  'drives',
  'photos',
  'model',
  'weights',
]);

/** A duration right after one of these is a frequency or a deadline, not how long the work runs. */
export const NOT_RUNTIME_BEFORE = new Set([
  'every',
  'per',
  'once',
  'twice',
  'within',
  'ago',
  'last',
  'past',
  'next',
  'weekly',
]);
/** A duration next to one of these is a latency target. */
export const LATENCY_WORDS = new Set([
  'p99',
  'p95',
  'p90',
  'p50',
  'p999',
  'latency',
  'respond',
  'response',
  'responses',
  'ttfb',
]);
/** A duration right before one of these is the age of data or a retention period, not a run time. */
export const NOT_RUNTIME_AFTER = new Set([
  'ago',
  'old',
  'retention',
  'later',
  'apart',
  'window',
  'sla',
  'deadline',
  'timeout',
]);
/** "a"/"an" count as one only after these ("takes an hour", but not "events a day"). */
export const ONE_AFTER = new Set([
  'for',
  'about',
  'around',
  'takes',
  'take',
  'taking',
  'lasts',
  'roughly',
  'approximately',
  'nearly',
  'almost',
  'over',
  'under',
  'than',
  'upto',
  'up',
  'runs',
  'run',
]);

/** Things that arrive: a count of these per unit of time is a request rate. */
export const EVENT_NOUNS = new Set([
  'request',
  'requests',
  'req',
  'reqs',
  'event',
  'events',
  'message',
  'messages',
  'call',
  'calls',
  'invocation',
  'invocations',
  'job',
  'jobs',
  'upload',
  'uploads',
  'order',
  'orders',
  'hit',
  'hits',
  'visit',
  'visits',
  'visitors',
  'users',
  'transactions',
  'queries',
  'submissions',
  'files',
  'webhooks',
  'notifications',
  'emails',
  'tasks',
  'runs',
  'executions',
  'records',
  'batches',
  'commands',
  'sessions',
]);
/** Rate abbreviations → seconds per unit ("rps" = per 1 second). */
export const RATE_UNITS: Record<string, number> = { rps: 1, qps: 1, tps: 1, rpm: 60, rph: 3_600 };
/** At or below this many arrivals an hour the workload is idle most of the time (bursty/idle-heavy). */
export const IDLE_MAX_PER_HOUR = 1_000;
/** At or above this many a second, a sustained rate hints at steady load. */
export const BUSY_MIN_PER_SECOND = 50;

/** Single-letter units that are also ordinary abbreviations ("10m rows", "5g network"). */
export const AMBIGUOUS_UNITS = new Set(['m', 'd', 's', 'g', 'h']);
/** After an ambiguous unit, these words confirm it is a unit. */
export const AFTER_AMBIGUOUS_OK = new Set([
  '|',
  'and',
  'or',
  'per',
  'of',
  'each',
  'to',
  'at',
  'job',
  'jobs',
  'run',
  'runs',
  'task',
  'tasks',
  'long',
  'max',
  'ram',
  'memory',
  'mem',
  'on',
  'with',
  'in',
  'wall',
  'total',
  'runtime',
  'duration',
]);
/** A duration shortly after one of these is an age, a retention or a deadline. */
export const DATA_AGE_WORDS = new Set([
  'older',
  'newer',
  'retain',
  'retained',
  'retention',
  'keep',
  'kept',
  'ttl',
  'expire',
  'expires',
  'expiry',
  'deadline',
  'sla',
  'timeout',
  'interval',
  'within',
  'cached',
  'cache',
  'history',
  'last',
  'past',
]);
/** "for hours", "takes minutes": a plural unit after these is a rough duration. */
export const VAGUE_DURATION_VERBS = new Set([
  'for',
  'takes',
  'take',
  'taking',
  'lasts',
  'lasting',
  'runs',
  'run',
  'running',
  'over',
]);
/** "timing out after 15 minutes", "killed after an hour": the work runs longer than the figure. */
export const CUT_OFF_WORDS = new Set([
  'timing',
  'times',
  'timed',
  'timeout',
  'killed',
  'dies',
  'fails',
  'stops',
  'cut',
  'aborted',
  'terminated',
]);

/** A duration shortly after one of these is time spent waiting (for a person, a callback, a retry):
 * orchestration holds it, so it is not how long the work computes ("waits up to 3 days for approval"). */
export const WAIT_WORDS = new Set([
  'wait',
  'waits',
  'waiting',
  'waited',
  'sleep',
  'sleeps',
  'sleeping',
  'pause',
  'pauses',
  'paused',
  'idle',
  'idles',
]);

/** "14 minutes on average but sometimes 20" (or "up to 20"): a bare figure after these takes the unit of the
 * duration just before it, and the larger figure is how long the work can run. */
export const WORST_CASE_WORDS = new Set([
  'sometimes',
  'occasionally',
  'worst',
  'peaks',
  'max',
  'maximum',
  'even',
  'rarely',
]);

/** "30 to 60", "30 or 60". */
export const RANGE_JOINERS = new Set(['to', 'or', 'and', 'through']);
