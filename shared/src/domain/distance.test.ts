import { describe, expect, it } from 'vitest'
import { distanceMetres } from './distance'

describe('distanceMetres', () => {
  it('is zero for the same point and symmetric', () => {
    const hall = { lat: 31.3012, lng: 120.6139 }
    const guihua = { lat: 31.3082, lng: 120.6431 }
    expect(distanceMetres(hall, hall)).toBe(0)
    expect(distanceMetres(hall, guihua)).toBeCloseTo(distanceMetres(guihua, hall), 9)
  })

  it('measures one degree of latitude as 111.2 km', () => {
    expect(distanceMetres({ lat: 31, lng: 120.6 }, { lat: 32, lng: 120.6 })).toBeCloseTo(111_195, 0)
  })

  it('shrinks a degree of longitude with the cosine of the latitude (Suzhou: 0.01° ≈ 950 m)', () => {
    expect(distanceMetres({ lat: 31.3, lng: 120.6 }, { lat: 31.3, lng: 120.61 })).toBeCloseTo(950.2, 0)
  })
})
