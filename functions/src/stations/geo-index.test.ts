import { distanceMetres, type LatLng } from '@doorstep/shared'
import geohash from 'ngeohash'
import { describe, expect, it } from 'vitest'
import { rangesCovering, rankByDistance } from './geo-index'
import { geoKeys, type GeoKeys } from './keys'

/** What a DynamoDB Query on one range returns: same partition, sort key starting with the prefix. */
function readThroughIndex(items: (GeoKeys & { id: string; location: LatLng })[], center: LatLng, radius: number) {
  const ranges = rangesCovering(center, radius)
  const read = items.filter((item) => ranges.some((r) => item.gsi3pk === r.partition && item.gsi3sk.startsWith(r.prefix)))
  return rankByDistance(read, center, radius).map((r) => r.item.id)
}

const station = (id: string, location: LatLng) => ({ id, location, ...geoKeys(location, id) })

/** The south-west corner and size of the 5-character cell around Suzhou's old town. */
const [cellMinLat, cellMinLng, cellMaxLat, cellMaxLng] = geohash.decode_bbox(geohash.encode(31.3, 120.62, 5))

describe('geo keys', () => {
  it('partitions by the 5-character cell and sorts by the 9-character hash', () => {
    const keys = geoKeys({ lat: 31.3012, lng: 120.6139 }, 'st-district-hall')
    const hash = geohash.encode(31.3012, 120.6139, 9)
    expect(keys).toEqual({ gsi3pk: `GEO#${hash.slice(0, 5)}`, gsi3sk: `${hash}#st-district-hall` })
  })
})

describe('ranges covering a circle', () => {
  it('reads only the own cell (as slices) for a small circle in the middle of a cell', () => {
    const middle = { lat: (cellMinLat + cellMaxLat) / 2, lng: (cellMinLng + cellMaxLng) / 2 }
    const ranges = rangesCovering(middle, 300)
    expect(new Set(ranges.map((r) => r.partition))).toEqual(new Set([`GEO#${geohash.encode(middle.lat, middle.lng, 5)}`]))
    expect(ranges.length).toBeLessThanOrEqual(12)
    expect(ranges.every((r) => r.prefix.length > 5)).toBe(true)
  })

  it('takes in the east neighbour when the point sits on the east edge of its cell', () => {
    const onEastEdge = { lat: (cellMinLat + cellMaxLat) / 2, lng: cellMaxLng - 0.00001 }
    const own = geohash.encode(onEastEdge.lat, onEastEdge.lng, 5)
    const partitions = new Set(rangesCovering(onEastEdge, 500).map((r) => r.partition))
    expect(partitions).toEqual(new Set([`GEO#${own}`, `GEO#${geohash.neighbor(own, [0, 1])}`]))
  })

  it('takes in all three neighbours at a corner', () => {
    const nearCorner = { lat: cellMaxLat - 0.00001, lng: cellMinLng + 0.00001 }
    const own = geohash.encode(nearCorner.lat, nearCorner.lng, 5)
    const expected = [own, geohash.neighbor(own, [1, 0]), geohash.neighbor(own, [0, -1]), geohash.neighbor(own, [1, -1])]
    expect(new Set(rangesCovering(nearCorner, 800).map((r) => r.partition))).toEqual(new Set(expected.map((c) => `GEO#${c}`)))
  })

  it('finds a station 40 m away across the cell edge', () => {
    const here = { lat: (cellMinLat + cellMaxLat) / 2, lng: cellMaxLng - 0.0002 }
    const across = station('across', { lat: here.lat, lng: cellMaxLng + 0.0002 })
    expect(across.gsi3pk).not.toBe(geoKeys(here, 'here').gsi3pk)
    expect(readThroughIndex([across], here, 100)).toEqual(['across'])
  })

  it('finds exactly what a full scan finds, for many random circles', () => {
    let seed = 7
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646
    const items = Array.from({ length: 3000 }, (_, i) => station(`s${i}`, { lat: 31.2 + random() * 0.2, lng: 120.5 + random() * 0.25 }))
    for (let run = 0; run < 60; run++) {
      const center = { lat: 31.2 + random() * 0.2, lng: 120.5 + random() * 0.25 }
      const radius = [100, 400, 1500, 5000, 10_000][run % 5]!
      const scan = rankByDistance(items, center, radius).map((r) => r.item.id)
      expect(readThroughIndex(items, center, radius)).toEqual(scan)
    }
  })
})

describe('rankByDistance', () => {
  it('drops what lies outside the radius and sorts nearest first, ties by id', () => {
    const center = { lat: 31.3, lng: 120.6 }
    const ranked = rankByDistance(
      [
        station('far', { lat: 31.31, lng: 120.6 }),
        station('b', { lat: 31.302, lng: 120.6 }),
        station('a', { lat: 31.302, lng: 120.6 }),
        station('near', { lat: 31.3005, lng: 120.6 }),
      ],
      center,
      500,
    )
    expect(ranked.map((r) => r.item.id)).toEqual(['near', 'a', 'b'])
    expect(ranked[0]!.distanceMetres).toBeCloseTo(distanceMetres(center, { lat: 31.3005, lng: 120.6 }), 6)
  })
})
