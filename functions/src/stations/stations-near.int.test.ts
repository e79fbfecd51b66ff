import { isOpenAt, NEAR_RADIUS, type LatLng, type StationSummary } from '@doorstep/shared'
import { describe, expect, it } from 'vitest'
import { call, serverCalendar } from '../../test/http'
import { seededStations } from '../../test/seed-data'
import { rankByDistance } from './geo-index'

const HALL = seededStations.find((s) => s.kind === 'district-hall')!.location
const at = ({ lat, lng }: LatLng) => `${lat},${lng}`

async function readAllPages(query: string, limit = 50) {
  const items: StationSummary[] = []
  let cursor: string | undefined
  for (let pages = 0; pages < 100; pages++) {
    const res = await call('GET', `/v1/stations?limit=${limit}${query}${cursor ? `&cursor=${cursor}` : ''}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    items.push(...res.body.items)
    cursor = res.body.nextCursor
    if (!cursor) break
  }
  return items
}

/** What a full scan of the seed says, nearest first. */
const expectedNear = (center: LatLng, radius: number, keep = (_: (typeof seededStations)[number]) => true) =>
  rankByDistance(seededStations.filter(keep), center, radius).map((r) => r.item.id)

const ids = (items: { id: string }[]) => items.map((s) => s.id)

describe('GET /v1/stations?near=', () => {
  it('answers the nearest stations first, with metres on each', async () => {
    const res = await call('GET', `/v1/stations?near=${at(HALL)}&limit=10`)
    expect(res.status).toBe(200)
    const items: StationSummary[] = res.body.items
    expect(ids(items)).toEqual(expectedNear(HALL, NEAR_RADIUS.fallback).slice(0, 10))
    expect(items[0]!.distanceMetres).toBe(0)
    const metres = items.map((s) => s.distanceMetres!)
    expect(metres).toEqual([...metres].sort((a, b) => a - b))
    expect(items.every((s) => Number.isInteger(s.distanceMetres) && typeof s.openNow === 'boolean')).toBe(true)
    expect(items[0]).not.toHaveProperty('hours')
  })

  it.each([300, 800, 2500])('keeps to a radius of %i m', async (radius) => {
    const point = { lat: 31.3105, lng: 120.6205 }
    const items = await readAllPages(`&near=${at(point)}&radius=${radius}`)
    expect(ids(items)).toEqual(expectedNear(point, radius))
    expect(items.every((s) => s.distanceMetres! <= radius)).toBe(true)
  })

  it('pages through the circle with a cursor, each station once, in distance order', async () => {
    const items = await readAllPages(`&near=${at(HALL)}&radius=4000`, 7)
    const expected = expectedNear(HALL, 4000)
    expect(expected.length).toBeGreaterThan(20)
    expect(ids(items)).toEqual(expected)
  })

  it('finds nothing far from the district, without an error', async () => {
    const res = await call('GET', `/v1/stations?near=39.9,116.4&radius=10000`)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ items: [] })
  })

  it('combines near with a street and a service', async () => {
    const items = await readAllPages(`&near=${at(HALL)}&radius=6000&street=shuangta&service=svc-senior-school`)
    const expected = expectedNear(HALL, 6000, (s) => s.subDistrict === 'shuangta' && s.serviceIds.includes('svc-senior-school'))
    expect(expected.length).toBeGreaterThan(0)
    expect(ids(items)).toEqual(expected)
  })
})

describe('GET /v1/stations filters without near', () => {
  it('filters by offered service, street by street', async () => {
    const items = await readAllPages('&service=svc-company-onboarding', 5)
    const expected = seededStations.filter((s) => s.serviceIds.includes('svc-company-onboarding'))
    expect(expected.length).toBeGreaterThan(0)
    expect(ids(items).sort()).toEqual(ids(expected).sort())
  })

  it('fills each page up to the limit even when most stations do not match', async () => {
    const res = await call('GET', '/v1/stations?service=svc-talent-hukou&limit=2')
    const expected = seededStations.filter((s) => s.serviceIds.includes('svc-talent-hukou'))
    expect(res.body.items).toHaveLength(Math.min(2, expected.length))
  })

  it('combines street and service', async () => {
    const items = await readAllPages('&street=pingjiang&service=svc-gig-station')
    const expected = seededStations.filter((s) => s.subDistrict === 'pingjiang' && s.serviceIds.includes('svc-gig-station'))
    expect(ids(items).sort()).toEqual(ids(expected).sort())
  })

  it('splits the district into open and closed now, on the Suzhou clock with holidays', async () => {
    // The answer is computed at request time; the expectation brackets it, in case a minute turns over.
    const calendar = await serverCalendar()
    const openAt = (instant: Date) => ids(seededStations.filter((s) => isOpenAt(s.hours, instant, calendar))).sort()
    const before = openAt(new Date())
    const open = ids(await readAllPages('&openNow=true')).sort()
    const closed = ids(await readAllPages('&openNow=false')).sort()
    const after = openAt(new Date())
    expect([before, after]).toContainEqual(open)
    expect([...open, ...closed].sort()).toEqual(ids(seededStations).sort())
  })

  it('marks openNow on every list item', async () => {
    const res = await call('GET', '/v1/stations?limit=50')
    expect(res.body.items.every((s: StationSummary) => typeof s.openNow === 'boolean')).toBe(true)
  })
})

describe('GET /v1/stations near/filters: bad input', () => {
  it.each([
    ['near=abc', 'query.near'],
    ['near=95,200', 'query.near'],
    ['near=31.3', 'query.near'],
    ['radius=500', 'query.radius'],
    [`near=${at(HALL)}&radius=50000`, 'query.radius'],
    [`near=${at(HALL)}&radius=10`, 'query.radius'],
    [`near=${at(HALL)}&radius=1.5`, 'query.radius'],
    ['openNow=yes', 'query.openNow'],
    ['service=NOT%20AN%20ID', 'query.service'],
    [`near=${at(HALL)}&cursor=${Buffer.from('{"pk":"x","sk":"y","gsi2pk":"a","gsi2sk":"b"}').toString('base64url')}`, 'query.cursor'],
  ])('answers 400 problem+json for %s, naming %s', async (query, path) => {
    const res = await call('GET', `/v1/stations?${query}`)
    expect(res.status).toBe(400)
    expect(res.contentType).toBe('application/problem+json')
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path)
  })
})
