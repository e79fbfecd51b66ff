import { maskPersonalText, type Station } from '@doorstep/shared'
import { describe, expect, it } from 'vitest'
import { CATALOG_NOW, seedMessageRecords, seedServices, seedStations } from '../../test/open-data-catalog'
import type { MessageRecord } from '../messages/keys'
import { boardRequestOf } from './board-requests'
import { describeProblems } from './contract-rules'
import { wgs84Of } from './coordinates'
import {
  open311Discovery,
  open311Request,
  open311Services,
  serializeOpen311,
  w3cShanghai,
  type BoardRequest,
  type Open311Document,
  type Open311Request,
} from './open311'
import { checkOpen311Json, checkOpen311Xml, parseOpen311Xml } from './open311-contract'

const stations: ReadonlyMap<string, Station> = new Map(seedStations.map((s) => [s.id, s]))

function record(overrides: Partial<MessageRecord> = {}): MessageRecord {
  return {
    id: 'msg-00000000-0000-4000-8000-000000000001',
    trackingNo: 'LY-20261125-K7QX',
    authorId: 'user-1',
    category: 'social-security',
    title: '社保卡补办要多久',
    content: '老人的社保卡丢了，想问一下怎么补办。',
    phone: '13912345678',
    subDistrict: 'pingjiang',
    public: true,
    anonymous: false,
    status: 'answered',
    submittedAt: '2026-11-25T01:30:00.000Z',
    answerDeadline: '2026-11-28T15:59:59.999Z',
    answer: { text: '请带身份证到服务站窗口办理，当场可取。', at: '2026-11-26T02:00:00.000Z', staffId: 'answerer.pingjiang' },
    notes: [{ at: '2026-11-25T03:00:00.000Z', staffId: 'answerer.pingjiang', text: '内部备注：已电话联系 13912345678' }],
    audit: [
      { at: '2026-11-25T01:30:00.000Z', action: 'submit', status: 'pending', userId: 'user-1' },
      { at: '2026-11-25T03:00:00.000Z', action: 'note', status: 'pending', staffId: 'answerer.pingjiang' },
      { at: '2026-11-26T02:00:00.000Z', action: 'reply', status: 'answered', staffId: 'answerer.pingjiang' },
    ],
    meToo: 4,
    ...overrides,
  }
}

const requestOf = (r: MessageRecord, extensions = false) => open311Request(boardRequestOf(r)!, stations, { extensions })

const bothFormats = (document: Open311Document) => ({
  json: serializeOpen311(document, 'json').body,
  xml: serializeOpen311(document, 'xml').body,
})

describe('the message categories as GeoReport services', () => {
  it('lists the seven categories, realtime and without extra metadata, with their projects as keywords', () => {
    const services = open311Services(seedServices)
    expect(services.map((s) => s.service_code)).toEqual([
      'policy',
      'employment',
      'hiring',
      'talent',
      'social-security',
      'mediation',
      'other',
    ])
    expect(services[0]).toMatchObject({ service_name: '政策服务', metadata: false, type: 'realtime', group: '人社留言' })
    expect(services[0]!.keywords).toBe('政策服务, 政策咨询·一键查询, 政策宣讲进社区')
  })
})

