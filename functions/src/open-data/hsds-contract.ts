import {
  anyList,
  anyObject,
  boolean,
  checkObject,
  dateTimeWithZone,
  email,
  integerFrom,
  isoDate,
  listOf,
  matching,
  nonEmptyText,
  number,
  numberBetween,
  objectOf,
  oneOf,
  text,
  uri,
  uuid,
  type ContractProblem,
  type FieldRule,
  type ObjectTable,
} from './contract-rules'

/*
 * HSDS 3.0's field tables (openreferral/specification, branch 3.0, schema/*.json) for the objects we publish: every
 * field each object has, the required ones, types, formats and enumerations. Three kinds of rule are here:
 *   - what the JSON Schemas enforce: required fields, types, `format` (uuid, uri, email, date-time) and `enum`;
 *   - what the schemas only say in words, which a validator would not catch: dates as YYYY-MM-DD (valid_from,
 *     dtstart, until, assured_date), times as HH:MM with a zone (opens_at, closes_at), byday as iCal day codes,
 *     `timezone` as a UTC offset;
 *   - our extensions, allowed by 3.0's conformance rules where HSDS has no term: `sample` (a record is sample
 *     data) and `capacities` (HSDS 3.1's service_capacity, whose table is copied from the 3.1 schema).
 */

const dateText = isoDate
/** `09:00+08:00`, `09:00:00Z`: HSDS asks for HH:MM "and should include timezone information". */
const clockTimeWithZone = matching(
  /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/,
  'a time HH:MM with a zone, e.g. 09:00+08:00',
)
const attributes = listOf('attribute')
const metadata = anyList
const sampleExtension: FieldRule = { ...boolean, expected: 'true (extension: sample data)' }

const ICAL_DAY = '(MO|TU|WE|TH|FR|SA|SU)'
const WEEKLY_BYDAY = new RegExp(`^${ICAL_DAY}(,${ICAL_DAY})*$`)
/** MONTHLY may say which occurrence: 2MO is the second Monday, -1FR the last Friday. */
const MONTHLY_BYDAY = new RegExp(`^([+-]?[1-5])?${ICAL_DAY}(,([+-]?[1-5])?${ICAL_DAY})*$`)

