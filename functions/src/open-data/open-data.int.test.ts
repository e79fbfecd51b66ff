/** Open data through HTTP on dynalite: HSDS 3.0 over the seeded catalog, GeoReport v2 over the public board. */
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { bearer, call, signInUser, useSourceAddress } from '../../test/http'
import { actAsAdmin, submitMessage } from '../../test/messages'
import { createSession } from '../../test/sessions'
import { describeProblems } from './contract-rules'
import { checkHsds, checkHsdsPage } from './hsds-contract'
import type { HsdsPage } from './hsds-types'
import { checkOpen311Json, checkOpen311Xml, parseOpen311Xml } from './open311-contract'

const fieldsOf = (body: { errors?: Array<{ path: string }> }) => (body.errors ?? []).map((e) => e.path).sort()
const noProblems = (problems: { path: string; problem: string }[]) => expect(describeProblems(problems)).toBe('')

type Page = HsdsPage<Record<string, any>>
const hsds = <T = Page>(path: string, headers: Record<string, string> = {}) => call<T>('GET', `/open/hsds${path}`, { headers })

describe('HSDS 3.0 (/open/hsds)', () => {
  it('answers the root with the version, profile and API description', async () => {
    const res = await hsds<Record<string, string>>('')
    expect(res.status).toBe(200)
    noProblems(checkHsds('root', res.body))
    expect(res.body.version).toBe('3.0')
  })

  it('pages through every station as a location, each page valid, in WGS84 around Suzhou', async () => {
    const first = await hsds('/locations?per_page=50')
    expect(first.status).toBe(200)
    noProblems(checkHsdsPage(first.body, 'location'))
    expect(first.body.total_items).toBeGreaterThanOrEqual(178)
    expect(first.body).toMatchObject({ page_number: 1, size: 50, first_page: true, last_page: false, empty: false })
    const last = await hsds(`/locations?per_page=50&page=${first.body.total_pages}`)
    noProblems(checkHsdsPage(last.body, 'location'))
    expect(last.body).toMatchObject({
      last_page: true,
      first_page: false,
      size: first.body.total_items - 50 * (first.body.total_pages - 1),
    })
    const past = await hsds(`/locations?per_page=50&page=${first.body.total_pages + 1}`)
    expect(past.body).toMatchObject({ empty: true, size: 0, contents: [] })
    for (const location of first.body.contents) {
      expect(location.latitude).toBeGreaterThan(31.2)
      expect(location.latitude).toBeLessThan(31.4)
      expect(location.longitude).toBeGreaterThan(120.5)
      expect(location.longitude).toBeLessThan(120.7)
    }
  })

  it('lists the 23 services, 6 taxonomy terms, the organizations and service_at_locations, each valid', async () => {
    const services = await hsds('/services?per_page=100')
    noProblems(checkHsdsPage(services.body, 'service'))
    expect(services.body.total_items).toBe(23)
    const terms = await hsds('/taxonomy_terms')
    noProblems(checkHsdsPage(terms.body, 'taxonomy_term'))
    expect(terms.body.total_items).toBe(6)
    const taxonomies = await hsds('/taxonomies')
    noProblems(checkHsdsPage(taxonomies.body, 'taxonomy'))
    const organizations = await hsds('/organizations')
    noProblems(checkHsdsPage(organizations.body, 'organization'))
    expect(organizations.body.total_items).toBe(9)
    const links = await hsds('/service_at_locations?per_page=200')
    noProblems(checkHsdsPage(links.body, 'service_at_location'))
    expect(links.body.total_items).toBeGreaterThan(178)
  })

  it('filters by taxonomy term, organization and search, and nests with full=true', async () => {
    const terms = await hsds('/taxonomy_terms')
    const employment = terms.body.contents.find((term) => term.code === 'employment')!
    const all = await hsds('/services?per_page=100&full=true')
    const inTerm = await hsds(`/services?per_page=100&taxonomy_term_id=${employment.id}`)
    const expected = all.body.contents.filter((s) =>
      s.attributes.some((a: { taxonomy_term_id: string }) => a.taxonomy_term_id === employment.id),
    )
    expect(inTerm.body.contents.map((s) => s.id).sort()).toEqual(expected.map((s) => s.id).sort())
    expect(expected.length).toBeGreaterThan(0)
    expect(expected.length).toBeLessThan(23)
    noProblems(checkHsdsPage(all.body, 'service'))

    const organizations = await hsds('/organizations')
    const pingjiang = organizations.body.contents.find((o) => o.alternate_name === '平江街道')!
    const ofPingjiang = await hsds(`/locations?per_page=200&organization_id=${pingjiang.id}`)
    expect(ofPingjiang.body.total_items).toBeGreaterThan(0)
    expect(ofPingjiang.body.contents.every((l) => l.organization_id === pingjiang.id)).toBe(true)

    const searched = await hsds(`/services?search=${encodeURIComponent('养老')}`)
    expect(searched.body.total_items).toBeGreaterThan(0)
    expect(searched.body.contents.every((s) => `${s.name}${s.description}${s.eligibility_description}`.includes('养老'))).toBe(true)
  })

  it('answers services/{id} fully nested, and 404 for an unknown id', async () => {
    const list = await hsds('/services?per_page=1')
    const one = await hsds<Record<string, any>>(`/services/${list.body.contents[0]!.id}`)
    expect(one.status).toBe(200)
    noProblems(checkHsds('service', one.body))
    expect(one.body.service_at_locations.length).toBeGreaterThan(0)
    const missing = await hsds('/services/00000000-0000-5000-8000-000000000000')
    expect(missing.status).toBe(404)
    expect(missing.contentType).toContain('application/problem+json')
  })

  it('refuses, by name, filters a list does not take and parameters it does not know', async () => {
    const res = await hsds<{ errors: { path: string }[] }>('/taxonomies?taxonomy_id=x&full=true')
    expect(res.status).toBe(400)
    expect(fieldsOf(res.body)).toEqual(['query.full', 'query.taxonomy_id'])
    const unknown = await hsds<{ errors: { path: string }[] }>('/services?minimal=true&per_page=0')
    expect(unknown.status).toBe(400)
    expect(fieldsOf(unknown.body)).toEqual(['query.minimal', 'query.per_page'])
    const collection = await hsds<{ errors: { path: string }[] }>('/programs')
    expect(collection.status).toBe(400)
    expect(fieldsOf(collection.body)).toEqual(['path.collection'])
  })

  it('publishes remaining seats of an upcoming session as its capacity, and a sign-up takes one', async () => {
    const session = await createSession({ capacity: 3, title: '开放数据名额' })
    const seatsOf = async () => {
      const services = await hsds('/services?per_page=100&full=true')
      const capacities = services.body.contents.flatMap(
        (s) => s.capacities as { description: string; available: number; maximum: number }[],
      )
      return capacities.find((c) => c.description.includes('开放数据名额'))
    }
    expect(await seatsOf()).toMatchObject({ available: 3, maximum: 3 })
    const { token } = await signInUser(`open-data-seat-${session.id}`)
    const signUp = await call('POST', `/v1/sessions/${session.id}/enrollments`, { headers: bearer(token), body: {} })
    expect(signUp.status, JSON.stringify(signUp.body)).toBe(201)
    expect(await seatsOf()).toMatchObject({ available: 2, maximum: 3 })
  })

  it('is cacheable: a strong ETag, public Cache-Control, and 304 with no body for a copy still current', async () => {
    const first = await hsds('/taxonomy_terms')
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(first.headers.get('cache-control')).toBe('public, max-age=300')
    const again = await hsds('/taxonomy_terms', { 'if-none-match': etag })
    expect(again.status).toBe(304)
    expect(again.body).toBeUndefined()
    const weakened = await hsds('/taxonomy_terms', { 'if-none-match': `"other", W/${etag}` })
    expect(weakened.status).toBe(304)
    const changed = await hsds('/taxonomy_terms?per_page=2', { 'if-none-match': etag })
    expect(changed.status).toBe(200)
  })
})

