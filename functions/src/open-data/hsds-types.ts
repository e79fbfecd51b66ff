/*
 * The HSDS 3.0 objects we publish, with the properties we fill (HSDS has more; see hsds-contract.ts for the full
 * field tables). Names are HSDS's own, snake_case, so an object serialises to HSDS JSON as it is.
 */

export interface HsdsOrganization {
  id: string
  name: string
  alternate_name?: string
  description: string
}

export interface HsdsAddress {
  id: string
  location_id: string
  address_1: string
  city: string
  region?: string
  state_province: string
  postal_code: string
  /** ISO 3166-1 alpha-2. */
  country: string
  address_type: 'physical' | 'postal' | 'virtual'
}

export interface HsdsAccessibility {
  id: string
  location_id: string
  description: string
}

export interface HsdsLanguage {
  id: string
  location_id?: string
  name: string
  /** ISO 639-1 or 639-3. */
  code: string
  note?: string
}

export interface HsdsPhone {
  id: string
  location_id?: string
  number: string
  type?: string
  description?: string
}

/** HSDS byday codes (iCal RFC 5545). */
export type IcalDay = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU'

export interface HsdsSchedule {
  id: string
  service_id?: string
  location_id?: string
  service_at_location_id?: string
  valid_from?: string
  valid_to?: string
  dtstart?: string
  /** A UTC offset in hours (HSDS types it as a number, not a zone name). */
  timezone?: number
  until?: string
  freq?: 'WEEKLY' | 'MONTHLY'
  byday?: string
  description?: string
  opens_at?: string
  closes_at?: string
  attending_type?: string
  notes?: string
}

export interface HsdsLocation {
  id: string
  location_type: 'physical' | 'postal' | 'virtual'
  organization_id?: string
  name: string
  description?: string
  latitude: number
  longitude: number
  external_identifier: string
  external_identifier_type: string
  languages: HsdsLanguage[]
  addresses: HsdsAddress[]
  accessibility: HsdsAccessibility[]
  phones: HsdsPhone[]
  schedules: HsdsSchedule[]
  /** Extension (not an HSDS term): this record is sample data we wrote, not a real place. */
  sample?: boolean
}

export interface HsdsTaxonomy {
  id: string
  name: string
  description: string
  version?: string
}

export interface HsdsTaxonomyTerm {
  id: string
  code: string
  name: string
  description: string
  taxonomy: string
  taxonomy_id: string
  taxonomy_detail?: HsdsTaxonomy
  language: string
}

export interface HsdsAttribute {
  id: string
  link_id: string
  link_type: string
  link_entity: string
  taxonomy_term_id: string
  taxonomy_term: HsdsTaxonomyTerm
}

export interface HsdsServiceArea {
  id: string
  service_id: string
  name: string
  description: string
}

export interface HsdsRequiredDocument {
  id: string
  service_id: string
  document: string
}

export interface HsdsCostOption {
  id: string
  service_id: string
  option: string
  currency?: string
  amount?: number
}

/** HSDS 3.1's unit, carried by our 3.0 services as an extension (see HsdsServiceCapacity). */
export interface HsdsUnit {
  id: string
  name: string
}

/**
 * HSDS 3.1's service_capacity. HSDS 3.0 has no object for "how many places are left", so 3.0's conformance rule
 * (terms from outside the specification where its own are insufficient) lets us add it; we take 3.1's shape rather
 * than inventing one, so a 3.1 consumer reads it as it is.
 */
export interface HsdsServiceCapacity {
  id: string
  service_id: string
  unit: HsdsUnit
  available: number
  maximum: number
  description: string
  updated: string
}

export interface HsdsServiceAtLocation {
  id: string
  service_id: string
  location_id: string
  schedules: HsdsSchedule[]
  location?: HsdsLocation
}

/** The one-to-one part of a service: what a list shows (HSDS's Page contents need no child arrays). */
export interface HsdsServiceSummary {
  id: string
  organization_id: string
  name: string
  description: string
  status: 'active' | 'inactive' | 'defunct' | 'temporarily closed'
  application_process: string
  wait_time: string
  fees_description: string
  eligibility_description: string
  assured_date: string
  organization?: HsdsOrganization
  /** Extension (not an HSDS term): this record is sample data we wrote. */
  sample?: boolean
}

export interface HsdsService extends HsdsServiceSummary {
  attributes: HsdsAttribute[]
  required_documents: HsdsRequiredDocument[]
  cost_options: HsdsCostOption[]
  service_areas: HsdsServiceArea[]
  service_at_locations: HsdsServiceAtLocation[]
  /** Extension from HSDS 3.1 (see HsdsServiceCapacity): remaining places of upcoming sessions. */
  capacities: HsdsServiceCapacity[]
}

/** The `Page` of HSDS's API reference: every list endpoint answers with it. */
export interface HsdsPage<T> {
  total_items: number
  total_pages: number
  page_number: number
  size: number
  first_page: boolean
  last_page: boolean
  empty: boolean
  contents: T[]
}

/** What HSDS's `/` endpoint answers. */
export interface HsdsRoot {
  version: string
  profile: string
  openapi_url: string
}
