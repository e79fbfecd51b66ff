/*
 * A small language for field tables, shared by the HSDS and GeoReport contracts: each object is a table of its
 * fields (what each must hold) and the ones it must have. Our tests check what we publish against the tables
 * written from the standards, not against our own types, so a mapping that drifts from a standard fails a test.
 */

/** One thing wrong, at a JSON path: `location.addresses[0].country: missing`. */
export interface ContractProblem {
  path: string
  problem: string
}

export interface FieldRule {
  /** What the value must be, in the words a problem uses. */
  expected: string
  test(value: unknown): boolean
  /** The table each element (or the value itself) is checked against in turn. */
  nested?: string
  list?: boolean
  /** Read from XML every value is text: how this field's text becomes the value `test` takes. */
  fromText?: (text: string) => unknown
}

export interface ObjectTable {
  required: readonly string[]
  fields: Readonly<Record<string, FieldRule>>
  /** Rules across fields, which the standard states in its descriptions: each returns the problems it finds. */
  refine?: (value: Record<string, unknown>) => string[]
}

export type Tables = Readonly<Record<string, ObjectTable>>

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const NUMERIC = /^-?\d+(\.\d+)?$/

export const text: FieldRule = { expected: 'a string', test: (v) => typeof v === 'string' }
export const nonEmptyText: FieldRule = { expected: 'a non-empty string', test: (v) => typeof v === 'string' && v.trim() !== '' }
export const number: FieldRule = {
  expected: 'a number',
  test: (v) => typeof v === 'number' && Number.isFinite(v),
  fromText: (t) => (NUMERIC.test(t) ? Number(t) : t),
}
export const integerFrom = (min: number): FieldRule => ({
  expected: `an integer ≥ ${min}`,
  test: (v) => Number.isInteger(v) && (v as number) >= min,
  fromText: number.fromText,
})
export const numberBetween = (min: number, max: number): FieldRule => ({
  expected: `a number from ${min} to ${max}`,
  test: (v) => number.test(v) && (v as number) >= min && (v as number) <= max,
  fromText: number.fromText,
})
export const boolean: FieldRule = {
  expected: 'true or false',
  test: (v) => typeof v === 'boolean',
  fromText: (t) => (t === 'true' ? true : t === 'false' ? false : t),
}
export const oneOf = (...values: readonly (string | number)[]): FieldRule => ({
  expected: `one of ${values.map((x) => JSON.stringify(x)).join(', ')}`,
  test: (v) => values.includes(v as string | number),
})
export const matching = (pattern: RegExp, expected: string): FieldRule => ({
  expected,
  test: (v) => typeof v === 'string' && pattern.test(v),
})
export const uri: FieldRule = {
  expected: 'an absolute URI',
  test: (v) => typeof v === 'string' && URL.canParse(v),
}
export const email = matching(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'an email address')
export const uuid = matching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'a UUID (8-4-4-4-12 hex)')

const realDate = (date: string) => {
  const parsed = new Date(`${date}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date)
}
export const isoDate: FieldRule = {
  expected: 'a date YYYY-MM-DD',
  test: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && realDate(v),
}

/** RFC 3339 / W3C date-time with seconds and an explicit zone (Z or ±hh:mm): both standards require the zone. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/
export const dateTimeWithZone: FieldRule = {
  expected: 'a date-time with seconds and a zone, e.g. 2026-01-01T09:00:00+08:00',
  test: (v) => typeof v === 'string' && DATE_TIME.test(v) && realDate(v.slice(0, 10)),
}

export const listOf = (table: string): FieldRule => ({ expected: `an array of ${table}`, test: Array.isArray, nested: table, list: true })
export const objectOf = (table: string): FieldRule => ({ expected: `a ${table} object`, test: isRecord, nested: table })
/** A list of objects we never publish: only its shape is checked. */
export const anyList: FieldRule = { expected: 'an array', test: Array.isArray }
export const anyObject: FieldRule = { expected: 'an object', test: isRecord }
export const listOfText: FieldRule = {
  expected: 'an array of strings',
  test: (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'),
}

/**
 * Checks `value` against `tables[name]`, then every nested object against its own table. Unknown properties are
 * problems too: both standards tolerate extra fields, but a typo (`adress`) is one, and our deliberate extensions
 * are listed in the tables with why.
 */
export function checkObject(
  tables: Tables,
  name: string,
  value: unknown,
  path: string = name,
  options: { textual?: boolean } = {},
): ContractProblem[] {
  const table = tables[name]
  if (!table) throw new Error(`no contract table named ${name}`)
  if (!isRecord(value)) return [{ path, problem: `expected a ${name} object` }]
  const problems: ContractProblem[] = []
  for (const field of table.required) {
    if (value[field] === undefined || value[field] === null) problems.push({ path: `${path}.${field}`, problem: 'missing (required)' })
  }
  for (const [field, raw] of Object.entries(value)) {
    const rule = table.fields[field]
    const at = `${path}.${field}`
    if (!rule) {
      problems.push({ path: at, problem: `not a field of ${name}` })
      continue
    }
    if (raw === undefined || raw === null) continue
    const read = options.textual && typeof raw === 'string' && rule.fromText ? rule.fromText(raw) : raw
    if (!rule.test(read)) {
      problems.push({ path: at, problem: `expected ${rule.expected}, got ${JSON.stringify(raw)}` })
      continue
    }
    if (rule.nested) {
      const items = rule.list ? (read as unknown[]) : [read]
      items.forEach((item, i) => problems.push(...checkObject(tables, rule.nested!, item, rule.list ? `${at}[${i}]` : at, options)))
    }
  }
  if (table.refine && problems.length === 0) {
    const read = options.textual ? readAll(table, value) : value
    problems.push(...table.refine(read).map((problem) => ({ path, problem })))
  }
  return problems
}

const readAll = (table: ObjectTable, value: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(value).map(([field, raw]) => {
      const fromText = table.fields[field]?.fromText
      return [field, typeof raw === 'string' && fromText ? fromText(raw) : raw]
    }),
  )

/** Problems as lines, for an assertion message that says what is wrong where. */
export const describeProblems = (problems: readonly ContractProblem[]) => problems.map((p) => `${p.path}: ${p.problem}`).join('\n')
