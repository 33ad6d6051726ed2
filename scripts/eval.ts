// `npm run eval`: how well the advisor does on the public sets (tests/fixtures/eval/, or an upstream
// shared/eval/ beside the clone) and on our own paraphrase tables. Prints a report; exits 0 (it measures,
// the tests enforce). `--json` prints the figures as JSON instead.
import { ask } from '../src/ask.js';
import { planFor } from '../src/conversation-flow.js';
import { type Details, type Profile, QUESTION_IDS, type QuestionId } from '../src/domain.js';
import { recommend } from '../src/engine.js';
import { extract, looksLikeQuestion } from '../src/extract.js';
import { PARAPHRASES, UNKNOWN_QUESTIONS } from '../tests/unit/ask/paraphrases.js';
import { adversarialInputs } from '../tests/unit/extract/adversarial.js';
import { DESCRIPTIONS } from '../tests/unit/extract/descriptions.js';
import { measureBlind } from './eval-blind.js';
import { measureHoldout } from './eval-holdout.js';
import { evalDir, loadQuestions, loadScenarios, meetsExpectation } from './eval-sets.js';

const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);

/**
 * Questions an interview still asks after `start`, answering each from `truth` ('unsure' if it has
 * none): the interview's own plan (src/conversation-flow.ts), which settles the platform.
 */
function interviewLength(start: Profile, truth: Profile, details?: Details): number {
  let answers: Profile = { ...start };
  let asked = 0;
  for (let guard = 0; guard < QUESTION_IDS.length; guard++) {
    const { next } = details ? planFor(answers, details) : planFor(answers);
    if (next === undefined) break;
    asked++;
    answers = { ...answers, [next]: truth[next] ?? 'unsure' };
  }
  return asked;
}

