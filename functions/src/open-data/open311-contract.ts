import { XMLParser } from 'fast-xml-parser'
import {
  boolean,
  checkObject,
  integerFrom,
  isRecord,
  listOf,
  listOfText,
  matching,
  nonEmptyText,
  numberBetween,
  objectOf,
  oneOf,
  text,
  uri,
  type ContractProblem,
  type FieldRule,
  type ObjectTable,
} from './contract-rules'

/*
 * GeoReport v2's field lists (wiki.open311.org/GeoReport_v2 and /Service_Discovery) for what we publish: GET
 * services, GET requests, the discovery document and the error list. GeoReport has no schema; these rules are its
 * words: the strict values (metadata true|false; type realtime|batch|blackbox; status open|closed; endpoint type
 * production|test), "all date/time fields must be formatted in a common subset of ISO 8601 as per the w3 note" with
 * the zone mandatory, lat/long in WGS84, a description of at most 4,000 characters with line breaks but no HTML,
 * and every discovery field required. A request field GeoReport marks "may not be returned" is optional here; so
 * are the address and media fields, which only a located report has. `extended_attributes` is the Extensions
 * page's convention (only with extensions=true); its content is ours: rating and me_too.
 */

/** W3C date-time: date, hours and minutes, optional seconds and fraction, and a zone (Z or ±hh:mm). */
const w3cDateTime: FieldRule = matching(
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/,
  'a W3C date-time with a zone, e.g. 2010-01-01T00:00:00Z',
)

const HTML_TAG = /<\/?[a-z!][^>]*>/i

export const OPEN311_TABLES: Readonly<Record<string, ObjectTable>> = {
  service: {
    required: ['service_code', 'service_name', 'description', 'metadata', 'type'],
    fields: {
      service_code: nonEmptyText,
      service_name: nonEmptyText,
      description: text,
      metadata: boolean,
      type: oneOf('realtime', 'batch', 'blackbox'),
      keywords: text,
      group: text,
    },
  },
  request: {
    required: ['service_request_id', 'status', 'service_name', 'service_code', 'description', 'requested_datetime', 'updated_datetime'],
    fields: {
      service_request_id: nonEmptyText,
      status: oneOf('open', 'closed'),
      status_notes: text,
      service_name: nonEmptyText,
      service_code: nonEmptyText,
      description: text,
      agency_responsible: text,
      service_notice: text,
      requested_datetime: w3cDateTime,
      updated_datetime: w3cDateTime,
      expected_datetime: w3cDateTime,
      address: text,
      address_id: text,
      zipcode: text,
      lat: numberBetween(-90, 90),
      long: numberBetween(-180, 180),
      media_url: uri,
      extended_attributes: objectOf('extended_attributes'),
    },
    refine: (request) => {
      const problems: string[] = []
      const description = String(request.description ?? '')
      if ([...description].length > 4000) problems.push('description is longer than 4,000 characters')
      if (HTML_TAG.test(description)) problems.push('description holds HTML')
      if ((request.lat === undefined) !== (request.long === undefined)) problems.push('lat and long come together')
      if (typeof request.requested_datetime === 'string' && typeof request.updated_datetime === 'string')
        if (Date.parse(request.updated_datetime) < Date.parse(request.requested_datetime)) problems.push('updated before it was requested')
      return problems
    },
  },
  extended_attributes: {
    required: ['me_too'],
    fields: {
      rating: {
        ...integerFrom(1),
        expected: 'an integer 1–5',
        test: (v) => Number.isInteger(v) && (v as number) <= 5 && (v as number) >= 1,
      },
      me_too: integerFrom(0),
    },
  },
  discovery: {
    required: ['changeset', 'contact', 'key_service', 'endpoints'],
    fields: { changeset: nonEmptyText, contact: nonEmptyText, key_service: nonEmptyText, endpoints: listOf('endpoint') },
  },
  endpoint: {
    required: ['specification', 'url', 'changeset', 'type', 'formats'],
    fields: {
      specification: uri,
      url: uri,
      changeset: nonEmptyText,
      type: oneOf('production', 'test'),
      formats: listOfText,
    },
    refine: (endpoint) =>
      (endpoint.formats as string[]).includes('text/xml') ? [] : ['formats must include text/xml (XML is GeoReport’s required format)'],
  },
  error: {
    required: ['code', 'description'],
    fields: { code: integerFrom(400), description: nonEmptyText },
  },
}

