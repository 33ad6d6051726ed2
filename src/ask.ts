// Answers a free-form question about the three kinds from the knowledge module: the best Q&A entry
// (or, failing one, the best documented fact), with its sources. When nothing matches well it says
// so plainly and suggests related topics instead of guessing.
import { FACTS, type Fact, factSources } from '../knowledge/facts.js';
import { QA, type QaEntry } from '../knowledge/qa.js';
import { SOURCES } from '../knowledge/sources.js';
import { withParts } from './ask-parts.js';
import { type DocAbout, rerank } from './ask-rank.js';
import type { Source } from './domain.js';
import { buildIndex, type Hit, search } from './retrieval.js';

export interface AskResult {
  answer: string;
  topics: string[];
  sources: Source[];
  matched: boolean;
  suggestions: string[];
}

const FACT_PREFIX = 'fact:';
/** Below these a hit is a guess, not an answer (calibrated on tests/unit/ask tables). */
const MIN_SCORE = 2.5;
const MIN_COVERAGE = 0.6;
/** Longer questions carry filler words, so half of them matching is enough. */
const MIN_COVERAGE_LONG = 0.5;
const LONG_QUESTION_WORDS = 4;
const MAX_QUESTION_CHARS = 2_000;
const DEFAULT_SUGGESTIONS = [
  'Lambda maximum run time',
  'Fargate task size',
  'Comparing VMs, containers and serverless',
  'Least maintenance',
];

/**
 * An answerer over the given entries and facts. `ask` is the one over the knowledge module; tests build
 * others (e.g. with an extra sample phrasing) to check that ranking does not hinge on one phrasing.
 */
export function createAsker(
  entries: readonly QaEntry[],
  facts: readonly Fact[] = FACTS,
): (question: string) => AskResult {
  const QA_BY_ID = new Map<string, QaEntry>(entries.map((e) => [e.id, e]));
  const FACT_BY_ID = new Map<string, Fact>(facts.map((f) => [`${FACT_PREFIX}${f.id}`, f]));

  const INDEX = buildIndex([
    ...entries.map((e) => ({
      id: e.id,
      fields: [
        { text: e.questions.join(' . '), weight: 2, head: true },
        { text: e.keywords.join(' '), weight: 2, head: true },
        { text: e.topic, weight: 2, head: true },
        { text: e.answer, weight: 1 },
      ],
    })),
    ...facts.map((f) => ({ id: `${FACT_PREFIX}${f.id}`, fields: [{ text: f.text, weight: 1, head: true }] })),
  ]);

  /** What a hit is about, for re-ranking: its defining words and whether it defines something. */
  function describeDoc(id: string): DocAbout | undefined {
    const qa = QA_BY_ID.get(id);
    if (qa)
      return {
        text: [qa.topic, ...qa.questions, ...qa.keywords].join(' '),
        definition: qa.definition === true,
        topic: qa.topic,
      };
    const fact = FACT_BY_ID.get(id);
    return fact ? { text: `${fact.kind ?? ''} ${fact.text}`, definition: false } : undefined;
  }

  function qaSources(entry: QaEntry): Source[] {
    return entry.sources.flatMap((key) => {
      const s = SOURCES.find((src) => src.key === key);
      return s ? [{ title: s.title, url: s.url }] : [];
    });
  }

  function topicOf(hit: Hit): string | undefined {
    const qa = QA_BY_ID.get(hit.id);
    if (qa) return qa.topic;
    const fact = FACT_BY_ID.get(hit.id);
    return fact ? `${fact.kind ? `${fact.kind} ` : ''}${fact.topic}` : undefined;
  }

  function suggestionsFrom(hits: readonly Hit[], skip: string | undefined): string[] {
    const out: string[] = [];
    for (const h of hits) {
      const qa = QA_BY_ID.get(h.id);
      if (qa && qa.topic !== skip && !out.includes(qa.topic)) out.push(qa.topic);
    }
    for (const d of DEFAULT_SUGGESTIONS) if (out.length < 3 && d !== skip && !out.includes(d)) out.push(d);
    return out.slice(0, 3);
  }

  /** Part of the question matched something: offer the nearest topics instead of a blank refusal. */
  const CLARIFY_COVERAGE = 0.5;

  function unknown(hits: readonly Hit[]): AskResult {
    const related = hits.filter((h) => h.coverage >= CLARIFY_COVERAGE && QA_BY_ID.has(h.id));
    const suggestions = suggestionsFrom(related.length > 0 ? related : hits, undefined);
    const answer =
      related.length > 0
        ? `I don't know that one exactly. Did you mean one of these: ${suggestions.join('; ')}? Ask again in other words, or describe your workload and I will recommend a kind.`
        : `I don't know that one. I can answer questions about EC2 virtual machines, containers (ECS, EKS, Fargate) and Lambda, for example: ${suggestions.join('; ')}.`;
    return {
      answer,
      topics: [],
      sources: [],
      matched: false,
      suggestions,
    };
  }

  /** The best-scoring entries and facts for a question (for `ask`, and to inspect its choices). */
  function searchKnowledge(question: string, limit = 6): Hit[] {
    try {
      const text = typeof question === 'string' ? question.slice(0, MAX_QUESTION_CHARS) : '';
      return search(INDEX, text, limit);
    } catch {
      return [];
    }
  }

  /** Answer a question. Never throws: odd input gives the plain "I don't know" answer. */
  return function ask(question: string): AskResult {
    const hits = rerank(question, searchKnowledge(question), describeDoc);
    const top = hits[0];
    const minCoverage = (top?.contentWords ?? 0) >= LONG_QUESTION_WORDS ? MIN_COVERAGE_LONG : MIN_COVERAGE;
    if (!top || top.score < MIN_SCORE || top.coverage < minCoverage) return unknown(hits);
    // The best entry shares none of the question's subject: answering would answer another question.
    if (top.missesKey) return unknown(hits);
    const qa = QA_BY_ID.get(top.id);
    if (qa) {
      return {
        answer: qa.answer,
        topics: [qa.topic],
        sources: qaSources(qa),
        matched: true,
        suggestions: suggestionsFrom(hits.slice(1), qa.topic),
      };
    }
    const fact = FACT_BY_ID.get(top.id);
    if (!fact) return unknown(hits);
    // A fact is one sentence; add the next fact on the same question when it scores close.
    const second = hits[1] && FACT_BY_ID.get(hits[1].id);
    const pair = second && (hits[1] as Hit).score > top.score * 0.8 ? [fact, second] : [fact];
    return {
      answer: pair.map((f) => f.text).join(' '),
      topics: [topicOf(top) ?? fact.topic],
      sources: factSources(pair.map((f) => f.id)),
      matched: true,
      suggestions: suggestionsFrom(hits.slice(1), undefined),
    };
  };
}

let asker: ((question: string) => AskResult) | undefined;

/**
 * Answer a question from the knowledge module. Never throws. The retrieval index is built on the
 * first question, not at start-up: most turns are interview answers that never ask.
 */
export function ask(question: string): AskResult {
  asker ??= withParts(createAsker(QA));
  return asker(question);
}
