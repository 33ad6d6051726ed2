// Which question to ask next. Generic over the engine: it only needs "the outcome for this partial
// profile" — the recommended platform, in the interview — with unanswered questions taking the engine's
// defaults. Two rules (PlanOptions.choose). The decisive rule: a question is worth asking only if some
// answer to it — alone, or together with one or two other open questions — gives a different outcome
// than the one we would recommend now; the question whose answers split the outcome most goes first.
// The entropy rule (the interview's): a question is worth asking if one answer to it changes the
// outcome, or, once none does, while any way of answering the open questions still ends elsewhere
// (so it never stops on a guess); the question that leaves the least entropy over those outcomes goes
// first, so the interview settles in as few questions as it can.
import { type Profile, QUESTION_IDS, QUESTION_OPTIONS, type QuestionId, UNSURE } from './domain.js';
import { entropy, type PrimaryOf, settled, tallyCompletions } from './planner-completions.js';

export type { IndexedOutcomes, PrimaryOf } from './planner-completions.js';

const same = (outcome: string): string => outcome;

export interface PlanOptions {
  /**
   * The coarser outcome that joint effects must change to count (default: the outcome itself). With
   * the platform as outcome and its kind as `major`, one answer that changes the platform makes a
   * question worth asking, but answers only matter together when they change the kind.
   */
  major?: (outcome: string) => string;
  /** How many open questions may change together when testing relevance: 1 or 2 (default 2). */
  depth?: 1 | 2;
  /**
   * Pick the next question by looking one answer ahead: the one whose answers leave, on average,
   * the fewest questions still able to change the primary (default true). Without it, the question
   * whose answers flip the primary most often goes first — cheaper, but measured to ask about one
   * more question per interview.
   */
  lookahead?: boolean;
  /** Relevance depth used when counting what is left after each answer in the look-ahead (default 2). */
  lookaheadDepth?: 1 | 2;
  /** How many of the most decisive questions the look-ahead compares (default all ten). */
  lookaheadWidth?: number;
  /**
   * Before stopping, also try every three open answers together (default true): rare, but a
   * profile can differ from the defaults in three places that only matter jointly. Cheap, because
   * it runs once, when nothing smaller can change the primary.
   */
  finalCheck?: boolean;
  /**
   * 'entropy': ask, among the questions whose answer alone changes the outcome, the one that leaves
   * the least uncertainty (Shannon entropy) over the outcomes of every way the open questions can
   * still be answered; when no single answer changes it, keep asking (the most informative question)
   * until every such way gives the same outcome, so the interview never stops on a guess. Depth,
   * look-ahead and final check do not apply. Default 'decisive': the
   * single and joint tests above, most decisive question first.
   */
  choose?: 'decisive' | 'entropy';
  /**
   * With 'entropy': how many of the ways the open questions can be answered are read to order the
   * questions, spread evenly over all of them (default 1,024; fewer make a turn cheaper and the
   * order rougher). Whether the interview may stop is always decided on all of them.
   */
  sample?: number;
}

export interface Plan {
  /** The outcome if the interview stopped now. */
  primary: string;
  /** Open questions whose answer can still change the primary (best first). */
  relevant: QuestionId[];
  /** The question to ask next, or undefined when nothing can change the primary. */
  next: QuestionId | undefined;
}

type Assignment = Partial<Record<QuestionId, string>>;

/** Memoizes the engine per profile: planning calls it hundreds of times on overlapping profiles. */
export function memoPrimary(primaryOf: PrimaryOf): PrimaryOf {
  const cache = new Map<string, string>();
  return (profile) => {
    const key = QUESTION_IDS.map((q) => profile[q] ?? '').join('|');
    let kind = cache.get(key);
    if (kind === undefined) {
      kind = primaryOf(profile);
      if (cache.size > 50_000) cache.clear();
      cache.set(key, kind);
    }
    return kind;
  };
}

function withAnswers(answers: Profile, extra: Assignment): Profile {
  return { ...answers, ...extra } as Profile;
}

/** Open = not answered at all (an `unsure` answer counts as answered: the user already told us). */
export function openQuestions(answers: Profile): QuestionId[] {
  return QUESTION_IDS.filter((q) => answers[q] === undefined);
}

