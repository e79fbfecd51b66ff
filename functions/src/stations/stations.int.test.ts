import { SUB_DISTRICT_IDS, type StationSummary } from '@doorstep/shared'
import { describe, expect, it } from 'vitest'
import { call } from '../../test/http'
import { seededStations } from '../../test/seed-data'

async function readAllPages(query: string, limit: number) {
  const items: StationSummary[] = []
  let cursor: string | undefined
  let pages = 0
  do {
    const res = await call('GET', `/v1/stations?limit=${limit}${query}${cursor ? `&cursor=${cursor}` : ''}`)
    expect(res.status).toBe(200)
    expect(res.body.items.length).toBeLessThanOrEqual(limit)
    items.push(...res.body.items)
    cursor = res.body.nextCursor
    pages++
  } while (cursor && pages < 100)
  return { items, pages }
}

describe('GET /v1/health', () => {
  it('answers ok, with how far the holiday calendar reaches', async () => {
    const res = await call('GET', '/v1/health')
    expect(res.status).toBe(200)
    const calendar = (await call('GET', '/v1/calendar')).body
    expect(res.body).toEqual({
      status: 'ok',
      calendarThrough: calendar.coveredThrough ?? null,
      calendarCoversNext60Days: calendar.coversNext60Days,
    })
  })
})

describe('GET /v1/stations', () => {
  it('pages through every seeded station exactly once, street by street', async () => {
    const { items, pages } = await readAllPages('', 50)
    expect(items).toHaveLength(seededStations.length)
    expect(new Set(items.map((s) => s.id)).size).toBe(seededStations.length)
    expect(pages).toBe(Math.ceil(seededStations.length / 50) + (seededStations.length % 50 === 0 ? 1 : 0))
    const streetOrder = items.map((s) => SUB_DISTRICT_IDS.indexOf(s.subDistrict))
    expect(streetOrder).toEqual([...streetOrder].sort((a, b) => a - b))
  })

  it('defaults to 20 per page and hands out a cursor', async () => {
    const res = await call('GET', '/v1/stations')
    expect(res.body.items).toHaveLength(20)
    expect(res.body.nextCursor).toMatch(/^[A-Za-z0-9_-]+$/)
  })

  it('returns the summary a list card needs, not the whole record', async () => {
    const res = await call('GET', '/v1/stations?limit=1')
    expect(Object.keys(res.body.items[0]).sort()).toEqual(
      expect.arrayContaining(['id', 'name', 'kind', 'subDistrict', 'address', 'phone', 'location']),
    )
    expect(res.body.items[0]).not.toHaveProperty('hours')
    expect(res.body.items[0]).not.toHaveProperty('pk')
  })

  it.each(SUB_DISTRICT_IDS)('filters by street %s, featured points before community stations', async (street) => {
    const { items } = await readAllPages(`&street=${street}`, 25)
    const expected = seededStations.filter((s) => s.subDistrict === street)
    expect(items.map((s) => s.id).sort()).toEqual(expected.map((s) => s.id).sort())
    const firstCommunity = items.findIndex((s) => s.kind === 'community-station')
    expect(items.slice(firstCommunity).every((s) => s.kind === 'community-station')).toBe(true)
  })

  it.each([
    ['limit=0', 'query.limit'],
    ['limit=51', 'query.limit'],
    ['limit=abc', 'query.limit'],
    ['street=atlantis', 'query.street'],
    ['cursor=%25%25%25', 'query.cursor'],
    [`cursor=${Buffer.from('{"pk":"x"}').toString('base64url')}`, 'query.cursor'],
    ['sort=name', 'query.sort'],
  ])('answers 400 problem+json for %s, naming %s', async (query, path) => {
    const res = await call('GET', `/v1/stations?${query}`)
    expect(res.status).toBe(400)
    expect(res.contentType).toBe('application/problem+json')
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path)
  })

  it('answers the H5 origin with CORS headers', async () => {
    const res = await call('GET', '/v1/stations?limit=1', { headers: { origin: 'http://127.0.0.1:10086' } })
    expect(res.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:10086')
  })
})

describe('GET /v1/stations/{id}', () => {
  it('returns the whole station, hours included', async () => {
    const expected = seededStations.find((s) => s.kind === 'featured')!
    const res = await call('GET', `/v1/stations/${expected.id}`)
    expect(res.status).toBe(200)
    expect(res.body).toEqual(expected)
  })

  it('answers 404 problem+json for a station that does not exist', async () => {
    const res = await call('GET', '/v1/stations/st-nowhere')
    expect(res.status).toBe(404)
    expect(res.contentType).toBe('application/problem+json')
    expect(res.body).toMatchObject({ status: 404, title: '没有找到' })
  })

  it('answers 400 for an id that cannot be a station id', async () => {
    const res = await call('GET', '/v1/stations/DROP%20TABLE')
    expect(res.status).toBe(400)
    expect(res.body.errors[0].path).toBe('path.id')
  })
})
