import { describe, expect, it } from 'vitest'
import { decodeRouteParam } from './route-param'

describe('decodeRouteParam', () => {
  it('decodes a percent-encoded query, leaves plain and malformed text alone', () => {
    expect(decodeRouteParam('%E5%A4%B1%E4%B8%9A')).toBe('失业')
    expect(decodeRouteParam('失业')).toBe('失业')
    expect(decodeRouteParam('100%')).toBe('100%')
    expect(decodeRouteParam(undefined)).toBe('')
  })
})