describe('a public message as a GeoReport service request', () => {
  it('maps number, status, answer, category, agency, the three times and the station’s place', () => {
    const request = requestOf(record({ stationId: 'st-pingjiang-xinhua' }))
    const xinhua = stations.get('st-pingjiang-xinhua')!
    expect(request).toEqual({
      service_request_id: 'LY-20261125-K7QX',
      status: 'closed',
      status_notes: '请带身份证到服务站窗口办理，当场可取。',
      service_name: '社会保障',
      service_code: 'social-security',
      description: '社保卡补办要多久\n老人的社保卡丢了，想问一下怎么补办。',
      agency_responsible: '姑苏区平江街道办事处',
      requested_datetime: '2026-11-25T09:30:00+08:00',
      // the reply, not the internal note after the submission
      updated_datetime: '2026-11-26T10:00:00+08:00',
      expected_datetime: '2026-11-28T23:59:59+08:00',
      address: `${xinhua.address}（${xinhua.name}）`,
      lat: wgs84Of(xinhua.location).latitude,
      long: wgs84Of(xinhua.location).longitude,
    })
  })

  it('places a message naming no station at its sub-district’s centre, and one naming no sub-district at the district hall', () => {
    const centre = stations.get('st-centre-pingjiang')!
    expect(requestOf(record())).toMatchObject({ address: `${centre.address}（${centre.name}）`, lat: wgs84Of(centre.location).latitude })
    const hall = stations.get('st-district-hall')!
    expect(requestOf(record({ subDistrict: undefined }))).toMatchObject({
      agency_responsible: '苏州市姑苏区人力资源和社会保障局',
      lat: wgs84Of(hall.location).latitude,
      long: wgs84Of(hall.location).longitude,
    })
  })

  it('is open while it awaits an answer, its status note then saying where it stands', () => {
    const waiting = requestOf(record({ status: 'processing', answer: undefined }))
    expect(waiting).toMatchObject({ status: 'open', status_notes: '处理中' })
    expect(requestOf(record({ status: 'reopened' })).status).toBe('open')
    expect(requestOf(record({ status: 'resolved' })).status).toBe('closed')
  })

  it('adds the rating’s score and the me-too count only when extensions are asked for, never the rating’s comment', () => {
    const rated = record({ rating: { score: 4, comment: '还行，联系电话 13912345678', at: '2026-11-27T00:00:00.000Z' } })
    expect(requestOf(rated)).not.toHaveProperty('extended_attributes')
    expect(requestOf(rated, true).extended_attributes).toEqual({ rating: 4, me_too: 4 })
    expect(requestOf(record(), true).extended_attributes).toEqual({ me_too: 4 })
    expect(JSON.stringify(requestOf(rated, true))).not.toContain('还行')
  })

  it('is not published at all when the board would not show it', () => {
    expect(boardRequestOf(record({ public: false }))).toBeUndefined()
    expect(boardRequestOf(record({ status: 'reviewing', answer: undefined }))).toBeUndefined()
    expect(boardRequestOf(record({ status: 'pending', answer: undefined }))).toBeDefined()
  })
})

describe('personal data', () => {
  const phone = '13912345678'
  const idNumber = '320501199001011234'
  const leaky = record({
    title: `电话${phone}能查社保吗`,
    content: `我的身份证${idNumber}，手机 139 1234 5678，请回电。`,
    answer: { text: `已按您留的电话${phone}回复。`, at: '2026-11-26T02:00:00.000Z', staffId: 's' },
    rating: { score: 2, comment: `打${phone}没人接`, at: '2026-11-27T00:00:00.000Z' },
    filedFor: { name: '王小明', phone },
    anonymous: false,
  })

  it('comes out masked as on the public board, in JSON and in XML, extensions and all', () => {
    const { json, xml } = bothFormats({ kind: 'requests', requests: [requestOf(leaky, true)] })
    for (const body of [json, xml]) {
      expect(body).not.toContain(phone)
      expect(body).not.toContain('1234 5678')
      expect(body).not.toContain(idNumber)
      expect(body).not.toContain('王小明')
      expect(body).toContain(maskPersonalText(`电话${phone}`))
      expect(body).toContain('3205**********1234')
    }
  })

  it('never carries the author, their phone field or an internal note', () => {
    const { json } = bothFormats({ kind: 'requests', requests: [requestOf(record(), true)] })
    expect(json).not.toContain('13912345678')
    expect(json).not.toContain('user-1')
    expect(json).not.toContain('内部备注')
    expect(json).not.toContain('answerer.pingjiang')
  })
})

