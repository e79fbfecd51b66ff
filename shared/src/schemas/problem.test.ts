import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { StationListQuery } from './station'
import { toFieldErrors } from './problem'

describe('toFieldErrors', () => {
  it('names each bad field under its source, with our Chinese messages', () => {
    const result = v.safeParse(StationListQuery, { street: 'nowhere', limit: '0' })
    expect(result.success).toBe(false)
    expect(toFieldErrors(result.issues!, 'query')).toEqual([
      { path: 'query.street', message: '未知的街道' },
      { path: 'query.limit', message: '须为 1–50 的整数' },
    ])
  })

  it('translates the library messages for unknown and missing fields', () => {
    const schema = v.strictObject({ name: v.string() })
    const result = v.safeParse(schema, { role: 'admin' })
    expect(toFieldErrors(result.issues!, 'body')).toEqual([
      { path: 'body.name', message: '必填' },
      { path: 'body.role', message: '不支持的字段' },
    ])
  })

  it('uses the source alone as the path for a root-level problem', () => {
    const result = v.safeParse(v.strictObject({ name: v.string() }), 'text')
    expect(toFieldErrors(result.issues!, 'body')).toEqual([{ path: 'body', message: '类型不正确（应为 Object）' }])
  })
})
