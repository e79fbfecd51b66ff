/** Shared by the platform files (`csv-file.ts` for weapp, `csv-file.h5.ts` for the browser). */

/** Larger than any 500-row roster (and within the import route's 256 KB body once sent as JSON). */
export const MAX_CSV_BYTES = 200 * 1024

export type PickedCsv = { kind: 'picked'; name: string; text: string } | { kind: 'cancelled' } | { kind: 'too-large' }
