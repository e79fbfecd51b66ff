import {
  audienceName,
  categoryName,
  CATEGORY_IDS,
  SUB_DISTRICTS,
  stationKindName,
  subDistrictName,
  type CategoryId,
  type ServiceProject,
  type ServiceSession,
  type Station,
} from '@doorstep/shared'
import { agencyFor, DISTRICT_BUREAU, DISTRICT_HALL_ID, SUB_DISTRICT_OFFICES, type Agency } from './agencies'
import { wgs84Of } from './coordinates'
import { openingHoursSchedules, serviceAtLocationId, sessionCapacity, sessionSchedule, upcomingSessions } from './hsds-schedules'
import type {
  HsdsAttribute,
  HsdsLanguage,
  HsdsLocation,
  HsdsOrganization,
  HsdsService,
  HsdsServiceAtLocation,
  HsdsServiceSummary,
  HsdsTaxonomy,
  HsdsTaxonomyTerm,
} from './hsds-types'
import { hsdsId } from './stable-ids'

/** What the HSDS mapping reads: the catalog as the stations and services features keep it, and dated sessions. */
export interface HsdsCatalog {
  stations: readonly Station[]
  services: readonly ServiceProject[]
  /** Sessions with their seats taken now; the ones already started are left out of the publication. */
  sessions: readonly ServiceSession[]
  /** When the catalog was read: the moment remaining seats are true at. */
  now: Date
}

export function hsdsOrganization(agency: Agency): HsdsOrganization {
  return {
    id: hsdsId('organization', agency.key),
    name: agency.name,
    alternate_name: agency.alternateName,
    description: agency.description,
  }
}

/** The district bureau, then the eight sub-district offices. */
export function hsdsOrganizations(): HsdsOrganization[] {
  return [DISTRICT_BUREAU, ...SUB_DISTRICT_OFFICES].map(hsdsOrganization)
}

/**
 * Who runs a place: the bureau its own hall, the sub-district office everything else in its area — the centre,
 * the community stations and the featured points, whose desks answer to the sub-district (staff scopes say so).
 */
const operatorOf = (station: Pick<Station, 'id' | 'subDistrict'>) =>
  station.id === DISTRICT_HALL_ID ? DISTRICT_BUREAU : agencyFor(station.subDistrict)

// ── taxonomy: the six categories of the district's action plan

export const CATEGORY_TAXONOMY: HsdsTaxonomy = {
  id: hsdsId('taxonomy', 'service-categories'),
  name: '家门口人社服务六大类',
  description: '姑苏区“家门口的人社服务站”行动方案中的六大类服务内容，每个服务项目属于其中一类。',
  version: '1',
}

/** A term's description lists the projects filed under it, so it says what the category holds in the data itself. */
export function hsdsTaxonomyTerm(category: CategoryId, services: readonly Pick<ServiceProject, 'categoryId' | 'name'>[]): HsdsTaxonomyTerm {
  const name = categoryName(category)
  const projects = services.filter((s) => s.categoryId === category).map((s) => s.name)
  return {
    id: hsdsId('taxonomy_term', category),
    code: category,
    name,
    description: projects.length ? `${name}：${projects.join('、')}` : name,
    taxonomy: CATEGORY_TAXONOMY.name,
    taxonomy_id: CATEGORY_TAXONOMY.id,
    language: 'zh',
  }
}

export function hsdsTaxonomyTerms(services: readonly Pick<ServiceProject, 'categoryId' | 'name'>[]): HsdsTaxonomyTerm[] {
  return CATEGORY_IDS.map((category) => hsdsTaxonomyTerm(category, services))
}

/** A service's category, as HSDS attaches a taxonomy term: through an attribute, with the taxonomy spelled out. */
function categoryAttribute(service: Pick<ServiceProject, 'id' | 'categoryId'>, services: readonly ServiceProject[]): HsdsAttribute {
  const term = hsdsTaxonomyTerm(service.categoryId, services)
  return {
    id: hsdsId('attribute', `${service.id}/category`),
    link_id: hsdsId('service', service.id),
    link_type: 'category',
    link_entity: 'service',
    taxonomy_term_id: term.id,
    taxonomy_term: { ...term, taxonomy_detail: CATEGORY_TAXONOMY },
  }
}

