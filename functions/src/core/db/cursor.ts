import { BadRequestError } from '../http/errors'

type Key = Record<string, string | number>

/** The client sees an opaque token; inside it is DynamoDB's LastEvaluatedKey. */
export function encodeCursor(key: Record<string, unknown> | undefined): string | undefined {
  return key ? Buffer.from(JSON.stringify(key), 'utf8').toString('base64url') : undefined
}

/**
 * Decodes a cursor and checks it has exactly the key attributes of the index being read,
 * so a forged cursor is a 400, never a DynamoDB ValidationException (500).
 */
export function decodeCursor(cursor: string | undefined, keyAttributes: readonly string[]): Key | undefined {
  if (cursor === undefined) return undefined
  const invalid = () => new BadRequestError('翻页标记无效', [{ path: 'query.cursor', message: '翻页标记无效，请从第一页重新加载' }])
  let decoded: unknown
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw invalid()
  }
  if (typeof decoded !== 'object' || decoded === null || Array.isArray(decoded)) throw invalid()
  const entries = Object.entries(decoded)
  const expected = new Set(keyAttributes)
  const wellFormed =
    entries.length === expected.size &&
    entries.every(([k, val]) => expected.has(k) && (typeof val === 'string' ? val.length <= 512 : Number.isFinite(val)))
  if (!wellFormed) throw invalid()
  return decoded as Key
}
