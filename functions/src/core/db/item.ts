/** The attributes only the table needs: keys, index keys and the entity tag. */
const TABLE_ATTRIBUTES = /^(pk|sk|gsi\d+pk|gsi\d+sk|entity)$/

/** A stored item as the record it holds: every key, index key and the entity tag left behind. */
export function recordOf<T>(item: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(item).filter(([name]) => !TABLE_ATTRIBUTES.test(name))) as T
}
