import { readFileSync } from 'node:fs'
import { distanceMetres, Station } from '@doorstep/shared'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { wgs84Of } from './coordinates'

const stations = v.parse(v.array(Station), JSON.parse(readFileSync(new URL('../../../data/seed/stations.json', import.meta.url), 'utf8')))

const metresBetween = (a: { latitude: number; longitude: number }, b: { lat: number; lng: number }) =>
  distanceMetres({ lat: a.latitude, lng: a.longitude }, b)

describe('GCJ-02 to WGS84', () => {
  it('lands within 5 m of a published pair in Gusu district', () => {
    // gcoord's own test fixture (china-cities.json, 苏州市姑苏区), values measured by a map service, not computed
    const wgs = wgs84Of({ lat: 31.298983, lng: 120.5852941 })
    expect(metresBetween(wgs, { lat: 31.3011601, lng: 120.5811071 })).toBeLessThan(5)
  })

  it('lands within 5 m of eviltransform’s Shanghai test vector, 80 km east of Suzhou', () => {
    // googollee/eviltransform's tests: WGS84 31.1774276,121.5272106 ↔ GCJ-02 31.17530398364597,121.531541859215
    const wgs = wgs84Of({ lat: 31.17530398364597, lng: 121.531541859215 })
    expect(metresBetween(wgs, { lat: 31.1774276, lng: 121.5272106 })).toBeLessThan(5)
  })

  it('moves every station by the same offset: about 0.0042° west and 0.0022° north, some 470 m', () => {
    for (const station of stations) {
      const wgs = wgs84Of(station.location)
      expect(station.location.lng - wgs.longitude, station.id).toBeGreaterThan(0.0041)
      expect(station.location.lng - wgs.longitude, station.id).toBeLessThan(0.0043)
      expect(station.location.lat - wgs.latitude, station.id).toBeGreaterThan(-0.0023)
      expect(station.location.lat - wgs.latitude, station.id).toBeLessThan(-0.0021)
      expect(metresBetween(wgs, station.location), station.id).toBeGreaterThan(440)
      expect(metresBetween(wgs, station.location), station.id).toBeLessThan(500)
    }
  })

  it('leaves points outside China as they are', () => {
    for (const outside of [
      { lat: 48.8584, lng: 2.2945 }, // Paris
      { lat: 35.6586, lng: 139.7454 }, // Tokyo
      { lat: -33.8568, lng: 151.2153 }, // Sydney
    ]) {
      expect(wgs84Of(outside)).toEqual({ latitude: outside.lat, longitude: outside.lng })
    }
  })
})
