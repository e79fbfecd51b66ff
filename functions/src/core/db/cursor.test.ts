import { describe, expect, it } from 'vitest'
import { HttpError } from '../http/errors'
import { decodeCursor, encodeCursor } from './cursor'

const keys = ['pk', 'sk', 'gsi1pk', 'gsi1sk']
const key = { pk: 'STATION#a', sk: 'STATION', gsi1pk: 'STATIONS#pingjiang', gsi1sk: '3#a' }

describe('cursor', () => {
  it('round-trips a LastEvaluatedKey through an opaque url-safe token', () => {
    const cursor = encodeCursor(key)!
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(decodeCursor(cursor, keys)).toEqual(key)
  })

  it('has no cursor after the last page', () => {
    expect(encodeCursor(undefined)).toBeUndefined()
    expect(decodeCursor(undefined, keys)).toBeUndefined()
  })

  it.each([
    ['not base64 json', 'bm90IGpzb24'],
    ['an array', encodeCursor([1, 2] as unknown as Record<string, unknown>)!],
    ['a key of another index', encodeCursor({ pk: 'a', sk: 'b', gsi2pk: 'c', gsi2sk: 'd' })!],
    ['a missing attribute', encodeCursor({ pk: 'a', sk: 'b', gsi1pk: 'c' })!],
    ['a nested value', encodeCursor({ ...key, sk: { S: 'x' } })!],
  ])('rejects %s as a 400 naming query.cursor', (_label, cursor) => {
    try {
      decodeCursor(cursor, keys)
      expect.unreachable('decodeCursor accepted a forged cursor')
    } catch (error) {
      expect(error).toBeInstanceOf(HttpError)
      expect((error as HttpError).status).toBe(400)
      expect((error as HttpError).errors?.[0]?.path).toBe('query.cursor')
    }
  })
})