export const HSDS_TABLES: Readonly<Record<string, ObjectTable>> = {
  organization: {
    required: ['id', 'name', 'description'],
    fields: {
      id: uuid,
      name: nonEmptyText,
      alternate_name: text,
      description: nonEmptyText,
      email,
      website: uri,
      tax_status: text,
      tax_id: text,
      year_incorporated: number,
      legal_status: text,
      logo: text,
      uri,
      parent_organization_id: uuid,
      funding: anyList,
      contacts: anyList,
      phones: listOf('phone'),
      locations: listOf('location'),
      programs: anyList,
      organization_identifiers: anyList,
      attributes,
      metadata,
    },
  },
  location: {
    required: ['id', 'location_type'],
    fields: {
      id: uuid,
      location_type: oneOf('physical', 'postal', 'virtual'),
      url: uri,
      organization_id: uuid,
      name: text,
      alternate_name: text,
      description: text,
      transportation: text,
      latitude: numberBetween(-90, 90),
      longitude: numberBetween(-180, 180),
      external_identifier: text,
      external_identifier_type: text,
      languages: listOf('language'),
      addresses: listOf('address'),
      contacts: anyList,
      accessibility: listOf('accessibility'),
      phones: listOf('phone'),
      schedules: listOf('schedule'),
      attributes,
      metadata,
      sample: sampleExtension,
    },
    refine: (location) =>
      (location.latitude === undefined) !== (location.longitude === undefined) ? ['latitude and longitude come together'] : [],
  },
  address: {
    required: ['id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'],
    fields: {
      id: uuid,
      location_id: uuid,
      attention: text,
      address_1: nonEmptyText,
      address_2: text,
      city: nonEmptyText,
      region: text,
      state_province: nonEmptyText,
      postal_code: nonEmptyText,
      country: matching(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code'),
      address_type: oneOf('physical', 'postal', 'virtual'),
      attributes,
      metadata,
    },
  },
  accessibility: {
    required: ['id'],
    fields: { id: uuid, location_id: uuid, description: text, details: text, url: uri, attributes, metadata },
  },
  language: {
    required: ['id'],
    fields: {
      id: uuid,
      service_id: uuid,
      location_id: uuid,
      phone_id: uuid,
      name: text,
      code: matching(/^[a-z]{2,3}$/, 'an ISO 639-1 or 639-3 code'),
      note: text,
      attributes,
      metadata,
    },
  },
  phone: {
    required: ['id', 'number'],
    fields: {
      id: uuid,
      location_id: uuid,
      service_id: uuid,
      organization_id: uuid,
      contact_id: uuid,
      service_at_location_id: uuid,
      number: nonEmptyText,
      extension: number,
      type: oneOf('text', 'voice', 'fax', 'cell', 'video', 'pager', 'textphone'),
      description: text,
      languages: listOf('language'),
      attributes,
      metadata,
    },
  },
  schedule: {
    required: ['id'],
    fields: {
      id: uuid,
      service_id: uuid,
      location_id: uuid,
      service_at_location_id: uuid,
      valid_from: dateText,
      valid_to: dateText,
      dtstart: dateText,
      timezone: numberBetween(-12, 14),
      until: dateText,
      count: integerFrom(1),
      wkst: oneOf('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'),
      freq: oneOf('WEEKLY', 'MONTHLY'),
      interval: integerFrom(1),
      byday: text,
      byweekno: text,
      bymonthday: text,
      byyearday: text,
      description: text,
      opens_at: clockTimeWithZone,
      closes_at: clockTimeWithZone,
      schedule_link: uri,
      attending_type: text,
      notes: text,
      attributes,
      metadata,
    },
    refine: (schedule) => {
      const problems: string[] = []
      const byday = schedule.byday as string | undefined
      if (byday !== undefined) {
        if (schedule.freq === undefined) problems.push('byday needs freq')
        else if (!(schedule.freq === 'MONTHLY' ? MONTHLY_BYDAY : WEEKLY_BYDAY).test(byday))
          problems.push(`byday ${JSON.stringify(byday)} is not a list of ${schedule.freq} iCal days (MO … SU)`)
      }
      if (schedule.interval !== undefined && schedule.dtstart === undefined) problems.push('interval needs dtstart')
      if (schedule.count !== undefined && schedule.until !== undefined) problems.push('count and until exclude each other')
      if (typeof schedule.opens_at === 'string' && typeof schedule.closes_at === 'string' && schedule.opens_at >= schedule.closes_at)
        problems.push(`opens_at ${schedule.opens_at} is not before closes_at ${schedule.closes_at}`)
      for (const [from, to] of [
        ['valid_from', 'valid_to'],
        ['dtstart', 'until'],
      ] as const)
        if (typeof schedule[from] === 'string' && typeof schedule[to] === 'string' && schedule[from] > schedule[to])
          problems.push(`${from} is after ${to}`)
      return problems
    },
  },
  service: {
    required: ['id', 'name', 'status'],
    fields: {
      id: uuid,
      organization_id: uuid,
      program_id: uuid,
      name: nonEmptyText,
      alternate_name: text,
      description: text,
      url: uri,
      email,
      status: oneOf('active', 'inactive', 'defunct', 'temporarily closed'),
      interpretation_services: text,
      application_process: text,
      fees_description: text,
      wait_time: text,
      fees: text,
      accreditations: text,
      eligibility_description: text,
      minimum_age: number,
      maximum_age: number,
      assured_date: dateText,
      assurer_email: email,
      licenses: text,
      alert: text,
      last_modified: dateTimeWithZone,
      phones: listOf('phone'),
      schedules: listOf('schedule'),
      service_areas: listOf('service_area'),
      service_at_locations: listOf('service_at_location'),
      languages: listOf('language'),
      organization: objectOf('organization'),
      funding: anyList,
      cost_options: listOf('cost_option'),
      program: anyObject,
      required_documents: listOf('required_document'),
      contacts: anyList,
      attributes,
      metadata,
      sample: sampleExtension,
      capacities: { ...listOf('service_capacity'), expected: 'an array of service_capacity (extension from HSDS 3.1)' },
    },
    refine: (service) =>
      typeof service.minimum_age === 'number' && typeof service.maximum_age === 'number' && service.minimum_age > service.maximum_age
        ? ['minimum_age is above maximum_age']
        : [],
  },
  service_at_location: {
    required: ['id'],
    fields: {
      id: uuid,
      service_id: uuid,
      location_id: uuid,
      description: text,
      contacts: anyList,
      phones: listOf('phone'),
      schedules: listOf('schedule'),
      location: objectOf('location'),
      attributes,
      metadata,
    },
  },
  service_area: {
    required: ['id'],
    fields: {
      id: uuid,
      service_id: uuid,
      name: text,
      description: text,
      extent: text,
      extent_type: oneOf('geojson', 'topojson', 'kml', 'text'),
      uri: text,
      attributes,
      metadata,
    },
  },
  required_document: {
    required: ['id'],
    fields: { id: uuid, service_id: uuid, document: text, uri, attributes, metadata },
  },
  cost_option: {
    required: ['id'],
    fields: {
      id: uuid,
      service_id: uuid,
      valid_from: dateText,
      valid_to: dateText,
      option: text,
      currency: matching(/^[A-Za-z]{3}$/, 'a 3-letter currency code'),
      amount: number,
      amount_description: text,
      attributes,
      metadata,
    },
  },
  attribute: {
    required: ['id'],
    fields: {
      id: uuid,
      link_id: uuid,
      taxonomy_term_id: uuid,
      link_type: text,
      link_entity: text,
      value: text,
      taxonomy_term: objectOf('taxonomy_term'),
      metadata,
    },
  },
  taxonomy: {
    required: ['id', 'name', 'description'],
    fields: { id: uuid, name: nonEmptyText, description: nonEmptyText, uri, version: text, metadata },
  },
  taxonomy_term: {
    required: ['id', 'name', 'description'],
    fields: {
      id: uuid,
      code: text,
      name: nonEmptyText,
      description: nonEmptyText,
      parent_id: uuid,
      taxonomy: text,
      taxonomy_detail: objectOf('taxonomy'),
      language: matching(/^[a-z]{2,3}$/, 'an ISO 639-1 or 639-2 code'),
      taxonomy_id: uuid,
      term_uri: uri,
      metadata,
    },
  },
  // HSDS 3.1 (branch 3.1-dev, schema/service_capacity.json and unit.json), carried as an extension of 3.0
  service_capacity: {
    required: ['id', 'unit', 'available', 'updated'],
    fields: {
      id: uuid,
      service_id: uuid,
      unit: objectOf('unit'),
      unit_id: uuid,
      available: integerFrom(0),
      maximum: integerFrom(0),
      description: text,
      updated: dateTimeWithZone,
      attributes,
      metadata,
    },
    refine: (capacity) =>
      typeof capacity.maximum === 'number' && (capacity.available as number) > capacity.maximum ? ['available is above maximum'] : [],
  },
  unit: {
    required: ['id', 'name'],
    fields: { id: uuid, name: nonEmptyText, scheme: text, identifier: text, uri, attributes, metadata },
  },
  // HSDS's API reference (schema/openapi.json): the `/` answer and the Page every list answers with
  root: {
    required: ['version', 'profile', 'openapi_url'],
    fields: { version: oneOf('3.0'), profile: uri, openapi_url: uri },
  },
  page: {
    required: ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'],
    fields: {
      total_items: integerFrom(0),
      total_pages: integerFrom(0),
      page_number: integerFrom(1),
      size: integerFrom(0),
      first_page: boolean,
      last_page: boolean,
      empty: boolean,
      contents: anyList,
    },
    refine: (page) => {
      const contents = page.contents as unknown[]
      const problems: string[] = []
      if (page.size !== contents.length) problems.push(`size ${page.size} is not the ${contents.length} items in contents`)
      if (page.empty !== (contents.length === 0)) problems.push(`empty is ${page.empty} with ${contents.length} items`)
      if (page.first_page !== (page.page_number === 1)) problems.push(`first_page is ${page.first_page} on page ${page.page_number}`)
      if (page.last_page !== (page.page_number as number) >= (page.total_pages as number))
        problems.push(`last_page is ${page.last_page} on page ${page.page_number} of ${page.total_pages}`)
      if ((page.size as number) > (page.total_items as number)) problems.push('a page holds more than total_items')
      return problems
    },
  },
}

export type HsdsObjectName = Exclude<keyof typeof HSDS_TABLES, 'root' | 'page'>

/** Problems of one HSDS object (and everything nested in it); empty when it conforms. */
export function checkHsds(name: HsdsObjectName | 'root', value: unknown): ContractProblem[] {
  return checkObject(HSDS_TABLES, name, value)
}

/** Problems of a Page and of each of its contents, as `name` objects. */
export function checkHsdsPage(page: unknown, name: HsdsObjectName): ContractProblem[] {
  const problems = checkObject(HSDS_TABLES, 'page', page)
  const contents = (page as { contents?: unknown }).contents
  if (Array.isArray(contents)) contents.forEach((item, i) => problems.push(...checkObject(HSDS_TABLES, name, item, `page.contents[${i}]`)))
  return problems
}

/**
 * HSDS: "each entry must have a unique identifier". Ids are unique per object kind; the same object reached twice
 * (a location inside each service_at_location of it) is one entry, so a repeat must be the same object.
 */
export function duplicateIds(objects: readonly { id: string }[], kind: string): ContractProblem[] {
  const seen = new Map<string, string>()
  const problems: ContractProblem[] = []
  for (const object of objects) {
    const json = JSON.stringify(object)
    const before = seen.get(object.id)
    if (before !== undefined && before !== json)
      problems.push({ path: `${kind}[id=${object.id}]`, problem: 'two different objects share this id' })
    seen.set(object.id, json)
  }
  return problems
}