describe('GeoReport JSON and XML', () => {
  const requests: Open311Request[] = seedMessageRecords().map((r) =>
    open311Request(boardRequestOf(r) as BoardRequest, stations, { extensions: true }),
  )
  const documents: [string, Open311Document][] = [
    ['services', { kind: 'services', services: open311Services(seedServices) }],
    ['requests', { kind: 'requests', requests }],
    [
      'discovery',
      {
        kind: 'discovery',
        discovery: open311Discovery({
          changeset: w3cShanghai(CATALOG_NOW.toISOString()),
          contact: '姑苏区人社局：12333',
          endpoints: [{ url: 'https://api.doorstep.example/open311/v2', type: 'production', changeset: '2026-12-01T00:00:00+08:00' }],
        }),
      },
    ],
    ['errors', { kind: 'errors', errors: [{ code: 400, description: 'start_date: 须为带时区的 W3C 日期时间' }] }],
  ]

  it.each(documents)('%s: both formats conform to GeoReport v2', (_name, document) => {
    const { json, xml } = bothFormats(document)
    const jsonProblems = checkOpen311Json(document.kind, JSON.parse(json))
    const xmlProblems = checkOpen311Xml(document.kind, xml)
    expect(jsonProblems, describeProblems(jsonProblems)).toEqual([])
    expect(xmlProblems, describeProblems(xmlProblems)).toEqual([])
  })

  it('maps every seed message, and the XML says what the JSON says', () => {
    expect(requests).toHaveLength(seedMessageRecords().length)
    const { json, xml } = bothFormats({ kind: 'requests', requests })
    const fromXml = (parseOpen311Xml(xml).service_requests as { request: Record<string, unknown>[] }).request
    expect(fromXml.map((r) => r.service_request_id)).toEqual(JSON.parse(json).map((r: Open311Request) => r.service_request_id))
    expect(fromXml[0]).toMatchObject({
      status: 'closed',
      description: requests[0]!.description,
      lat: String(requests[0]!.lat),
      extended_attributes: { me_too: '0' },
    })
  })

  it('writes GeoReport’s element names, escapes text, and gives an empty list an empty root', () => {
    const { xml } = bothFormats({ kind: 'services', services: [{ ...open311Services([])[0]!, description: '<b>A & B</b>' }] })
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<services>\n {2}<service>\n {4}<service_code>policy<\/service_code>/)
    expect(xml).toContain('<metadata>false</metadata>')
    expect(xml).toContain('&lt;b&gt;A &amp; B&lt;/b&gt;')
    expect(serializeOpen311({ kind: 'requests', requests: [] }, 'xml').body).toContain('<service_requests></service_requests>')
    expect(checkOpen311Xml('requests', serializeOpen311({ kind: 'requests', requests: [] }, 'xml').body)).toEqual([])
    expect(serializeOpen311({ kind: 'requests', requests: [] }, 'json')).toEqual({
      contentType: 'application/json; charset=utf-8',
      body: '[]',
    })
  })

  it('nests the discovery document’s endpoints and formats as GeoReport shows them', () => {
    const [, discovery] = documents[2]!
    const { xml, json } = bothFormats(discovery)
    expect(xml).toContain('<endpoints>\n    <endpoint>')
    expect(xml).toContain('<formats>\n        <format>text/xml</format>\n        <format>application/json</format>\n      </formats>')
    expect(JSON.parse(json).endpoints[0].formats).toEqual(['text/xml', 'application/json'])
  })
})

describe('the GeoReport contract', () => {
  const good = requestOf(record(), true)
  const broken: [string, Open311Request | Record<string, unknown>, string][] = [
    ['a status GeoReport does not have', { ...good, status: 'answered' }, 'status'],
    ['a date-time without its zone', { ...good, requested_datetime: '2026-11-25T09:30:00' }, 'requested_datetime'],
    ['a request without its id', { ...good, service_request_id: undefined }, 'service_request_id'],
    ['a latitude without a longitude', { ...good, long: undefined }, 'requests[0]'],
    ['coordinates as text in JSON', { ...good, lat: '31.3' }, 'lat'],
    ['HTML in the description', { ...good, description: '<script>alert(1)</script>' }, 'requests[0]'],
    ['a description over 4,000 characters', { ...good, description: '问'.repeat(4001) }, 'requests[0]'],
    ['a rating outside 1–5', { ...good, extended_attributes: { rating: 6, me_too: 0 } }, 'extended_attributes.rating'],
    ['a field GeoReport does not have', { ...good, author: '居民' }, 'author'],
  ]

  it.each(broken)('fails on %s', (_what, request, path) => {
    const problems = checkOpen311Json('requests', [request])
    expect(problems.map((p) => p.path).some((p) => p === path || p.endsWith(`.${path}`))).toBe(true)
  })

  it('fails on XML that is not GeoReport’s: another root, no declaration, a bad value', () => {
    expect(checkOpen311Xml('requests', '<?xml version="1.0" encoding="UTF-8"?><requests></requests>')[0]!.problem).toContain(
      '<service_requests>',
    )
    expect(checkOpen311Xml('services', '<services></services>')[0]!.problem).toContain('XML declaration')
    const xml = serializeOpen311({ kind: 'services', services: open311Services(seedServices) }, 'xml').body.replace(
      '<metadata>false',
      '<metadata>no',
    )
    expect(checkOpen311Xml('services', xml).map((p) => p.path)).toContain('services.service[0].metadata')
  })

  it('fails on a discovery document without XML among its formats', () => {
    const discovery = open311Discovery({
      changeset: '2026-12-07T09:00:00+08:00',
      contact: '姑苏区人社局：12333',
      endpoints: [{ url: 'https://api.doorstep.example/open311/v2', type: 'test', changeset: '2026-12-07T09:00:00+08:00' }],
    })
    const jsonOnly = { ...discovery, endpoints: [{ ...discovery.endpoints[0]!, formats: ['application/json'] }] }
    expect(checkOpen311Json('discovery', discovery)).toEqual([])
    expect(checkOpen311Json('discovery', jsonOnly).map((p) => p.problem)).toContain(
      'formats must include text/xml (XML is GeoReport’s required format)',
    )
  })
})
