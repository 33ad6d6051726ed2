// Bounded edit distance (Levenshtein with adjacent transpositions) for typo-tolerant retrieval:
// "lamda" → "lambda", "fargte" → "fargate". Words are capped in length, so the cost is bounded.

const MAX_WORD = 32;

/** Three rows of the distance table, reused by every call: a question's typo correction compares a
 * word with hundreds of terms, and allocating rows for each comparison was most of its cost. */
const ROWS = [new Int32Array(MAX_WORD + 1), new Int32Array(MAX_WORD + 1), new Int32Array(MAX_WORD + 1)];

/** Edit distance between a and b, or max + 1 once it is certain to exceed max. */
export function editDistance(a: string, b: string, max: number): number {
  if (a.length > MAX_WORD || b.length > MAX_WORD) return max + 1;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // The row before the previous one (for transpositions), the previous one and the one being filled.
  let [before, prev, cur] = ROWS as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (ai === bj ? 0 : 1),
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        v = Math.min(v, (before[j - 2] as number) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const reused = before;
    before = prev;
    prev = cur;
    cur = reused;
  }
  return prev[b.length] as number;
}

/** How many typos a word of this length may carry and still count as the same word. */
export function typoAllowance(word: string): number {
  if (word.length >= 8) return 2;
  if (word.length >= 4) return 1;
  return 0;
}
