// Numbers and units as people write them: number words, vague counts, duration, size, CPU and rate
// units, the single-letter units that need a confirming word, and the rate thresholds that tell
// idle from steady load. The words around a figure are vocabulary-quantities.ts. Data only.
import { wordTable } from './word-table.js';

export const NUMBER_WORDS: ReadonlyMap<string, number> = wordTable({
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
});

/** Vague counts, read as a rough figure ("a few hours" ≈ 3 hours). */
export const VAGUE_QUANTITIES: ReadonlyMap<string, number> = wordTable({
  few: 3,
  several: 3,
  couple: 2,
  many: 5,
  multiple: 2,
  some: 2,
  dozens: 24,
  hundreds: 200,
  thousands: 2_000,
});

/** Duration unit word → seconds. */
export const DURATION_UNITS: ReadonlyMap<string, number> = wordTable({
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
});

/** Size unit word → megabytes (binary and decimal treated alike: the limits are far apart). */
export const SIZE_UNITS: ReadonlyMap<string, number> = wordTable({
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
});

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

/** Rate abbreviations → seconds per unit ("rps" = per 1 second). */
export const RATE_UNITS: ReadonlyMap<string, number> = wordTable({
  rps: 1,
  qps: 1,
  tps: 1,
  rpm: 60,
  rph: 3_600,
});
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

/** "30 to 60", "30 or 60". */
export const RANGE_JOINERS = new Set(['to', 'or', 'and', 'through']);
