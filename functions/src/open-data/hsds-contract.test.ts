import { describe, expect, it } from 'vitest'
import { seedCatalog, seedServices, seedStations } from '../../test/open-data-catalog'
import { describeProblems, isRecord } from './contract-rules'
import { hsdsPage, hsdsRoot } from './hsds-api'
import { checkHsds, checkHsdsPage, duplicateIds, type HsdsObjectName } from './hsds-contract'
import { hsdsDataset, hsdsLocation, hsdsService, hsdsServiceSummary } from './hsds'

const dataset = hsdsDataset(seedCatalog())

/** Every object with an id anywhere in `value`, by the property (or list) it was found under. */
function objectsByKind(value: unknown, kind = 'root', into = new Map<string, { id: string }[]>()) {
  if (Array.isArray(value)) value.forEach((item) => objectsByKind(item, kind, into))
  else if (isRecord(value)) {
    if (typeof value.id === 'string') into.set(kind, [...(into.get(kind) ?? []), value as { id: string }])
    for (const [key, child] of Object.entries(value)) if (typeof child === 'object') objectsByKind(child, key, into)
  }
  return into
}

const expectConforming = (name: HsdsObjectName, objects: readonly unknown[]) => {
  const problems = objects.flatMap((object) => checkHsds(name, object))
  expect(problems, describeProblems(problems.slice(0, 20))).toEqual([])
}

describe('the seed data, mapped to HSDS 3.0, against the HSDS field tables', () => {
  it('conforms: organizations, every station, every service with all it holds, categories', () => {
    expectConforming('organization', dataset.organizations)
    expectConforming('location', dataset.locations)
    expectConforming('service', dataset.services)
    expectConforming('service_at_location', dataset.serviceAtLocations)
    expectConforming('taxonomy', dataset.taxonomies)
    expectConforming('taxonomy_term', dataset.taxonomyTerms)
    expect(dataset.locations).toHaveLength(seedStations.length)
    expect(dataset.services).toHaveLength(seedServices.length)
  })

  it('publishes sessions and seats for the services that have them, so those tables are exercised too', () => {
    const capacities = dataset.services.flatMap((s) => s.capacities)
    const sessionSchedules = dataset.serviceAtLocations.flatMap((sal) => sal.schedules)
    expect(capacities.length).toBeGreaterThan(seedServices.filter((s) => s.hasSessions).length)
    expect(sessionSchedules).toHaveLength(capacities.length)
  })

  it('gives every entry of a kind its own id, and the same entry reached twice the same object', () => {
    const byKind = objectsByKind(dataset)
    expect([...byKind.keys()].sort()).toEqual(
      expect.arrayContaining(['accessibility', 'addresses', 'capacities', 'languages', 'location', 'phones', 'schedules', 'services']),
    )
    const problems = [...byKind.entries()].flatMap(([kind, objects]) => duplicateIds(objects, kind))
    expect(problems, describeProblems(problems)).toEqual([])
  })

  it('answers lists in Pages that conform, and the root document', () => {
    const services = seedServices.map(hsdsServiceSummary)
    for (const pageNumber of [1, 2, 3, 4]) {
      const problems = checkHsdsPage(hsdsPage(services, pageNumber, 10), 'service')
      expect(problems, describeProblems(problems)).toEqual([])
    }
    const locations = checkHsdsPage(hsdsPage(dataset.locations, 19, 10), 'location')
    expect(locations, describeProblems(locations)).toEqual([])
    expect(checkHsds('root', hsdsRoot())).toEqual([])
    expect(checkHsds('root', hsdsRoot({ profile: 'https://doorstep.example/open-data/hsds/profile' }))).toEqual([])
  })
})

describe('the HSDS contract', () => {
  const location = hsdsLocation(seedStations[0]!)
  const service = hsdsService(
    seedServices.find((s) => s.hasSessions)!,
    seedCatalog(),
  )
  const [schedule] = location.schedules

  const broken: [string, HsdsObjectName | 'root', unknown, string][] = [
    ['a location type HSDS does not have', 'location', { ...location, location_type: 'building' }, 'location.location_type'],
    ['a location without its id', 'location', { ...location, id: undefined }, 'location.id'],
    ['an id that is not a UUID', 'location', { ...location, id: 'st-district-hall' }, 'location.id'],
    ['latitude out of range', 'location', { ...location, latitude: 131.3 }, 'location.latitude'],
    ['a misspelt field', 'location', { ...location, adresses: location.addresses }, 'location.adresses'],
    [
      'an address without its postal code',
      'location',
      { ...location, addresses: [{ ...location.addresses[0], postal_code: undefined }] },
      'location.addresses[0].postal_code',
    ],
    [
      'a country name instead of its code',
      'location',
      { ...location, addresses: [{ ...location.addresses[0], country: 'China' }] },
      'location.addresses[0].country',
    ],
    ['a service status HSDS does not have', 'service', { ...service, status: 'open' }, 'service.status'],
    ['a service without a name', 'service', { ...service, name: undefined }, 'service.name'],
    [
      'a daily frequency (HSDS has WEEKLY and MONTHLY)',
      'location',
      { ...location, schedules: [{ ...schedule, freq: 'DAILY' }] },
      'location.schedules[0].freq',
    ],
    ['English day names in byday', 'location', { ...location, schedules: [{ ...schedule, byday: 'MON,TUE' }] }, 'location.schedules[0]'],
    ['a numbered day in a weekly rule', 'location', { ...location, schedules: [{ ...schedule, byday: '2MO' }] }, 'location.schedules[0]'],
    [
      'a time without its zone',
      'location',
      { ...location, schedules: [{ ...schedule, opens_at: '09:00' }] },
      'location.schedules[0].opens_at',
    ],
    [
      'closing before opening',
      'location',
      { ...location, schedules: [{ ...schedule, opens_at: '17:00+08:00', closes_at: '09:00+08:00' }] },
      'location.schedules[0]',
    ],
    [
      'a time zone name where HSDS wants an offset',
      'location',
      { ...location, schedules: [{ ...schedule, timezone: 'Asia/Shanghai' }] },
      'location.schedules[0].timezone',
    ],
    [
      'more seats available than there are',
      'service',
      { ...service, capacities: [{ ...service.capacities[0], available: 999 }] },
      'service.capacities[0]',
    ],
    [
      'a capacity without its unit',
      'service',
      { ...service, capacities: [{ ...service.capacities[0], unit: undefined }] },
      'service.capacities[0].unit',
    ],
    ['a root of another HSDS version', 'root', { ...hsdsRoot(), version: '2.0' }, 'root.version'],
  ]

  it.each(broken)('fails on %s', (_what, name, object, path) => {
    expect(checkHsds(name, object).map((p) => p.path)).toContain(path)
  })

  it('fails on a Page whose counts disagree with its contents', () => {
    const page = hsdsPage(dataset.organizations, 1, 5)
    expect(checkHsdsPage({ ...page, size: 9 }, 'organization').map((p) => p.problem)).toContain('size 9 is not the 5 items in contents')
    expect(checkHsdsPage({ ...page, last_page: true }, 'organization').map((p) => p.problem)).toContain('last_page is true on page 1 of 2')
    expect(checkHsdsPage({ ...page, contents: [{ id: 'x' }] }, 'organization').map((p) => p.path)).toContain('page.contents[0].id')
  })

  it('fails when two different entries share an id', () => {
    const twin = { ...dataset.locations[1]!, id: dataset.locations[0]!.id }
    expect(duplicateIds([dataset.locations[0]!, twin], 'location')).toHaveLength(1)
  })
})