export type Open311DocumentKind = 'services' | 'requests' | 'discovery' | 'errors'

const ITEM_OF = { services: 'service', requests: 'request', errors: 'error' } as const

/** Problems of a GeoReport JSON answer: a list of services, requests or errors, or the discovery object. */
export function checkOpen311Json(kind: Open311DocumentKind, value: unknown): ContractProblem[] {
  if (kind === 'discovery') return checkObject(OPEN311_TABLES, 'discovery', value)
  if (!Array.isArray(value)) return [{ path: kind, problem: 'expected an array' }]
  return value.flatMap((item, i) => checkObject(OPEN311_TABLES, ITEM_OF[kind], item, `${kind}[${i}]`))
}

const XML_ROOT = { services: 'services', requests: 'service_requests', errors: 'errors', discovery: 'discovery' } as const
const LIST_ITEMS = new Set(['service', 'request', 'error', 'endpoint', 'format'])

const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, isArray: (name) => LIST_ITEMS.has(name) })

/** `<wrapper><item/>…</wrapper>` read back as the JSON list it stands for; an empty wrapper is an empty list. */
const unwrap = (wrapper: unknown, item: string): unknown => (wrapper === '' ? [] : isRecord(wrapper) ? (wrapper[item] ?? []) : wrapper)

/**
 * Problems of a GeoReport XML answer, read back with an XML parser: the UTF-8 declaration first, the root element
 * GeoReport names, one child element per item, then every item against the same tables as the JSON (values are
 * text in XML, so `false` and `31.3` are read as the boolean and the number they spell).
 */
export function checkOpen311Xml(kind: Open311DocumentKind, xml: string): ContractProblem[] {
  if (!/^<\?xml version="1\.0" encoding="utf-8"\?>/i.test(xml))
    return [{ path: 'xml', problem: 'must start with the XML declaration, encoding UTF-8' }]
  const document = parser.parse(xml) as Record<string, unknown>
  const root = XML_ROOT[kind]
  const elements = Object.keys(document).filter((key) => key !== '?xml')
  if (elements.length !== 1 || elements[0] !== root)
    return [{ path: 'xml', problem: `the root element must be <${root}>, found ${elements.join(', ')}` }]
  if (kind === 'discovery') {
    const discovery = document.discovery
    if (!isRecord(discovery)) return [{ path: 'discovery', problem: 'expected elements' }]
    const endpoints = unwrap(discovery.endpoints, 'endpoint')
    const asJson = {
      ...discovery,
      endpoints: Array.isArray(endpoints)
        ? endpoints.map((e) => (isRecord(e) ? { ...e, formats: unwrap(e.formats, 'format') } : e))
        : endpoints,
    }
    return checkObject(OPEN311_TABLES, 'discovery', asJson, 'discovery', { textual: true })
  }
  const items = unwrap(document[root], ITEM_OF[kind])
  if (!Array.isArray(items)) return [{ path: root, problem: `expected <${ITEM_OF[kind]}> elements` }]
  return items.flatMap((item, i) => checkObject(OPEN311_TABLES, ITEM_OF[kind], item, `${root}.${ITEM_OF[kind]}[${i}]`, { textual: true }))
}

/** The parsed XML, for tests that read values back. */
export const parseOpen311Xml = (xml: string): Record<string, unknown> => parser.parse(xml) as Record<string, unknown>
