// Tables looked up by the words people type (units, numbers, synonyms, measures, commands). A plain
// object literal also answers for the names it inherits ("constructor", "toString", "__proto__"), so
// "runs for a constructor hours" read as a duration; these tables have no prototype and cannot be
// changed.

export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
