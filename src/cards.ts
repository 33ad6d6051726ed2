// Card builders for the interview: platform-neutral, plain text (renderers escape it). The first
// element's id names the card (docs/contract.md §6/§7): `recommendation:<primary>`, `question:<id>`, ….
import { optionLabel, questionById, UNSURE_OPTION } from '../knowledge/questions.js';
import type { Card, CardElement, Choice } from './card.js';
import { buttonTitle } from './card-layout.js';
import { type QuestionId, UNSURE } from './domain.js';

/** Short topic names for one-line summaries ("I read: run time …", assumptions). */
export const TOPIC: Record<QuestionId, string> = {
  runtime: 'run time',
  traffic: 'load',
  isolation: 'isolation',
  os_control: 'OS control',
  compute: 'compute',
  state: 'state',
  ops: 'ops capacity',
  latency: 'cold starts',
  portability: 'portability',
  // Not 'today': a button reading 'Change today' says nothing.
  starting_point: 'starting point',
};

export const choice = (label: string, value: Choice['value'], style?: Choice['style']): Choice =>
  style ? { label, value, style } : { label, value };

export { comparisonCard, detailsCard, recommendationCard } from './cards-result.js';

const HINT =
  'Answer with a button, or type a number or an option name. Type back, restart, compare or help at any time.';

const FINISH_HINT =
  'Not sure of many of these? Type recommend now and I will recommend from what you have told me, listing what I assumed.';

export function welcomeCard(options: { again?: boolean } = {}): Card {
  const intro =
    'I help you choose between EC2 virtual machines, containers (ECS / EKS on Fargate or EC2) and AWS Lambda for a workload. ' +
    'I ask only the questions that can still change the answer, then recommend one kind with the reasons, what rules the others out, and AWS sources.';
  const tip = 'Tip: describe your workload in a sentence and I will skip what it already tells me.';
  // Starting over, the user already knows what the bot does: one line, not the introduction again.
  if (options.again) {
    return {
      kind: 'welcome',
      fallbackText: 'Starting over.',
      elements: [
        { type: 'text', id: 'welcome', text: 'Starting over — all earlier answers are cleared.' },
        { type: 'context', text: tip },
      ],
    };
  }
  return {
    kind: 'welcome',
    fallbackText: `Virt Advisor: ${intro}`,
    elements: [
      { type: 'header', id: 'welcome', text: 'Virt Advisor' },
      { type: 'text', text: intro },
      { type: 'context', text: tip },
    ],
  };
}

export function helpCard(options: { interviewActive: boolean }): Card {
  // Shown in Slack, Teams and the terminal alike: every word here works on all three, and the one
  // platform-specific form (/virt) says where it applies.
  const lines = [
    'Describe your workload in a sentence (or say start) and I ask only what that does not already tell me.',
    'To answer, press a button or type the option\'s number or name ("2", "steady"); "not sure" lets me assume the usual case and say so.',
    'back — undo the last answer · change <topic> (or change <topic> to <answer>, e.g. change load to steady) — redo one answer · restart — begin again · compare — all three kinds side by side · recommend now — stop the questions and recommend from the answers so far · details — after the recommendation, its cost, scaling and ruled-out reasons.',
    'ask <question> — anything about EC2, containers or Lambda, e.g. ask how long can a Lambda function run?',
    'In a channel, mention me first (@Virt Advisor …). In Slack, /virt works too: /virt, /virt help, /virt ask <question>, /virt <description>.',
  ];
  const elements: CardElement[] = [
    { type: 'header', id: 'help', text: 'How to use Virt Advisor' },
    ...lines.map((text) => ({ type: 'text' as const, text })),
  ];
  if (!options.interviewActive) {
    elements.push({
      type: 'choices',
      id: 'help:actions',
      choices: [choice('Start', { action: 'start' }, 'primary')],
    });
  }
  return { kind: 'help', fallbackText: `How to use Virt Advisor. ${lines.join(' ')}`, elements };
}

export interface QuestionCardOptions {
  /** 1-based number of this question in the interview, and the estimated total. */
  number: number;
  about: number;
  canGoBack: boolean;
  /** A line shown above the question (a re-ask explaining what went wrong). */
  lead?: string;
  /** Mention "recommend now" (after several "not sure" answers). */
  offerFinish?: boolean;
}

export function questionCard(q: QuestionId, options: QuestionCardOptions): Card {
  const question = questionById(q);
  const answers: Choice[] = question.options.map((o) => choice(buttonTitle(o.label), { q, a: o.id }));
  answers.push(choice(UNSURE_OPTION.label, { q, a: UNSURE }));
  const nav: Choice[] = [
    ...(options.canGoBack ? [choice('Back', { action: 'back' } as const)] : []),
    choice('Restart', { action: 'restart' }),
  ];
  const about = Math.max(options.about, options.number);
  const progress = `Question ${options.number} of about ${about}`;
  const listed = question.options.map((o) => `• ${o.label} — ${o.description}`).join('\n');
  const elements: CardElement[] = [{ type: 'header', id: `question:${q}`, text: question.prompt }];
  if (options.lead) elements.push({ type: 'text', text: options.lead, weight: 'bold' });
  elements.push(
    { type: 'text', text: listed },
    { type: 'text', text: question.help, muted: true },
    { type: 'choices', id: `answer:${q}`, choices: answers },
    { type: 'choices', id: `nav:${q}`, choices: nav },
    { type: 'context', text: `${progress} · ${options.offerFinish ? FINISH_HINT : HINT}` },
  );
  const fallback = `${options.lead ? `${options.lead} ` : ''}${progress}: ${question.prompt} ${listed}`;
  return { kind: 'question', fallbackText: fallback, elements };
}

