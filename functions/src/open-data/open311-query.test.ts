import { describe, expect, it } from 'vitest'
import type { Open311Request } from './open311'
import { OPEN311_MAX_REQUESTS, open311Errors, parseRequestQuery, selectRequests, type Open311QueryResult } from './open311-query'

const NOW = new Date('2026-12-07T09:00:00+08:00')
const DAY_MS = 24 * 60 * 60 * 1000

const filtersOf = (result: Open311QueryResult) => {
  if (!result.ok) throw new Error(`expected filters, got ${JSON.stringify(result.errors)}`)
  return result.filters
}
const problemsOf = (result: Open311QueryResult) => (result.ok ? [] : result.errors.map((e) => `${e.parameter}:${e.problem}`))

describe('the GET requests query', () => {
  it('covers the 90 days up to now when it names no dates, all statuses and codes', () => {
    expect(filtersOf(parseRequestQuery({}, NOW))).toEqual({
      by: 'search',
      extensions: false,
      start: new Date(NOW.getTime() - 90 * DAY_MS),
      end: NOW,
    })
  })

  it('reads W3C date-times in any zone, with or without seconds, and a + that arrived as a space', () => {
    const filters = filtersOf(parseRequestQuery({ start_date: '2026-11-01T00:00:00+08:00', end_date: '2026-11-30T16:00Z' }, NOW))
    expect(filters).toMatchObject({ start: new Date('2026-10-31T16:00:00Z'), end: new Date('2026-11-30T16:00:00Z') })
    expect(filtersOf(parseRequestQuery({ start_date: '2026-11-01T00:00:00 08:00' }, NOW))).toMatchObject({
      start: new Date('2026-10-31T16:00:00Z'),
    })
  })

  it('takes a missing end 90 days after the start, and a missing start 90 days before the end', () => {
    expect(filtersOf(parseRequestQuery({ start_date: '2026-01-01T00:00:00Z' }, NOW))).toMatchObject({
      end: new Date('2026-04-01T00:00:00Z'),
    })
    expect(filtersOf(parseRequestQuery({ end_date: '2026-04-01T00:00:00Z' }, NOW))).toMatchObject({
      start: new Date('2026-01-01T00:00:00Z'),
    })
  })

  it('allows exactly 90 days, and refuses 90 days and a second, or an end before the start', () => {
    expect(parseRequestQuery({ start_date: '2026-01-01T00:00:00Z', end_date: '2026-04-01T00:00:00Z' }, NOW).ok).toBe(true)
    expect(problemsOf(parseRequestQuery({ start_date: '2026-01-01T00:00:00Z', end_date: '2026-04-01T00:00:01Z' }, NOW))).toEqual([
      'end_date:range-over-90-days',
    ])
    expect(problemsOf(parseRequestQuery({ start_date: '2026-02-01T00:00:00Z', end_date: '2026-01-01T00:00:00Z' }, NOW))).toEqual([
      'end_date:end-before-start',
    ])
  })

  it.each(['2026-11-01', '2026-11-01T00:00:00', '2026-02-30T00:00:00Z', '2026-13-01T00:00:00Z', '2026-11-01T24:00:00Z', 'yesterday'])(
    'refuses %s as a date-time',
    (text) => {
      expect(problemsOf(parseRequestQuery({ start_date: text }, NOW))).toEqual(['start_date:not-a-w3c-datetime'])
    },
  )

  it('takes comma lists of statuses and service codes, and names each unknown one', () => {
    expect(filtersOf(parseRequestQuery({ status: 'open,closed', service_code: 'policy, other' }, NOW))).toMatchObject({
      statuses: ['open', 'closed'],
      serviceCodes: ['policy', 'other'],
    })
    const refused = parseRequestQuery({ status: 'open,answered', service_code: 'pothole', extensions: 'yes' }, NOW)
    expect(problemsOf(refused)).toEqual(['extensions:not-true-or-false', 'service_code:unknown-service-code', 'status:unknown-status'])
    expect(refused.ok ? [] : open311Errors(refused.errors)).toEqual([
      { code: 400, description: 'extensions: extensions 须为 true 或 false' },
      { code: 400, description: 'service_code: 没有这个 service_code：pothole（见 services 列表）' },
      { code: 400, description: 'status: status 须为 open 或 closed，不能是 answered' },
    ])
  })

  it('lets service_request_id override every other filter, bad dates included', () => {
    expect(
      filtersOf(
        parseRequestQuery({ service_request_id: 'ly-20261125-k7qx,LY-20261126-AB2C', start_date: 'nonsense', extensions: 'true' }, NOW),
      ),
    ).toEqual({
      by: 'id',
      extensions: true,
      serviceRequestIds: ['LY-20261125-K7QX', 'LY-20261126-AB2C'],
    })
    expect(problemsOf(parseRequestQuery({ service_request_id: 'LY-1,<script>' }, NOW))).toEqual([
      'service_request_id:bad-service-request-id',
    ])
    const tooMany = Array.from({ length: 101 }, (_, i) => `LY-20261125-${String(i).padStart(4, '0')}`).join(',')
    expect(problemsOf(parseRequestQuery({ service_request_id: tooMany }, NOW))).toEqual(['service_request_id:too-many-service-request-ids'])
  })

  it('treats an empty parameter as no parameter, and ignores ones it does not know', () => {
    expect(filtersOf(parseRequestQuery({ status: '', start_date: ' ', api_key: 'x', page: '2' }, NOW))).toEqual(
      filtersOf(parseRequestQuery({}, NOW)),
    )
  })

  it('answers 404 for another jurisdiction, when it knows its own', () => {
    const result = parseRequestQuery({ jurisdiction_id: 'sfgov.org' }, NOW, { jurisdictionId: 'gusu.suzhou.gov.cn' })
    expect(result.ok ? undefined : result.errors[0]).toMatchObject({
      parameter: 'jurisdiction_id',
      problem: 'unknown-jurisdiction',
      code: 404,
    })
    expect(parseRequestQuery({ jurisdiction_id: 'gusu.suzhou.gov.cn' }, NOW, { jurisdictionId: 'gusu.suzhou.gov.cn' }).ok).toBe(true)
  })
})

