import { stringify } from 'csv-stringify/sync'

type Field = string | number | boolean

/**
 * RFC 4180 text for exports (CRLF line ends, quoting as needed), written by csv-stringify.
 * Text starting with = + - @ is prefixed with ' so a spreadsheet never runs it as a formula (CSV injection).
 */
export function toCsv(rows: readonly (readonly Field[])[]): string {
  return stringify(
    rows.map((row) => row.map(defuse)),
    {
      record_delimiter: 'windows',
      // a line break inside a field must be quoted whichever record delimiter is in use
      quoted_match: /[\r\n]/,
      cast: { boolean: (value) => String(value) },
    },
  )
}

function defuse(value: Field): Field {
  return typeof value === 'string' && /^[=+\-@]/.test(value) ? `'${value}` : value
}
