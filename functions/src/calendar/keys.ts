/**
 * Catalog table items of the holiday calendar (docs/data-model.md C11):
 *   pk = CALENDAR, sk = YEAR#<yyyy>   one loaded year; every loaded year is one Query of the partition.
 */
export const CALENDAR_PK = 'CALENDAR'
export const yearKey = (year: number) => ({ pk: CALENDAR_PK, sk: `YEAR#${year}` })