describe('selecting requests', () => {
  const request = (id: string, at: string, overrides: Partial<Open311Request> = {}): Open311Request => ({
    service_request_id: id,
    status: 'closed',
    service_name: '社会保障',
    service_code: 'social-security',
    description: '问题',
    agency_responsible: '姑苏区平江街道办事处',
    requested_datetime: at,
    updated_datetime: at,
    expected_datetime: at,
    ...overrides,
  })
  const all = [
    request('LY-20261101-AAAA', '2026-11-01T09:00:00+08:00'),
    request('LY-20261120-BBBB', '2026-11-20T09:00:00+08:00', { status: 'open' }),
    request('LY-20261201-CCCC', '2026-12-01T09:00:00+08:00', { service_code: 'policy' }),
    request('LY-20260801-DDDD', '2026-08-01T09:00:00+08:00'),
  ]

  it('keeps those in the range and of the asked codes and statuses, newest first', () => {
    const recent = filtersOf(parseRequestQuery({}, NOW))
    expect(selectRequests(all, recent).map((r) => r.service_request_id)).toEqual([
      'LY-20261201-CCCC',
      'LY-20261120-BBBB',
      'LY-20261101-AAAA',
    ])
    const openOnes = filtersOf(parseRequestQuery({ status: 'open' }, NOW))
    expect(selectRequests(all, openOnes).map((r) => r.service_request_id)).toEqual(['LY-20261120-BBBB'])
    const policy = filtersOf(parseRequestQuery({ service_code: 'policy' }, NOW))
    expect(selectRequests(all, policy).map((r) => r.service_request_id)).toEqual(['LY-20261201-CCCC'])
  })

  it('finds requests by number in the order asked, whatever their date', () => {
    const byId = filtersOf(parseRequestQuery({ service_request_id: 'LY-20260801-DDDD,LY-NOT-THERE,ly-20261101-aaaa' }, NOW))
    expect(selectRequests(all, byId).map((r) => r.service_request_id)).toEqual(['LY-20260801-DDDD', 'LY-20261101-AAAA'])
  })

  it('answers at most the first 1000', () => {
    const many = Array.from({ length: 1200 }, (_, i) => request(`LY-20261130-${String(i).padStart(4, '0')}`, '2026-11-30T09:00:00+08:00'))
    expect(selectRequests(many, filtersOf(parseRequestQuery({}, NOW)))).toHaveLength(OPEN311_MAX_REQUESTS)
  })
})