/** The primary now and the open questions that can still change it, most decisive first. */
function relevance(
  answers: Profile,
  primaryOf: PrimaryOf,
  options: PlanOptions = {},
  /** Only which questions are relevant matters (the look-ahead counts them): skip needless pairs. */
  membershipOnly = false,
): Omit<Plan, 'next'> {
  const depth = options.depth ?? 2;
  const major = options.major ?? same;
  const primary = primaryOf(answers);
  const open = openQuestions(answers);
  // flips[q]: how many of q's options change the primary on their own.
  const flips = new Map<QuestionId, number>();
  const changes = new Map<string, boolean>();
  for (const q of open) {
    let count = 0;
    for (const a of QUESTION_OPTIONS[q]) {
      const changed = primaryOf(withAnswers(answers, { [q]: a })) !== primary;
      changes.set(`${q}=${a}`, changed);
      if (changed) count++;
    }
    flips.set(q, count);
  }
  // pairs[q]: answer combinations that change the primary only together with another open question.
  // Without this the interview could stop early for a workload whose profile differs from the
  // defaults in two places that matter only jointly.
  const pairs = new Map<QuestionId, number>();
  if (depth >= 2) {
    for (let i = 0; i < open.length; i++) {
      for (let j = i + 1; j < open.length; j++) {
        const q = open[i] as QuestionId;
        const r = open[j] as QuestionId;
        const known = (x: QuestionId) => (flips.get(x) ?? 0) > 0 || pairs.has(x);
        if (membershipOnly && known(q) && known(r)) continue;
        pairLoop: for (const a of QUESTION_OPTIONS[q]) {
          if (changes.get(`${q}=${a}`)) continue;
          for (const b of QUESTION_OPTIONS[r]) {
            if (changes.get(`${r}=${b}`)) continue;
            if (major(primaryOf(withAnswers(answers, { [q]: a, [r]: b }))) !== major(primary)) {
              pairs.set(q, (pairs.get(q) ?? 0) + 1);
              pairs.set(r, (pairs.get(r) ?? 0) + 1);
              if (membershipOnly) break pairLoop;
            }
          }
        }
      }
    }
  }
  const score = (q: QuestionId): number => {
    const optionCount = QUESTION_OPTIONS[q].length;
    // A question that flips the outcome on its own outranks any joint effect; among those, the
    // larger the share of answers that flip it, the more likely one answer settles things.
    return ((flips.get(q) ?? 0) / optionCount) * 1000 + (pairs.get(q) ?? 0) / optionCount;
  };
  const relevant = open
    .filter((q) => (flips.get(q) ?? 0) > 0 || (pairs.get(q) ?? 0) > 0)
    // Stable sort keeps contract order among equal scores, so the interview reads naturally.
    .sort((x, y) => score(y) - score(x));
  return { primary, relevant };
}

/** Open questions that change the primary only when three of them are answered together. */
function tripleInteractions(
  answers: Profile,
  primary: string,
  primaryOf: PrimaryOf,
  major: (outcome: string) => string,
): QuestionId[] {
  const open = openQuestions(answers);
  const credit = new Map<QuestionId, number>();
  for (let i = 0; i < open.length; i++) {
    for (let j = i + 1; j < open.length; j++) {
      for (let k = j + 1; k < open.length; k++) {
        const [q, r, t] = [open[i], open[j], open[k]] as [QuestionId, QuestionId, QuestionId];
        for (const a of QUESTION_OPTIONS[q])
          for (const b of QUESTION_OPTIONS[r])
            for (const c of QUESTION_OPTIONS[t]) {
              if (major(primaryOf(withAnswers(answers, { [q]: a, [r]: b, [t]: c }))) === major(primary))
                continue;
              for (const x of [q, r, t]) credit.set(x, (credit.get(x) ?? 0) + 1);
            }
      }
    }
  }
  return open.filter((q) => credit.has(q)).sort((x, y) => (credit.get(y) ?? 0) - (credit.get(x) ?? 0));
}

/** How many completions the entropy plan reads to order the questions (PlanOptions.sample). */
const ENTROPY_SAMPLE = 1_024;
/** The progress hint simulates whole interviews: it orders them from fewer completions. */
const HINT_SAMPLE = 256;

/**
 * The entropy plan (PlanOptions.choose): the questions whose answer alone changes the outcome, the
 * one that best predicts the final outcome first; when there are none, the questions that change it
 * together with others, as long as some completion still ends elsewhere.
 */