function main(): void {
  const json = process.argv.includes('--json');
  const scenarios = loadScenarios();
  const questions = loadQuestions();

  const fromProfile = scenarios.filter((s) => s.accept.includes(recommend(s.answers).primary)).length;
  const extracted = scenarios.map((s) => ({ s, x: extract(s.text) }));
  const textMisses = extracted.filter(({ s, x }) => !s.accept.includes(recommend(x.answers).primary));

  const fields = Object.fromEntries(QUESTION_IDS.map((q) => [q, { given: 0, answered: 0, correct: 0 }]));
  for (const { s, x } of extracted) {
    for (const q of QUESTION_IDS) {
      const truth = s.answers[q];
      if (truth === undefined) continue;
      const f = fields[q] as { given: number; answered: number; correct: number };
      f.given++;
      if (x.answers[q] !== undefined) f.answered++;
      if (x.answers[q] === truth) f.correct++;
    }
  }
  const totals = Object.values(fields).reduce(
    (t, f) => ({
      given: t.given + f.given,
      answered: t.answered + f.answered,
      correct: t.correct + f.correct,
    }),
    { given: 0, answered: 0, correct: 0 },
  );

  const qaResults = questions.map((q) => ({ q, r: ask(q.question) }));
  const qaOk = qaResults.filter(({ q, r }) => meetsExpectation(r.answer, q.expect));
  const paraOk = PARAPHRASES.filter((p) => meetsExpectation(ask(p.question).answer, p.expect)).length;
  const unknownOk = UNKNOWN_QUESTIONS.filter((u) => !ask(u).matched).length;
  const questionTexts = [...questions.map((q) => q.question), ...PARAPHRASES.map((p) => p.question)];
  const descriptionTexts = [...scenarios.map((s) => s.text), ...DESCRIPTIONS.map((d) => d.text)];
  const routing =
    questionTexts.filter((q) => looksLikeQuestion(q)).length +
    descriptionTexts.filter((d) => !looksLikeQuestion(d)).length;

  const descOk = DESCRIPTIONS.filter((d) =>
    d.accept.includes(recommend(extract(d.text).answers).primary),
  ).length;

  const afterText = scenarios.map((s) => {
    const x = extract(s.text);
    return interviewLength(x.answers, s.answers, x.details);
  });
  const fromScratch = scenarios.map((s) => interviewLength({}, s.answers));
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

  const t0 = performance.now();
  let worst = 0;
  for (const input of adversarialInputs()) {
    const t = performance.now();
    extract(input);
    looksLikeQuestion(input);
    ask(input);
    worst = Math.max(worst, performance.now() - t);
  }
  const adversarialMs = performance.now() - t0;
  const holdout = measureHoldout();
  const blind = measureBlind();

  const report = {
    evalDir: evalDir(),
    recommendFromProfile: { correct: fromProfile, total: scenarios.length },
    recommendFromText: {
      correct: scenarios.length - textMisses.length,
      total: scenarios.length,
      misses: textMisses.map(({ s }) => s.id),
    },
    extractionFields: { ...fields, all: totals },
    questions: {
      correct: qaOk.length,
      total: questions.length,
      misses: qaResults.filter((x) => !qaOk.includes(x)).map(({ q }) => q.id),
    },
    paraphrases: { correct: paraOk, total: PARAPHRASES.length },
    unknownRefused: { correct: unknownOk, total: UNKNOWN_QUESTIONS.length },
    questionVsDescription: { correct: routing, total: questionTexts.length + descriptionTexts.length },
    ownDescriptions: { correct: descOk, total: DESCRIPTIONS.length },
    interview: { meanAfterDescription: mean(afterText), meanFromScratch: mean(fromScratch) },
    heldOut: holdout,
    blind,
    adversarial: {
      inputs: adversarialInputs().length,
      totalMs: Math.round(adversarialMs),
      worstMs: Math.round(worst),
    },
  };
  if (json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  const line = (label: string, c: number, t: number, extra = ''): void =>
    console.log(
      `${label.padEnd(48)} ${String(c).padStart(3)}/${String(t).padEnd(3)} ${pct(c, t).padStart(6)}${extra}`,
    );
  console.log(`Virt Advisor evaluation (sets from ${report.evalDir})\n`);
  line('Recommendation from profile', fromProfile, scenarios.length);
  line(
    'Recommendation from text alone',
    report.recommendFromText.correct,
    scenarios.length,
    textMisses.length ? `  misses: ${report.recommendFromText.misses.join(', ')}` : '',
  );
  line('Recommendation from text, own descriptions', descOk, DESCRIPTIONS.length);
  console.log('\nExtraction per field (where the scenario gives it): answered / correct of given');
  for (const q of QUESTION_IDS as QuestionId[]) {
    const f = fields[q] as { given: number; answered: number; correct: number };
    const precision = f.answered ? ` (right when answered ${pct(f.correct, f.answered)})` : '';
    console.log(
      `  ${q.padEnd(16)} answered ${String(f.answered).padStart(2)}/${f.given}  correct ${String(f.correct).padStart(2)}/${f.given} ${pct(f.correct, f.given).padStart(6)}${precision}`,
    );
  }
  console.log(
    `  ${'all fields'.padEnd(16)} answered ${totals.answered}/${totals.given}  correct ${totals.correct}/${totals.given} ${pct(totals.correct, totals.given)} (right when answered ${pct(totals.correct, totals.answered)})\n`,
  );
  line(
    'Questions (questions.json, every group matched)',
    qaOk.length,
    questions.length,
    report.questions.misses.length ? `  misses: ${report.questions.misses.join(', ')}` : '',
  );
  line('Paraphrased / abbreviated / misspelt questions', paraOk, PARAPHRASES.length);
  line('Off-topic questions answered "I don\'t know"', unknownOk, UNKNOWN_QUESTIONS.length);
  line('Question vs description told apart (all sets)', routing, report.questionVsDescription.total);
  const h = holdout;
  console.log(
    '\nHeld-out sets (tests/fixtures/holdout/, written apart from the public sets and the vocabulary)',
  );
  line(
    'held-out: recommendation from text',
    h.primaries.correct,
    h.primaries.total,
    h.primaries.misses.length ? `  misses: ${h.primaries.misses.join(', ')}` : '',
  );
  line(
    'held-out: fields read (where the text is clear)',
    h.fields.correct,
    h.fields.given,
    `  (right when answered ${pct(h.fields.correct, h.fields.answered)})`,
  );
  line(
    'held-out: questions (every group matched)',
    h.questions.correct,
    h.questions.total,
    h.questions.misses.length ? `  misses: ${h.questions.misses.join(', ')}` : '',
  );
  line('held-out: question vs description told apart', h.routing.correct, h.routing.total);
  printBlind(blind, line);
  console.log(`\nInterview length (questions still asked, answering from the scenario profile):`);
  console.log(
    `  after the description: ${mean(afterText).toFixed(2)} on average (max ${Math.max(...afterText)})`,
  );
  console.log(`  from scratch:          ${mean(fromScratch).toFixed(2)} on average`);
  console.log(
    `\nAdversarial inputs (${report.adversarial.inputs} strings up to 100 KB through extract, looksLikeQuestion and ask): ${report.adversarial.totalMs} ms in all, worst ${report.adversarial.worstMs} ms`,
  );
}

type Line = (label: string, c: number, t: number, extra?: string) => void;

/** The blind set's figures only — never its misses: nobody tunes on what they cannot see. */
function printBlind(b: ReturnType<typeof measureBlind>, line: Line): void {
  console.log(
    '\nBlind set (tests/fixtures/blind/, written from public posts, frozen, never tuned on; misses not printed)',
  );
  line('blind: recommendation from text', b.primaries.correct, b.primaries.total);
  for (const [kind, t] of Object.entries(b.primaries.byKind))
    line(`  where the usual answer is ${kind}`, t.correct, t.total);
  if (b.platforms) line('blind: platform from text', b.platforms.correct, b.platforms.total);
  console.log('  fields: recall = correct / given, precision = correct / answered');
  for (const [q, f] of Object.entries(b.fields)) {
    console.log(
      `  ${q.padEnd(16)} given ${String(f.given).padStart(2)}  recall ${pct(f.correct, f.given).padStart(6)}  precision ${pct(f.correct, f.answered).padStart(6)}`,
    );
  }
  const d = b.details;
  console.log(
    `  ${'details'.padEnd(16)} given ${String(d.given).padStart(2)}  recall ${pct(d.correct, d.given).padStart(6)}  precision ${pct(d.correct, d.answered).padStart(6)}`,
  );
  line('blind: questions (every group matched)', b.questions.correct, b.questions.total);
  line('blind: off-topic questions refused', b.refused.correct, b.refused.total);
  line('blind: question vs description told apart', b.routing.correct, b.routing.total);
}

main();
