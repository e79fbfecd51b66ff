/** A SET clause's `#a = :a, #b = :b` writing each field as given, with the attribute names and values it uses. */
export function assignments(fields: Record<string, unknown>): {
  expression: string
  names: Record<string, string>
  values: Record<string, unknown>
} {
  const keys = Object.keys(fields)
  return {
    expression: keys.map((key) => `#${key} = :${key}`).join(', '),
    names: Object.fromEntries(keys.map((key) => [`#${key}`, key])),
    values: Object.fromEntries(keys.map((key) => [`:${key}`, fields[key]])),
  }
}
