import type { RosterFormat } from './companies-api'

/** Shared by the platform files (`roster-file.ts` for weapp, `roster-file.h5.ts` for the browser, same for csv-file). */
export interface RosterFileRequest {
  url: string
  authorization?: string
  fileName: string
  format: RosterFormat
}

/** What happened to the file, for the page to say in words. */
export type RosterFileResult = 'downloaded' | 'opened' | 'shared'

/** Larger than any 500-row roster (and within the import route's 256 KB body once sent as JSON). */
export const MAX_CSV_BYTES = 200 * 1024

export type PickedCsv = { kind: 'picked'; name: string; text: string } | { kind: 'cancelled' } | { kind: 'too-large' }
