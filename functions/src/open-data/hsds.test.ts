import { SUB_DISTRICT_IDS, type ServiceSession, type Station } from '@doorstep/shared'
import { describe, expect, it } from 'vitest'
import { CATALOG_NOW, seedCatalog, seedServices, seedSessions, seedStations } from '../../test/open-data-catalog'
import { wgs84Of } from './coordinates'
import { hsdsDataset, hsdsLocation, hsdsOrganizations, hsdsService, hsdsTaxonomyTerms } from './hsds'
import { hsdsId } from './stable-ids'

const station = (id: string) => seedStations.find((s) => s.id === id)!
const service = (id: string) => seedServices.find((s) => s.id === id)!
const catalog = seedCatalog()

describe('organizations', () => {
  it('are the district bureau and the eight sub-district offices, with ids derived from their keys', () => {
    const organizations = hsdsOrganizations()
    expect(organizations.map((o) => o.name)).toEqual([
      '苏州市姑苏区人力资源和社会保障局',
      ...['平江', '沧浪', '双塔', '金阊', '虎丘', '白洋湾', '吴门桥', '苏锦'].map((name) => `姑苏区${name}街道办事处`),
    ])
    expect(organizations.map((o) => o.id)).toEqual(['district', ...SUB_DISTRICT_IDS].map((key) => hsdsId('organization', key)))
  })
})

describe('a station as an HSDS location', () => {
  it('publishes WGS84, not the GCJ-02 we keep, and the address split into HSDS fields', () => {
    const hall = hsdsLocation(station('st-district-hall'))
    expect({ latitude: hall.latitude, longitude: hall.longitude }).toEqual(wgs84Of({ lat: 31.3012, lng: 120.6139 }))
    expect(hall.longitude).toBeLessThan(120.6139)
    expect(hall.addresses).toEqual([
      expect.objectContaining({
        address_1: '人民路1500号姑苏区政务服务中心二楼',
        city: '苏州市',
        region: '姑苏区',
        state_province: '江苏省',
        country: 'CN',
        address_type: 'physical',
        location_id: hall.id,
      }),
    ])
    expect(hall).toMatchObject({ location_type: 'physical', external_identifier: 'st-district-hall', sample: true })
  })

  it('belongs to the bureau when it is the district hall, else to its sub-district’s office', () => {
    expect(hsdsLocation(station('st-district-hall')).organization_id).toBe(hsdsId('organization', 'district'))
    expect(hsdsLocation(station('st-pingjiang-xinhua')).organization_id).toBe(hsdsId('organization', 'pingjiang'))
    expect(hsdsLocation(station('fp-boc-gusu')).organization_id).toBe(hsdsId('organization', 'canglang'))
  })

  it('turns a week with a lunch break into one schedule row per interval, listing the days that have it', () => {
    const schedules = hsdsLocation(station('st-pingjiang-xinhua')).schedules
    expect(
      schedules.map(({ byday, opens_at, closes_at, freq, description }) => ({ byday, opens_at, closes_at, freq, description })),
    ).toEqual([
      { byday: 'MO,TU,WE,TH,FR', opens_at: '09:00+08:00', closes_at: '12:00+08:00', freq: 'WEEKLY', description: '周一至周五 09:00–12:00' },
      { byday: 'MO,TU,WE,TH,FR', opens_at: '13:30+08:00', closes_at: '17:30+08:00', freq: 'WEEKLY', description: '周一至周五 13:30–17:30' },
    ])
    expect(schedules.every((s) => s.timezone === 8 && s.notes === '法定节假日休息；调休上班的周末按周一时间开放。')).toBe(true)
  })

  it('shares a row between weekdays and a shorter Saturday, and says holiday hours when a station has them', () => {
    const withHoliday: Station = {
      ...station('st-district-hall'),
      hours: { ...station('st-district-hall').hours, holiday: [['10:00', '12:00']] },
    }
    const schedules = hsdsLocation(withHoliday).schedules
    expect(schedules.map((s) => [s.byday, s.opens_at, s.closes_at])).toEqual([
      ['MO,TU,WE,TH,FR', '09:00+08:00', '17:00+08:00'],
      ['SA', '09:00+08:00', '12:00+08:00'],
    ])
    expect(schedules[0]!.notes).toBe('法定节假日 10:00–12:00；调休上班的周末按周一时间开放。')
  })

  it('lists each accessibility provision, and Chinese Sign Language where the station offers 手语服务', () => {
    const hall = hsdsLocation(station('st-district-hall'))
    expect(hall.accessibility.map((a) => a.description)).toEqual(station('st-district-hall').accessibility)
    expect(hall.languages.map((l) => l.code)).toEqual(['zh', 'csl'])
    expect(hsdsLocation(station('st-pingjiang-xinhua')).languages.map((l) => l.code)).toEqual(['zh'])
  })

  it('keeps the ids of parts when a list is reordered', () => {
    const original = station('st-district-hall')
    const reordered = { ...original, accessibility: [...original.accessibility].reverse() }
    const ids = (s: Station) => new Set(hsdsLocation(s).accessibility.map((a) => a.id))
    expect(ids(reordered)).toEqual(ids(original))
  })
})

