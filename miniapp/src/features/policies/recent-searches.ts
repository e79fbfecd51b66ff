export const MAX_RECENT_SEARCHES = 8

/** Newest first, no repeats, at most eight; blank searches are not remembered. */
export function rememberSearch(recent: readonly string[], query: string): string[] {
  const q = query.trim()
  if (!q) return [...recent]
  return [q, ...recent.filter((item) => item !== q)].slice(0, MAX_RECENT_SEARCHES)
}
