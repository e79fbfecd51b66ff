/**
 * RFC 4180 text: CRLF line ends, a field quoted when it holds a comma, quote, CR or LF, quotes doubled.
 * No CSV library is installed (papaparse is not) and this is all a roster export needs.
 * Fields starting with = + - @ are prefixed with ' so a spreadsheet never runs them as formulas.
 */
export function toCsv(rows: readonly (readonly (string | number | boolean)[])[]): string {
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n'
}

function field(value: string | number | boolean): string {
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
