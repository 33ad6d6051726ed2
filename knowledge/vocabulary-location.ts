// Where and when: where a workload runs today versus where it must also run, and whether a time of
// day is a schedule. "Already in a VM on-premise" or "our
// data center lease ends" names the place it is leaving; "must also run on-prem" is a portability need.

/** An on-premises mention starts with one of these words ("on-prem", "our data center"). */
export const PLACE_FIRST_WORDS = new Set(['on', 'onprem', 'onpremise', 'onpremises', 'own', 'our']);

/** In the same clause, these say the place is where it runs now or is leaving. */
export const CURRENT_PLACE_WORDS = new Set([
  'already',
  'today',
  'currently',
  'now',
  'existing',
  'runs',
  'running',
  'lives',
  'hosted',
  'sits',
  'lease',
  'leave',
  'leaving',
  'exit',
  'exiting',
  'closing',
  'closes',
  'decommission',
  'decommissioning',
  'migrate',
  'migrating',
  'migration',
  'move',
  'moving',
  'from',
]);

/** In the same clause, these keep it a requirement to run there as well ("must also run on-prem"). */
export const PLACE_REQUIREMENT_WORDS = new Set([
  'also',
  'must',
  'need',
  'needs',
  'should',
  'both',
  'too',
  'keep',
  'stay',
  'still',
  'later',
  'back',
  'hybrid',
  'either',
  'anywhere',
]);

/** A time of day right after one of these is not when the work is scheduled: "fast even at 3am",
 * "busy until 2am", "quiet after 6pm". */
export const NOT_SCHEDULE_BEFORE = new Set(['even', 'until', 'till', 'after', 'before', 'since', 'past']);
