import { creditCodeCheckCharacter, idNumberCheckCharacter } from '@doorstep/shared'

/**
 * Where a typed code stands, checked as the person types with the same rules the API applies
 * (GB 32100-2015 for credit codes, GB 11643 for ID numbers), so a wrong code is caught at the field.
 */
export type CodeCheck =
  | { kind: 'empty' }
  | { kind: 'short'; typed: number; missing: number }
  | { kind: 'long'; extra: number }
  /** 1-based position of the first character that cannot appear there. */
  | { kind: 'bad-character'; position: number; character: string }
  | { kind: 'bad-date' }
  | { kind: 'check-character' }
  | { kind: 'valid' }

export const CODE_LENGTH = 18

const CREDIT_ALPHABET = /^[0-9A-HJ-NPQRTUWXY]$/

/** People type lower case and spaces; the API upper-cases and trims the same way. */
export const normalizeCode = (raw: string) => raw.replace(/\s+/g, '').toUpperCase()

export function checkCreditCode(raw: string): CodeCheck {
  const code = normalizeCode(raw)
  if (!code) return { kind: 'empty' }
  const bad = [...code].findIndex((c) => !CREDIT_ALPHABET.test(c))
  if (bad >= 0) return { kind: 'bad-character', position: bad + 1, character: code[bad]! }
  return lengthCheck(code) ?? (creditCodeCheckCharacter(code.slice(0, 17)) === code[17] ? { kind: 'valid' } : { kind: 'check-character' })
}

export function checkIdNumber(raw: string): CodeCheck {
  const id = normalizeCode(raw)
  if (!id) return { kind: 'empty' }
  const bad = [...id].findIndex((c, i) => !(i === 17 ? /^[\dX]$/ : /^\d$/).test(c))
  if (bad >= 0) return { kind: 'bad-character', position: bad + 1, character: id[bad]! }
  const length = lengthCheck(id)
  if (length) return length
  if (!isRealBirthDate(id.slice(6, 14))) return { kind: 'bad-date' }
  return idNumberCheckCharacter(id.slice(0, 17)) === id[17] ? { kind: 'valid' } : { kind: 'check-character' }
}

function lengthCheck(code: string): CodeCheck | undefined {
  if (code.length < CODE_LENGTH) return { kind: 'short', typed: code.length, missing: CODE_LENGTH - code.length }
  if (code.length > CODE_LENGTH) return { kind: 'long', extra: code.length - CODE_LENGTH }
  return undefined
}

function isRealBirthDate(yyyymmdd: string): boolean {
  const [year, month, day] = [yyyymmdd.slice(0, 4), yyyymmdd.slice(4, 6), yyyymmdd.slice(6, 8)].map(Number) as [number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  return year >= 1900 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** A problem to show under the field: while typing, only what is certainly wrong; on submit, also what is missing. */
export function isProblem(check: CodeCheck, submitting: boolean): boolean {
  if (check.kind === 'valid') return false
  if (check.kind === 'empty' || check.kind === 'short') return submitting
  return true
}
