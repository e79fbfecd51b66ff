import { createHmac, timingSafeEqual } from 'node:crypto'
import { readSecureParameter } from '../aws/secure-parameter'
import { BadRequestError, ServiceUnavailableError } from '../http/errors'
import { logger } from '../log/logger'

type Key = Record<string, string | number>

/** 144 bits of HMAC-SHA256: far beyond guessing, and short in a URL. */
const SIGNATURE_BYTES = 18

/** A cursor is good for a day: long enough to finish reading a list, short enough that none lives on. */
export const CURSOR_LIFETIME_MS = 24 * 60 * 60 * 1000

const invalid = () => new BadRequestError('翻页标记无效', [{ path: 'query.cursor', message: '翻页标记无效，请从第一页重新加载' }])

/** A route's cursors, bound to what the request asked: only a cursor this route sealed for this caller and these filters opens. */
export interface BoundCursors {
  /** The position inside a cursor, checked to hold exactly `keyAttributes`; any other cursor is a 400 naming `query.cursor`. */
  open(cursor: string | undefined, keyAttributes: readonly string[]): Promise<Key | undefined>
  seal(position: Record<string, unknown> | undefined): Promise<string | undefined>
  /** For lists ranked in memory: the offset a cursor points at (0 without one), a whole number ≥ 0. */
  openOffset(cursor: string | undefined): Promise<number>
}

/**
 * Pagination cursors that cannot be forged: the position (a LastEvaluatedKey, an offset) and an expiry, signed with
 * an HMAC over the scope they were handed out in — the route, the caller and the query's filters. A cursor made up,
 * changed, taken from another list, another person or other filters, or older than a day is refused before anything
 * reaches DynamoDB. The key is an SSM SecureString (CURSOR_KEY_PARAM).
 */
export class CursorSealer {
  constructor(
    private readonly key: () => Promise<string>,
    private readonly clock: () => number = Date.now,
    private readonly lifetimeMs = CURSOR_LIFETIME_MS,
  ) {}

  bind(scope: string): BoundCursors {
    return {
      open: (cursor, keyAttributes) => this.open(cursor, keyAttributes, scope),
      seal: (position) => this.seal(position, scope),
      openOffset: async (cursor) => {
        const offset = (await this.open(cursor, ['offset'], scope))?.offset ?? 0
        if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0) throw invalid()
        return offset
      },
    }
  }

  /** One base64url string (a query-safe token): the 18-byte HMAC, then the JSON of the position and its expiry. */
  async seal(position: Record<string, unknown> | undefined, scope: string): Promise<string | undefined> {
    if (!position) return undefined
    const body = Buffer.from(JSON.stringify({ p: position, e: this.clock() + this.lifetimeMs }), 'utf8')
    return Buffer.concat([await this.signature(body, scope), body]).toString('base64url')
  }

  async open(cursor: string | undefined, keyAttributes: readonly string[], scope: string): Promise<Key | undefined> {
    if (cursor === undefined) return undefined
    const bytes = Buffer.from(cursor, 'base64url')
    if (bytes.length <= SIGNATURE_BYTES || bytes.toString('base64url') !== cursor) throw invalid()
    const given = bytes.subarray(0, SIGNATURE_BYTES)
    const body = bytes.subarray(SIGNATURE_BYTES)
    if (!timingSafeEqual(given, await this.signature(body, scope))) throw invalid()
    let decoded: unknown
    try {
      decoded = JSON.parse(body.toString('utf8'))
    } catch {
      throw invalid()
    }
    const { p: position, e: expiresAt } = (decoded ?? {}) as { p?: unknown; e?: unknown }
    if (typeof expiresAt !== 'number' || expiresAt < this.clock()) throw invalid()
    if (!isKey(position, keyAttributes)) throw invalid()
    return position
  }

  private async signature(body: Buffer, scope: string): Promise<Buffer> {
    let key: string
    try {
      key = await this.key()
    } catch (error) {
      logger.error('cursor key unreadable', { error })
      throw new ServiceUnavailableError('暂时无法翻页，请稍后再试')
    }
    return createHmac('sha256', key).update(`${scope}\n`).update(body).digest().subarray(0, SIGNATURE_BYTES)
  }
}

/** Exactly the key attributes of the index being read, each a bounded string or a finite number. */
function isKey(value: unknown, keyAttributes: readonly string[]): value is Key {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const entries = Object.entries(value)
  const expected = new Set(keyAttributes)
  return (
    entries.length === expected.size &&
    entries.every(([k, v]) => expected.has(k) && (typeof v === 'string' ? v.length <= 512 : typeof v === 'number' && Number.isFinite(v)))
  )
}

/** The key from the function's SSM parameter, through the parameter cache. */
export const cursorSealer = new CursorSealer(() => {
  const parameter = process.env.CURSOR_KEY_PARAM
  if (!parameter) return Promise.reject(new Error('CURSOR_KEY_PARAM is not set'))
  return readSecureParameter(parameter)
})
