// Tables looked up by the words people type (units, numbers, synonyms, measures, commands). A plain
// object literal also answers for the names it inherits ("constructor", "toString", "__proto__"), so
// "runs for a constructor hours" once read as a duration. A Map answers only for its own keys, and it
// is also the fastest lookup V8 has for a word that is not there: the readers ask these tables about
// every token of a message, a frozen object without a prototype took three times as long.

export function wordTable<T>(entries: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(entries));
}
