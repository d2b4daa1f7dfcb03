/**
 * A word → word table without a prototype, so that looking up any word of a text — "constructor", "toString",
 * "__proto__" — finds only the table's own entries (a plain object literal would answer with Object's methods).
 */
export function dictionary(entries: Record<string, string>): Readonly<Record<string, string>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, string>, entries));
}
