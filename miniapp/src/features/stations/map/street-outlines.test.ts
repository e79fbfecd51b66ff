import { describe, expect, it } from 'vitest'
import { centreOf, convexHull, streetOutlines } from './street-outlines'

const p = (lat: number, lng: number) => ({ lat, lng })

describe('convexHull', () => {
  it('keeps the corners of a square and drops the points inside and on its edges', () => {
    const hull = convexHull([p(0, 0), p(0, 2), p(2, 2), p(2, 0), p(1, 1), p(0, 1), p(1, 0.5)])
    expect(hull).toHaveLength(4)
    expect(hull).toEqual(expect.arrayContaining([p(0, 0), p(0, 2), p(2, 2), p(2, 0)]))
  })

  it('returns what it has when there are fewer than three distinct points', () => {
    expect(convexHull([])).toEqual([])
    expect(convexHull([p(1, 1), p(1, 1)])).toEqual([p(1, 1)])
    expect(convexHull([p(1, 1), p(2, 2)])).toEqual([p(1, 1), p(2, 2)])
  })
})

describe('streetOutlines', () => {
  it('draws one outline per street that has stations, named for people', () => {
    const outlines = streetOutlines([
      { subDistrict: 'huqiu', location: p(31.32, 120.58) },
      { subDistrict: 'huqiu', location: p(31.33, 120.59) },
      { subDistrict: 'huqiu', location: p(31.33, 120.58) },
      { subDistrict: 'sujin', location: p(31.34, 120.62) },
    ])
    expect(outlines.map((o) => [o.name, o.corners.length])).toEqual([
      ['虎丘街道', 3],
      ['苏锦街道', 1],
    ])
  })
})

describe('centreOf', () => {
  it('averages the points, and has no centre for none', () => {
    expect(centreOf([p(0, 0), p(2, 4)])).toEqual(p(1, 2))
    expect(centreOf([])).toBeUndefined()
  })
})