// ── locations

/** Every address we hold is in Gusu district, Suzhou; the seed writes it out in front, HSDS wants it in its fields. */
const CITY = '苏州市'
const DISTRICT = '姑苏区'
/** Suzhou city's postal code: stations carry none of their own, and Gusu's delivery areas are not in our data. */
const SUZHOU_POSTAL_CODE = '215000'
const streetPart = (address: string) => address.replace(/^(江苏省)?苏州市(姑苏区)?/, '') || address

/** The signing desk is a language too: a station that offers 手语服务 serves in Chinese Sign Language (ISO 639-3 csl). */
const SIGN_LANGUAGE = /手语/

function languagesOf(station: Pick<Station, 'id' | 'accessibility'>): HsdsLanguage[] {
  const locationId = hsdsId('location', station.id)
  const spoken: HsdsLanguage = { id: hsdsId('language', `${station.id}/zh`), location_id: locationId, name: '中文（普通话）', code: 'zh' }
  const signing = station.accessibility.find((item) => SIGN_LANGUAGE.test(item))
  if (!signing) return [spoken]
  return [spoken, { id: hsdsId('language', `${station.id}/csl`), location_id: locationId, name: '中国手语', code: 'csl', note: signing }]
}

function locationDescription(station: Station): string {
  const place = [subDistrictName(station.subDistrict), station.community].filter(Boolean).join(' ')
  const tags = station.featuredTags.length ? `：${station.featuredTags.join('、')}` : ''
  const roles = station.rolesOnSite.length ? `在岗：${station.rolesOnSite.join('、')}。` : ''
  return `${stationKindName(station.kind)}${tags}（${place}）。${roles}`
}

export function hsdsLocation(station: Station): HsdsLocation {
  const id = hsdsId('location', station.id)
  const { latitude, longitude } = wgs84Of(station.location)
  return {
    id,
    location_type: 'physical',
    organization_id: hsdsId('organization', operatorOf(station).key),
    name: station.name,
    description: locationDescription(station),
    latitude,
    longitude,
    // our id beside the UUID, so a consumer can come back to our own API for the station
    external_identifier: station.id,
    external_identifier_type: 'doorstep-station-id',
    languages: languagesOf(station),
    addresses: [
      {
        id: hsdsId('address', station.id),
        location_id: id,
        address_1: streetPart(station.address),
        city: CITY,
        region: DISTRICT,
        state_province: '江苏省',
        postal_code: SUZHOU_POSTAL_CODE,
        country: 'CN',
        address_type: 'physical',
      },
    ],
    accessibility: station.accessibility.map((item) => ({
      id: hsdsId('accessibility', `${station.id}/${item}`),
      location_id: id,
      description: item,
    })),
    // the station's public office line, as printed on its page and door; no person's number is ever here
    phones: [{ id: hsdsId('phone', `${station.id}/${station.phone}`), location_id: id, number: station.phone, type: 'voice' }],
    schedules: openingHoursSchedules(station),
    ...(station.sample ? { sample: true } : {}),
  }
}

// ── services

const CHANNEL_STEPS = {
  online: '在“家门口的人社服务站”小程序或 H5 网页上在线申请',
  station: '带齐材料到提供本服务的服务站窗口办理',
} as const

function applicationProcess(service: ServiceProject): string {
  const steps: string[] = service.channels.map((channel) => CHANNEL_STEPS[channel])
  if (service.hasSessions) steps.push('按场次报名，名额有限，报名截止后不再受理')
  return `${steps.join('；')}。`
}

function serviceDescription(service: ServiceProject): string {
  return [service.summary, '', ...service.benefits.map((benefit) => `- ${benefit}`)].join('\n')
}

