import { hsdsDataset, hsdsService, hsdsServiceAtLocation, type HsdsCatalog, type HsdsDataset } from './hsds'
import { hsdsPage } from './hsds-api'
import { HSDS_PER_PAGE, type HsdsCollection, type HsdsListQuery } from './hsds-query'
import { upcomingSessions } from './hsds-schedules'
import type { HsdsPage } from './hsds-types'
import { hsdsId } from './stable-ids'

/** Every word of `search` somewhere in the object's own text, case aside (Chinese has no case: a plain substring). */
function matchesSearch(search: string | undefined, ...texts: (string | undefined)[]): boolean {
  const words = (search ?? '').toLowerCase().split(/\s+/).filter(Boolean)
  const haystack = texts.filter(Boolean).join('\n').toLowerCase()
  return words.every((word) => haystack.includes(word))
}

interface Links {
  /** HSDS service id → taxonomy term ids (through its attributes). */
  termsOf: Map<string, string[]>
  /** HSDS service id → organizations that provide it: the bureau, and the offices running a station that offers it. */
  providersOf: Map<string, Set<string>>
}

function linksOf(data: HsdsDataset): Links {
  const operator = new Map(data.locations.map((location) => [location.id, location.organization_id]))
  const providersOf = new Map(data.services.map((service) => [service.id, new Set([service.organization_id])]))
  for (const link of data.serviceAtLocations) {
    const office = operator.get(link.location_id)
    if (office) providersOf.get(link.service_id)?.add(office)
  }
  return {
    termsOf: new Map(data.services.map((service) => [service.id, service.attributes.map((a) => a.taxonomy_term_id)])),
    providersOf,
  }
}

/** Does an HSDS service pass the service filters (taxonomy, organization, search)? */
function serviceFilter(data: HsdsDataset, query: HsdsListQuery): (serviceId: string) => boolean {
  const links = linksOf(data)
  const termTaxonomy = new Map(data.taxonomyTerms.map((term) => [term.id, term.taxonomy_id]))
  const services = new Map(data.services.map((service) => [service.id, service]))
  return (serviceId) => {
    const service = services.get(serviceId)
    if (!service) return false
    const terms = links.termsOf.get(serviceId) ?? []
    return (
      (query.taxonomy_term_id === undefined || terms.includes(query.taxonomy_term_id)) &&
      (query.taxonomy_id === undefined || terms.some((term) => termTaxonomy.get(term) === query.taxonomy_id)) &&
      (query.organization_id === undefined || (links.providersOf.get(serviceId)?.has(query.organization_id) ?? false)) &&
      matchesSearch(query.search, service.name, service.description, service.eligibility_description)
    )
  }
}

/** One page of a list, filtered as HSDS's API reference describes each filter. */
export function hsdsList(catalog: HsdsCatalog, collection: HsdsCollection, query: HsdsListQuery): HsdsPage<unknown> {
  const data = hsdsDataset(catalog)
  const page = (all: readonly unknown[]) => hsdsPage(all, query.page ?? 1, query.per_page ?? HSDS_PER_PAGE.fallback)
  const full = query.full === 'true'
  switch (collection) {
    case 'services': {
      const keep = serviceFilter(data, query)
      const kept = data.services.filter((service) => keep(service.id))
      // a list shows each service's own fields; `full` nests everything under it, as services/{id} does
      return page(full ? kept : kept.map(summaryOf))
    }
    case 'service_at_locations': {
      // the service filters on the service; the words searched for may be in the service or in the station
      const keepService = serviceFilter(data, { ...query, search: undefined })
      const services = new Map(data.services.map((service) => [service.id, service]))
      const locations = new Map(data.locations.map((location) => [location.id, location]))
      const kept = data.serviceAtLocations.filter((link) => {
        const service = services.get(link.service_id)
        const location = locations.get(link.location_id)
        return (
          keepService(link.service_id) &&
          matchesSearch(
            query.search,
            service?.name,
            service?.description,
            location?.name,
            ...(location?.addresses ?? []).map((a) => a.address_1),
          )
        )
      })
      return page(full ? kept.map((link) => ({ ...link, location: locations.get(link.location_id) })) : kept)
    }
    case 'locations':
      return page(
        data.locations.filter(
          (location) =>
            (query.organization_id === undefined || location.organization_id === query.organization_id) &&
            matchesSearch(query.search, location.name, location.description, ...location.addresses.map((a) => a.address_1)),
        ),
      )
    case 'organizations':
      return page(data.organizations.filter((org) => matchesSearch(query.search, org.name, org.alternate_name, org.description)))
    case 'taxonomies':
      return page(data.taxonomies.filter((taxonomy) => matchesSearch(query.search, taxonomy.name, taxonomy.description)))
    case 'taxonomy_terms':
      return page(
        data.taxonomyTerms.filter(
          (term) =>
            (query.taxonomy_id === undefined || term.taxonomy_id === query.taxonomy_id) &&
            // the six categories are one flat level: every term is a top term, none has a parent
            query.parent_id === undefined &&
            matchesSearch(query.search, term.name, term.code, term.description),
        ),
      )
  }
}

const summaryOf = ({
  attributes: _a,
  required_documents: _d,
  cost_options: _c,
  service_areas: _s,
  service_at_locations: _l,
  capacities: _k,
  ...summary
}: HsdsDataset['services'][number]) => summary

/** One object by its HSDS id: services and service_at_locations fully nested, as HSDS's `{id}` endpoints answer. */
export function hsdsItem(catalog: HsdsCatalog, collection: HsdsCollection, id: string): unknown {
  const data = hsdsDataset(catalog)
  switch (collection) {
    case 'services': {
      const service = catalog.services.find((s) => hsdsId('service', s.id) === id)
      return service && hsdsService(service, catalog)
    }
    case 'service_at_locations': {
      const link = data.serviceAtLocations.find((l) => l.id === id)
      const station = link && catalog.stations.find((s) => hsdsId('location', s.id) === link.location_id)
      const service = link && catalog.services.find((s) => hsdsId('service', s.id) === link.service_id)
      return (
        service &&
        station &&
        hsdsServiceAtLocation(service.id, station, upcomingSessions(catalog.sessions, catalog.now), { withLocation: true })
      )
    }
    case 'locations':
      return data.locations.find((l) => l.id === id)
    case 'organizations':
      return data.organizations.find((o) => o.id === id)
    case 'taxonomies':
      return data.taxonomies.find((t) => t.id === id)
    case 'taxonomy_terms':
      return data.taxonomyTerms.find((t) => t.id === id)
  }
}