/**
 * A question opened by the short cards said just before it (a welcome, what a description read, a
 * notice): one message, leads first, a divider, then the question. It is still a question card and
 * is named like one — its first element carries the question's id (`question:<id>`) — and `leads`
 * says how many elements precede the question, for renderers that number its buttons.
 */
export function withLeads(leads: Card[], question: Card): Card {
  const opening = leads.flatMap((c) => c.elements);
  const [head, ...rest] = question.elements;
  const first = opening[0];
  if (!head || !first || first.type === 'divider' || first.type === 'choices' || first.type === 'details')
    return question;
  const name = 'id' in head ? head.id : undefined;
  const { id: _unnamed, ...prompt } = head as CardElement & { id?: string };
  return {
    kind: question.kind,
    // Notifications and chat-list previews show the start of it: the question, then what led to it.
    fallbackText: [question.fallbackText, ...leads.map((c) => c.fallbackText)].join('\n'),
    elements: [
      { ...first, ...(name ? { id: name } : {}) },
      ...opening.slice(1),
      { type: 'divider' },
      prompt as CardElement,
      ...rest,
    ],
    leads: opening.length + 1,
  };
}

/** The compact card that replaces an answered question's buttons (so it cannot be clicked twice). */
export function answeredCard(q: QuestionId, a: string): Card {
  const text = `${questionById(q).prompt} — ${optionLabel(q, a)}`;
  return {
    kind: 'answered',
    fallbackText: text,
    elements: [{ type: 'text', id: `answered:${q}`, text: `✓ ${text}` }],
  };
}

/** One line saying what a workload description answered, with a Change button per answer. */
export function understoodCard(read: { q: QuestionId; a: string; evidence?: string }[]): Card {
  const parts = read.map(({ q, a, evidence }) => {
    const quoted = evidence ? ` ("${evidence.length > 60 ? `${evidence.slice(0, 57)}...` : evidence}")` : '';
    return `${TOPIC[q]} — ${optionLabel(q, a)}${quoted}`;
  });
  const line = `I read: ${parts.join('; ')} — correct me if not.`;
  return {
    kind: 'understood',
    fallbackText: line,
    elements: [
      { type: 'text', id: 'understood', text: line },
      {
        type: 'choices',
        id: 'understood:change',
        choices: read.map(({ q }) => choice(`Change ${TOPIC[q]}`, { action: 'change', q })),
      },
    ],
  };
}

/** What `ask()` returns (H3's src/ask.ts); only the fields a card shows. */
export interface AnswerLike {
  answer: string;
  topics: string[];
  sources: { title: string; url: string }[];
  matched: boolean;
  suggestions: string[];
}

export function answerCard(
  question: string,
  result: AnswerLike,
  options: { interviewActive?: boolean } = {},
): Card {
  const echoed = question.trim().replace(/\s+/g, ' ');
  const title = echoed.length > 140 ? `${echoed.slice(0, 137)}...` : echoed;
  const elements: CardElement[] = [
    {
      type: 'header',
      id: `answer:${result.matched ? (result.topics[0] ?? 'general') : 'unknown'}`,
      text: title || 'Your question',
    },
    { type: 'text', text: result.answer },
  ];
  // The "don't know" answer may already list the suggestions; do not say them twice.
  const unsaid = result.suggestions.filter((t) => !result.answer.includes(t));
  if (!result.matched && unsaid.length > 0) {
    elements.push({
      type: 'text',
      text: `Related topics you could ask about: ${unsaid.join('; ')}`,
    });
  }
  if (result.sources.length > 0)
    elements.push({ type: 'links', id: 'answer:sources', links: result.sources.slice(0, 5) });
  elements.push({
    type: 'context',
    // Mid-interview, "start" would throw the answers away: the question card follows anyway.
    text: options.interviewActive
      ? 'Ask another question any time; the interview carries on below.'
      : 'Ask another question any time, or type start (or describe your workload) for a recommendation.',
  });
  return { kind: 'answer', fallbackText: result.answer, elements };
}

/** A notice with a Start button: an old button or answer arrived after the interview expired. */
export function expiredCard(): Card {
  const text = 'This interview has expired — start again and I will ask only what I need.';
  return {
    kind: 'notice',
    fallbackText: text,
    elements: [
      { type: 'text', id: 'notice:expired', text },
      {
        type: 'choices',
        id: 'notice:start',
        choices: [choice('Start again', { action: 'start' }, 'primary')],
      },
    ],
  };
}