/** The one-to-one fields and the organization: a service as a list shows it. */
export function hsdsServiceSummary(service: ServiceProject): HsdsServiceSummary {
  return {
    id: hsdsId('service', service.id),
    organization_id: hsdsId('organization', DISTRICT_BUREAU.key),
    name: service.name,
    description: serviceDescription(service),
    status: 'active',
    application_process: applicationProcess(service),
    wait_time: service.processingTime,
    fees_description: service.fee,
    eligibility_description: `面向：${service.audiences.map(audienceName).join('、')}`,
    assured_date: service.verifiedOn,
    organization: hsdsOrganization(DISTRICT_BUREAU),
    ...(service.sample ? { sample: true } : {}),
  }
}

/** Free of charge, said as the seed says it: only then is the amount known (0); other fees stay as text. */
const FREE = '免费'

/** A service with everything under it: documents, fees, areas, each station offering it (with the station) and seats. */
export function hsdsService(service: ServiceProject, catalog: HsdsCatalog): HsdsService {
  const id = hsdsId('service', service.id)
  const offeredAt = catalog.stations.filter((station) => station.serviceIds.includes(service.id))
  const sessions = upcomingSessions(
    catalog.sessions.filter((session) => session.serviceId === service.id),
    catalog.now,
  )
  const areas = SUB_DISTRICTS.filter(({ id: area }) => offeredAt.some((station) => station.subDistrict === area))
  return {
    ...hsdsServiceSummary(service),
    attributes: [categoryAttribute(service, catalog.services)],
    required_documents: service.materials.map((document) => ({
      id: hsdsId('required_document', `${service.id}/${document}`),
      service_id: id,
      document,
    })),
    cost_options: [
      {
        id: hsdsId('cost_option', service.id),
        service_id: id,
        option: service.fee,
        ...(service.fee === FREE ? { currency: 'CNY', amount: 0 } : {}),
      },
    ],
    service_areas: areas.map((area) => ({
      id: hsdsId('service_area', `${service.id}/${area.id}`),
      service_id: id,
      name: area.name,
      description: `姑苏区${area.name}辖区：在本街道的服务站可以办理`,
    })),
    service_at_locations: offeredAt.map((station) => hsdsServiceAtLocation(service.id, station, sessions, { withLocation: true })),
    capacities: sessions.map((session) => sessionCapacity(session, catalog.now)),
  }
}

/**
 * A service offered at one station, with that station's sessions of it. `withLocation` embeds the station
 * (HSDS publishes dereferenced JSON); a list of service_at_locations may leave it out.
 */
export function hsdsServiceAtLocation(
  serviceId: string,
  station: Station,
  sessions: readonly ServiceSession[],
  options: { withLocation: boolean },
): HsdsServiceAtLocation {
  return {
    id: serviceAtLocationId(serviceId, station.id),
    service_id: hsdsId('service', serviceId),
    location_id: hsdsId('location', station.id),
    schedules: sessions.filter((session) => session.serviceId === serviceId && session.stationId === station.id).map(sessionSchedule),
    ...(options.withLocation ? { location: hsdsLocation(station) } : {}),
  }
}

export interface HsdsDataset {
  organizations: HsdsOrganization[]
  locations: HsdsLocation[]
  services: HsdsService[]
  serviceAtLocations: HsdsServiceAtLocation[]
  taxonomies: HsdsTaxonomy[]
  taxonomyTerms: HsdsTaxonomyTerm[]
}

/** The whole catalog in HSDS: what the list endpoints page through. */
export function hsdsDataset(catalog: HsdsCatalog): HsdsDataset {
  const sessions = upcomingSessions(catalog.sessions, catalog.now)
  return {
    organizations: hsdsOrganizations(),
    locations: catalog.stations.map(hsdsLocation),
    services: catalog.services.map((service) => hsdsService(service, catalog)),
    serviceAtLocations: catalog.services.flatMap((service) =>
      catalog.stations
        .filter((station) => station.serviceIds.includes(service.id))
        .map((station) => hsdsServiceAtLocation(service.id, station, sessions, { withLocation: false })),
    ),
    taxonomies: [CATEGORY_TAXONOMY],
    taxonomyTerms: hsdsTaxonomyTerms(catalog.services),
  }
}