describe('a service project as an HSDS service', () => {
  it('carries eligibility, documents, how to apply, waiting time and fees', () => {
    const onboarding = hsdsService(service('svc-company-onboarding'), catalog)
    expect(onboarding).toMatchObject({
      name: '企业开办社保一站办',
      status: 'active',
      eligibility_description: '面向：用人单位、创业者',
      wait_time: '最快15分钟',
      fees_description: '免费',
      assured_date: service('svc-company-onboarding').verifiedOn,
      organization_id: hsdsId('organization', 'district'),
    })
    expect(onboarding.required_documents.map((d) => d.document)).toEqual(['营业执照', '法定代表人身份证', '员工身份证信息'])
    expect(onboarding.application_process).toBe('带齐材料到提供本服务的服务站窗口办理。')
    expect(onboarding.cost_options).toEqual([expect.objectContaining({ option: '免费', currency: 'CNY', amount: 0 })])
  })

  it('gives a fee that is not plainly free no amount, and says sign-up by session where there are sessions', () => {
    const siyb = hsdsService(service('svc-siyb-training'), catalog)
    expect(siyb.cost_options).toEqual([{ id: expect.any(String), service_id: siyb.id, option: '符合条件人员免费' }])
    expect(siyb.application_process).toContain('按场次报名')
    expect(siyb.application_process).toContain('在线申请')
  })

  it('is offered at each station listing it, with the station embedded, in the sub-districts those stations are in', () => {
    const onboarding = hsdsService(service('svc-company-onboarding'), catalog)
    const offering = seedStations.filter((s) => s.serviceIds.includes('svc-company-onboarding'))
    expect(offering.map((s) => s.subDistrict).sort()).toEqual(['canglang', 'canglang', 'sujin'])
    expect(onboarding.service_at_locations.map((sal) => sal.location!.external_identifier)).toEqual(offering.map((s) => s.id))
    expect(onboarding.service_at_locations.every((sal) => sal.location_id === sal.location!.id && sal.service_id === onboarding.id)).toBe(
      true,
    )
    expect(onboarding.service_areas.map((a) => a.name)).toEqual(['沧浪街道', '苏锦街道'])
    expect(hsdsService(service('svc-social-security-card'), catalog).service_areas).toHaveLength(8)
  })

  it('files the service under its category through an attribute carrying the taxonomy', () => {
    const [attribute] = hsdsService(service('svc-labour-dispute-mediation'), catalog).attributes
    expect(attribute!.taxonomy_term).toMatchObject({
      code: 'mediation',
      name: '调解维权',
      taxonomy_detail: { name: '家门口人社服务六大类' },
    })
    expect(attribute!.taxonomy_term_id).toBe(hsdsId('taxonomy_term', 'mediation'))
  })

  it('publishes each upcoming session as a schedule at its station and its remaining seats as a capacity', () => {
    const sessions = seedSessions().filter((s) => s.serviceId === 'svc-siyb-training')
    const siyb = hsdsService(service('svc-siyb-training'), catalog)
    expect(siyb.capacities).toHaveLength(sessions.length)
    for (const session of sessions) {
      const capacity = siyb.capacities.find((c) => c.id === hsdsId('service_capacity', session.id))!
      expect(capacity).toMatchObject({ maximum: session.capacity, available: Math.max(0, session.capacity - session.confirmed) })
      expect(capacity.updated).toBe(CATALOG_NOW.toISOString())
      const atStation = siyb.service_at_locations.find((sal) => sal.location!.external_identifier === session.stationId)!
      expect(atStation.schedules.map((s) => s.id)).toContain(hsdsId('schedule', `session/${session.id}`))
    }
  })

  it('never reports fewer than no seats, even when more are confirmed than there are places', () => {
    const full: ServiceSession = { ...seedSessions()[0]!, capacity: 10, confirmed: 12 }
    const mapped = hsdsService(service(full.serviceId), { ...catalog, sessions: [full] })
    expect(mapped.capacities[0]).toMatchObject({ available: 0, maximum: 10 })
  })

  it('leaves out sessions that have started', () => {
    const [first] = seedSessions()
    const started: ServiceSession = { ...first!, id: 'ses-started-20261207', startsAt: '2026-12-07T08:30', endsAt: '2026-12-07T11:00' }
    const mapped = hsdsService(service(first!.serviceId), { ...catalog, sessions: [started] })
    expect(mapped.capacities).toEqual([])
    expect(mapped.service_at_locations.flatMap((sal) => sal.schedules)).toEqual([])
  })

  it('writes a course over several days as a weekly rule over exactly those days', () => {
    const course = seedSessions().find((s) => s.id.startsWith('ses-siyb-hall-'))!
    const schedule = hsdsService(service('svc-siyb-training'), catalog)
      .service_at_locations.flatMap((sal) => sal.schedules)
      .find((s) => s.id === hsdsId('schedule', `session/${course.id}`))!
    expect(schedule).toMatchObject({
      freq: 'WEEKLY',
      byday: 'MO,TU,WE,TH,FR',
      dtstart: course.startsAt.slice(0, 10),
      until: course.endsAt.slice(0, 10),
      opens_at: `${course.startsAt.slice(11)}+08:00`,
      closes_at: `${course.endsAt.slice(11)}+08:00`,
    })
  })
})

describe('the dataset', () => {
  it('holds every station once, every project, and the six categories described by their projects', () => {
    const dataset = hsdsDataset(catalog)
    expect(dataset.locations).toHaveLength(seedStations.length)
    expect(dataset.services).toHaveLength(23)
    expect(dataset.taxonomyTerms.map((t) => t.code)).toEqual(['policy', 'employment', 'hiring', 'talent', 'social-security', 'mediation'])
    expect(hsdsTaxonomyTerms(seedServices)[0]!.description).toBe('政策服务：政策咨询·一键查询、政策宣讲进社区')
    expect(dataset.serviceAtLocations).toHaveLength(seedStations.reduce((n, s) => n + s.serviceIds.length, 0))
  })

  it('maps the same catalog to the same publication every time', () => {
    expect(JSON.stringify(hsdsDataset(seedCatalog()))).toBe(JSON.stringify(hsdsDataset(seedCatalog())))
  })
})