const georeport = (path: string) => call('GET', `/open/georeport/v2/${path}`)

/** A public message with a phone number in it, answered by the admin: what the board (and so GeoReport) shows. */
async function answeredPublicMessage(text: string) {
  const { token } = await signInUser(`open311-${randomUUID().slice(0, 8)}`)
  const id = await submitMessage(token, {
    title: `开放数据测试 ${text}`,
    content: `请回电 13912345678，我想问灵活就业社保怎么交。${text}`,
    stationId: 'st-centre-pingjiang',
  })
  const reply = await actAsAdmin(id, { action: 'reply', answer: '灵活就业人员可在服务站窗口或线上办理参保登记。' })
  expect(reply.status).toBe(200)
  const mine = await call('GET', `/v1/messages/${id}`, { headers: bearer(token) })
  return { id, token, trackingNo: mine.body.trackingNo as string, answerDeadline: mine.body.answerDeadline as string }
}

describe('Open311 GeoReport v2 (/open/georeport/v2)', () => {
  it('answers discovery and services in JSON and XML, each matching the field list', async () => {
    for (const kind of ['discovery', 'services'] as const) {
      const json = await georeport(`${kind}.json`)
      expect(json.status).toBe(200)
      noProblems(checkOpen311Json(kind, json.body))
      const xml = await georeport(`${kind}.xml`)
      expect(xml.contentType).toContain('text/xml')
      noProblems(checkOpen311Xml(kind, xml.body))
    }
    const services = await georeport('services.json')
    expect(services.body.map((s: { service_code: string }) => s.service_code)).toContain('social-security')
  })

  it("publishes an answered public message masked, placed at its station (never the resident's), with deadline and answer", async () => {
    const message = await answeredPublicMessage('A')
    const res = await georeport(`requests/${message.trackingNo}.json`)
    expect(res.status).toBe(200)
    noProblems(checkOpen311Json('requests', res.body))
    const [request] = res.body
    expect(request).toMatchObject({ service_request_id: message.trackingNo, status: 'closed', service_code: 'social-security' })
    expect(request.description).toContain('139****5678')
    expect(JSON.stringify(res.body)).not.toContain('13912345678')
    expect(request.status_notes).toBe('灵活就业人员可在服务站窗口或线上办理参保登记。')
    // GeoReport's date-times carry whole seconds
    expect(Date.parse(request.expected_datetime)).toBe(Math.floor(Date.parse(message.answerDeadline) / 1000) * 1000)
    const station = await call('GET', '/v1/stations/st-centre-pingjiang')
    expect(request.address).toContain(station.body.address)
    expect(request.extended_attributes).toBeUndefined()

    const xml = await georeport(`requests/${message.trackingNo}.xml?extensions=true`)
    noProblems(checkOpen311Xml('requests', xml.body))
    const parsed = parseOpen311Xml(xml.body) as { service_requests: { request: Record<string, any> | Record<string, any>[] } }
    const [fromXml] = [parsed.service_requests.request].flat()
    expect(fromXml).toMatchObject({ service_request_id: message.trackingNo, extended_attributes: { me_too: '0' } })
  })

  it('lists by date range, status and code, in both formats; private messages never appear', async () => {
    const message = await answeredPublicMessage('B')
    const { token } = await signInUser(`open311-p-${randomUUID().slice(0, 8)}`)
    const privateId = await submitMessage(token, { public: false, title: '私下咨询养老金' })
    await actAsAdmin(privateId, { action: 'reply', answer: '已电话联系。' })
    const start = encodeURIComponent(new Date(Date.now() - 3_600_000).toISOString())
    const closed = await georeport(`requests.json?start_date=${start}&status=closed&service_code=social-security`)
    expect(closed.status).toBe(200)
    noProblems(checkOpen311Json('requests', closed.body))
    const numbers = closed.body.map((r: { service_request_id: string }) => r.service_request_id)
    expect(numbers).toContain(message.trackingNo)
    expect(JSON.stringify(closed.body)).not.toContain('私下咨询养老金')
    const open = await georeport(`requests.json?start_date=${start}&status=open`)
    expect(open.body.map((r: { service_request_id: string }) => r.service_request_id)).not.toContain(message.trackingNo)
    const xml = await georeport(`requests.xml?start_date=${start}&status=closed`)
    noProblems(checkOpen311Xml('requests', xml.body))
    expect(xml.body).toContain(message.trackingNo)
  })

  it("answers bad queries with GeoReport's errors, in the format asked for", async () => {
    const tooLong = await georeport('requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z')
    expect(tooLong.status).toBe(400)
    noProblems(checkOpen311Json('errors', tooLong.body))
    expect(tooLong.body[0].description).toContain('end_date')
    const xml = await georeport('requests.xml?status=pending')
    expect(xml.status).toBe(400)
    noProblems(checkOpen311Xml('errors', xml.body))
    const missing = await georeport('requests/LY-20200101-ZZZZ.json')
    expect(missing.status).toBe(404)
    noProblems(checkOpen311Json('errors', missing.body))
    const jurisdiction = await georeport('services.json?jurisdiction_id=elsewhere')
    expect(jurisdiction.status).toBe(404)
  })
})

describe('open data limits', () => {
  it('limits each address to 300 calls a minute (429 with Retry-After), others unaffected', async () => {
    // the window is the clock's minute: start well inside one, so the burst is counted in a single window
    const intoMinute = Date.now() % 60_000
    if (intoMinute > 45_000) await new Promise((resolve) => setTimeout(resolve, 61_000 - intoMinute))
    useSourceAddress('127.0.0.77')
    try {
      const statuses: number[] = []
      for (let batch = 0; batch < 31; batch++) {
        const answers = await Promise.all(Array.from({ length: batch === 30 ? 1 : 10 }, () => hsds<unknown>('')))
        statuses.push(...answers.map((a) => a.status))
      }
      expect(statuses.filter((s) => s === 200)).toHaveLength(300)
      const refused = await hsds<unknown>('')
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(statuses.at(-1)).toBe(429)
    } finally {
      useSourceAddress()
    }
    expect((await hsds<unknown>('')).status).toBe(200)
  })
})
