// Lookups in plain-object tables by a key that comes from input. `table[key]` also finds what every object
// inherits: "&constructor;" in a page or a name folding to "constructor" would read Object's constructor, a function,
// where a string was expected. Only the table's own entries answer here.

/** The table's own entry for `key`, if it has one. */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
