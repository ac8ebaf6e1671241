// Lookups of user-supplied keys (CSV headers, column mappings, role names, month names, XML
// entities, file extensions): only a table's own entries count. On a plain object "constructor",
// "toString" or "__proto__" would find Object.prototype's members instead.

/** The table's own entry for `key`, or undefined: never an inherited member. */
export function ownValue<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** An empty map-like object with no prototype, for user-supplied keys (assigning "__proto__" stays a key). */
export function dictionary<V>(entries: Iterable<readonly [string, V]> = []): Record<string, V> {
  const result = Object.create(null) as Record<string, V>;
  for (const [key, value] of entries) result[key] = value;
  return result;
}
