// Re-ranking of retrieval hits with two generic preferences: "what is X?" prefers an entry that
// defines X, and a question that names a service (Lambda, Fargate, EC2, …) prefers answers about
// that service over answers about another ("scratch space on Fargate" is not Lambda's /tmp).
import { SERVICE_GROUPS } from '../knowledge/vocabulary.js';
import { DEFINITION_OPENERS } from '../knowledge/vocabulary-questions.js';
import type { Hit } from './retrieval.js';
import { editDistance } from './text-fuzzy.js';
import { words } from './text-tokens.js';

export interface DocAbout {
  /** The words that say what the document is about (title, sample questions, keywords, kind). */
  text: string;
  definition: boolean;
}

const DEFINITION_BOOST = 1.3;
/** Applied once per named service that a document is not about. */
const OTHER_SERVICE_FACTOR = 0.6;

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
  const asked = namedGroups(words(question.slice(0, 2_000)).slice(0, 40), true);
  if (!definition && asked.size === 0) return hits;
  return hits
    .map((h) => {
      const doc = about(h.id);
      if (!doc) return h;
      let score = h.score;
      if (definition && doc.definition) score *= DEFINITION_BOOST;
      const covers = namedGroups(words(doc.text), false);
      for (const g of asked) if (!covers.has(g)) score *= OTHER_SERVICE_FACTOR;
      return score === h.score ? h : { ...h, score };
    })
    .sort((a, b) => b.score - a.score);
}
