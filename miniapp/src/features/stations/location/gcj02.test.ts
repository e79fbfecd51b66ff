import { describe, expect, it } from 'vitest'
import { wgs84ToGcj02 } from './gcj02'

describe('wgs84ToGcj02', () => {
  it('matches the reference vector published with coordtransform', () => {
    expect(wgs84ToGcj02({ lat: 39.915, lng: 116.404 })).toEqual({ lat: 39.91640428150164, lng: 116.41024449916938 })
  })

  it('shifts a point in Suzhou by a few hundred metres', () => {
    const shifted = wgs84ToGcj02({ lat: 31.3, lng: 120.6 })
    expect(Math.abs(shifted.lat - 31.3)).toBeLessThan(0.01)
    expect(Math.abs(shifted.lng - 120.6)).toBeGreaterThan(0.001)
  })

  it('leaves points outside mainland China alone', () => {
    expect(wgs84ToGcj02({ lat: 51.5, lng: -0.12 })).toEqual({ lat: 51.5, lng: -0.12 })
  })
})
