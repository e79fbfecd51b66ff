import { createHash } from 'node:crypto'
import { SYNONYM_GROUPS } from './synonyms'
import type { SearchIndexOptions } from './search-index'

/**
 * A number that changes whenever what a snapshot holds would: the engine's format, the fields with their
 * analyzers and boosts, the synonym groups, and the documents' own version. A deploy that changes any of them
 * makes the stored snapshot "of another format", so the first cold start builds from the table and saves anew.
 */
export function snapshotFormat(engineFormat: number, options: SearchIndexOptions<never>, documentVersion: number): number {
  const fields = Object.entries(options.fields).map(([name, f]) => [name, f.analyzer ?? 'text', f.boost ?? 1])
  const fingerprint = JSON.stringify({ engineFormat, fields, synonyms: SYNONYM_GROUPS, documentVersion })
  return parseInt(createHash('sha256').update(fingerprint).digest('hex').slice(0, 8), 16)
}
