// A deliberately light English stemmer for retrieval: it only has to make "isolated", "isolation"
// and "isolate" (or "billing"/"billed") meet, consistently on both the query and the documents.
// Suffix checks use endsWith/slice, never a regex over user text.

const MIN_STEM = 3;

function cut(word: string, suffix: string, replacement = ''): string | undefined {
  if (!word.endsWith(suffix)) return undefined;
  const stem = word.slice(0, word.length - suffix.length);
  return stem.length >= MIN_STEM ? stem + replacement : undefined;
}

export function stem(input: string): string {
  let w = input.length > 40 ? input.slice(0, 40) : input;
  if (w.length <= 3 || /[0-9]/.test(w)) return w;
  // British spellings meet American ones.
  w = cut(w, 'isation', 'ization') ?? cut(w, 'ised', 'ized') ?? cut(w, 'ising', 'izing') ?? w;
  if (w.startsWith('licenc')) w = `licens${w.slice(6)}`;
  w = cut(w, 'ization', 'ize') ?? cut(w, 'izing', 'ize') ?? cut(w, 'ized', 'ize') ?? w;
  w = cut(w, 'ation', 'ate') ?? cut(w, 'ating', 'ate') ?? cut(w, 'ated', 'ate') ?? w;
  w = cut(w, 'tion', 't') ?? cut(w, 'tions', 't') ?? w;
  w = cut(w, 'ies', 'y') ?? cut(w, 'sses', 'ss') ?? w;
  if (
    w.endsWith('s') &&
    !w.endsWith('ss') &&
    (!w.endsWith('us') || w.endsWith('pus')) &&
    !w.endsWith('is') &&
    w.length > 3
  )
    w = w.slice(0, -1);
  if (w.length > 5) w = cut(w, 'ing') ?? cut(w, 'ed') ?? w;
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !'sl'.includes(w[w.length - 1] as string))
    w = w.slice(0, -1);
  return w;
}
