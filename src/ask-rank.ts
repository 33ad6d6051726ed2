// Re-ranking of retrieval hits with two generic preferences: "what is X?" prefers an entry that
// defines X, and a question that names a service (Lambda, Fargate, EC2, …) prefers answers about
// that service over answers about another ("scratch space on Fargate" is not Lambda's /tmp), and over
// an entry whose topic names a service it did not ask about ("tasks on EC2" is not "Fargate isolation").
import { SERVICE_GROUPS } from '../knowledge/vocabulary.js';
import { DEFINITION_OPENERS, NAMED_SERVICES } from '../knowledge/vocabulary-questions.js';
import type { Hit } from './retrieval.js';
import { editDistance } from './text-fuzzy.js';
import { words } from './text-tokens.js';

export interface DocAbout {
  /** The words that say what the document is about (title, sample questions, keywords, kind). */
  text: string;
  definition: boolean;
  /** The document's title, when it has one: the service it names is the one it is about. */
  topic?: string;
}

const DEFINITION_BOOST = 1.3;
/** Applied once per named service that a document is not about. */
const OTHER_SERVICE_FACTOR = 0.6;
/** Applied once when a document's topic names only services the question does not name. */
const OTHER_TOPIC_FACTOR = 0.6;
const NAMED = new Set(NAMED_SERVICES);

function isDefinitionQuestion(question: string): boolean {
  const q = words(question.slice(0, 60)).join(' ');
  return DEFINITION_OPENERS.some((o) => q.startsWith(o));
}

/** The service groups a text names, allowing one typo in longer names ("lamda", "fargte"). */
function namedGroups(ws: readonly string[], fuzzy: boolean): Set<string> {
  const named = new Set<string>();
  for (const [group, names] of Object.entries(SERVICE_GROUPS)) {
    const hit = ws.some((w) =>
      names.some((n) => n === w || (fuzzy && n.length >= 5 && editDistance(w, n, 1) <= 1)),
    );
    if (hit) named.add(group);
  }
  return named;
}

export function rerank(question: string, hits: Hit[], about: (id: string) => DocAbout | undefined): Hit[] {
  if (typeof question !== 'string' || hits.length === 0) return hits;
  const definition = isDefinitionQuestion(question);
  const questionWords = words(question.slice(0, 2_000)).slice(0, 40);
  const asked = namedGroups(questionWords, true);
  if (!definition && asked.size === 0) return hits;
  const askedNames = new Set(questionWords.filter((w) => NAMED.has(w)));
  return hits
    .map((h) => {
      const doc = about(h.id);
      if (!doc) return h;
      let score = h.score;
      if (definition && doc.definition) score *= DEFINITION_BOOST;
      const covers = namedGroups(words(doc.text), false);
      for (const g of asked) if (!covers.has(g)) score *= OTHER_SERVICE_FACTOR;
      // The question names services and the topic names others only: it answers about another service.
      const topicNames = doc.topic ? words(doc.topic).filter((w) => NAMED.has(w)) : [];
      if (askedNames.size > 0 && topicNames.length > 0 && !topicNames.some((w) => askedNames.has(w)))
        score *= OTHER_TOPIC_FACTOR;
      return score === h.score ? h : { ...h, score };
    })
    .sort((a, b) => b.score - a.score);
}