function entropyPlan(answers: Profile, primaryOf: PrimaryOf, sample: number): Plan {
  const { primary, relevant: alone } = relevance(answers, primaryOf, { depth: 1 });
  if (alone.length === 1) return { primary, relevant: alone, next: alone[0] };
  const open = openQuestions(answers);
  // Settled only when every completion agrees with what we would recommend now: always read whole.
  if (alone.length === 0 && settled(answers, primaryOf, open, primary))
    return { primary, relevant: [], next: undefined };
  // Among joint effects, a sample could miss the few completions that end elsewhere: read them all.
  const { overall, after } = tallyCompletions(
    answers,
    primaryOf,
    open,
    alone.length === 0 ? Number.POSITIVE_INFINITY : sample,
  );
  let candidates = alone;
  if (alone.length === 0) {
    const now = entropy(overall);
    candidates = open.filter((q) => after(q) < now - 1e-9);
    // No one answer tells anything, yet answers together still matter: every open question does.
    if (candidates.length === 0) candidates = open;
  }
  const left = new Map(candidates.map((q) => [q, after(q)]));
  // Stable sort: among equal entropies the more decisive (or earlier) question goes first.
  const relevant = [...candidates].sort((x, y) => (left.get(x) ?? 0) - (left.get(y) ?? 0));
  return { primary, relevant, next: relevant[0] };
}

export function plan(answers: Profile, primaryOf: PrimaryOf, options: PlanOptions = {}): Plan {
  if (options.choose === 'entropy') return entropyPlan(answers, primaryOf, options.sample ?? ENTROPY_SAMPLE);
  const { primary, relevant } = relevance(answers, primaryOf, options);
  if (relevant.length === 0 && options.finalCheck !== false && (options.depth ?? 2) >= 2) {
    // Nothing alone or in pairs can change the primary, so any flip found here is a true
    // three-way interaction and each of its questions can change the result.
    const joint = tripleInteractions(answers, primary, primaryOf, options.major ?? same);
    return { primary, relevant: joint, next: joint[0] };
  }
  if (options.lookahead === false || relevant.length <= 1) return { primary, relevant, next: relevant[0] };
  let next = relevant[0];
  let best = Number.POSITIVE_INFINITY;
  // Only the most decisive few are worth the look-ahead: it costs a relevance pass per answer.
  for (const q of relevant.slice(0, options.lookaheadWidth ?? 10)) {
    const answersOf = QUESTION_OPTIONS[q];
    let left = 0;
    for (const a of answersOf)
      left += relevance(
        withAnswers(answers, { [q]: a }),
        primaryOf,
        { depth: options.lookaheadDepth ?? 2, ...(options.major ? { major: options.major } : {}) },
        true,
      ).relevant.length;
    const mean = left / answersOf.length;
    // Strictly better only: ties keep the more decisive question (relevant is sorted that way).
    if (mean < best) {
      best = mean;
      next = q;
    }
  }
  return { primary, relevant, next };
}

/**
 * How many more questions the interview will probably ask, counting the next one: simulate answering
 * each with the engine's default (the likeliest case). Used only for the "question 3 of about 5" hint.
 */
function estimateRemaining(
  answers: Profile,
  primaryOf: PrimaryOf,
  defaults: Readonly<Record<QuestionId, string>>,
  // A hint need not be exact: skip the look-ahead and the final check, which cost the most.
  options: PlanOptions = { lookahead: false, finalCheck: false },
): number {
  let current: Profile = answers;
  let count = 0;
  for (let guard = 0; guard < QUESTION_IDS.length; guard++) {
    const { next } = plan(current, primaryOf, options);
    if (next === undefined) break;
    count++;
    current = withAnswers(current, { [next]: defaults[next] });
  }
  return count;
}

/**
 * The expected number of questions left when `q` is about to be asked, counting `q`: one, plus the
 * mean over its possible answers (and `unsure`) of what `estimateRemaining` then expects. Averaging
 * over the answers keeps the hint from jumping ("3 of about 7" then "4 of about 10") when the
 * likeliest answer and the real one lead different ways.
 */
export function expectedRemaining(
  answers: Profile,
  q: QuestionId,
  primaryOf: PrimaryOf,
  defaults: Readonly<Record<QuestionId, string>>,
  /** The interview's own options, so the hint orders and counts questions as the interview will. */
  interview: PlanOptions = {},
): number {
  const outcomes = [...QUESTION_OPTIONS[q], UNSURE];
  // The entropy plan is simulated as the interview runs it: its order differs from the decisive
  // rule's, and the single-answer shortcut below misjudged it (the hint jumped up by 3 on the public
  // scenarios, against at most 2 this way). For the decisive rule, single answers only: cheaper, and
  // measured closer to the real length than its joint effects.
  const options: PlanOptions =
    interview.choose === 'entropy'
      ? { ...interview, sample: Math.min(interview.sample ?? ENTROPY_SAMPLE, HINT_SAMPLE) }
      : { ...interview, lookahead: false, finalCheck: false, depth: 1 };
  let sum = 0;
  for (const a of outcomes)
    sum += estimateRemaining(withAnswers(answers, { [q]: a }), primaryOf, defaults, options);
  // Rounds down below .7: a hint that ends a question early reads better than one that overshoots.
  return 1 + Math.floor(sum / outcomes.length + 0.3);
}
