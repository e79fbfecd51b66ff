import {
  BOARD_ANSWERED_STATUSES,
  MESSAGE_CATEGORIES,
  MESSAGE_STATUS_NAMES,
  type MessageCategoryId,
  type MessageStatus,
  type PublicMessage,
  type ServiceProject,
  type Station,
} from '@doorstep/shared'
import { XMLBuilder } from 'fast-xml-parser'
import { agencyFor, DISTRICT_HALL_ID } from './agencies'
import { wgs84Of } from './coordinates'

/*
 * The public message board in Open311 GeoReport v2's shapes: each message category is a "service" (a type of
 * request), each public message a "service request". Read-only: we publish the board, we take no requests.
 */

export const GEOREPORT_V2 = 'http://wiki.open311.org/GeoReport_v2'

export interface Open311Service {
  service_code: string
  service_name: string
  description: string
  /** No service definition to fetch: a message is just category, title and text. */
  metadata: boolean
  type: 'realtime' | 'batch' | 'blackbox'
  keywords: string
  group: string
}

export type Open311Status = 'open' | 'closed'

export interface Open311ExtendedAttributes {
  /** The author's 1–5 rating of the answer; the comment that may come with it stays private. */
  rating?: number
  /** 我也有这个问题: how many residents said they have the same question. */
  me_too: number
}

export interface Open311Request {
  service_request_id: string
  status: Open311Status
  status_notes?: string
  service_name: string
  service_code: string
  description: string
  agency_responsible: string
  requested_datetime: string
  updated_datetime: string
  expected_datetime: string
  address?: string
  lat?: number
  long?: number
  extended_attributes?: Open311ExtendedAttributes
}

export interface Open311Endpoint {
  specification: string
  url: string
  changeset: string
  type: 'production' | 'test'
  formats: string[]
}

export interface Open311Discovery {
  changeset: string
  contact: string
  key_service: string
  endpoints: Open311Endpoint[]
}

export interface Open311Error {
  code: number
  description: string
}

/**
 * A message as the public board shows it (text masked, author a label), with the few facts the board holds but
 * does not print: when it is due, when its status last changed, the station it is about, and its rating's score.
 * board-requests.ts builds it from a stored message; nothing else about the author ever reaches here.
 */
export interface BoardRequest {
  message: PublicMessage
  answerDeadline: string
  updatedAt: string
  stationId?: string
  rating?: number
}

const GROUP = '人社留言'

/** The seven message categories as GeoReport service types; a category's projects are its keywords. */
export function open311Services(projects: readonly Pick<ServiceProject, 'categoryId' | 'name'>[]): Open311Service[] {
  return MESSAGE_CATEGORIES.map(({ id, name }) => {
    const names = projects.filter((p) => p.categoryId === id).map((p) => p.name)
    return {
      service_code: id,
      service_name: name,
      description:
        id === 'other'
          ? '不属于以上六类的人社咨询、建议和诉求。'
          : `关于${name}的咨询、建议和诉求${names.length ? `，如${names.slice(0, 3).join('、')}` : ''}。`,
      metadata: false,
      type: 'realtime',
      keywords: [name, ...names].join(', '),
      group: GROUP,
    }
  })
}

/** Closed once there is an answer on the board; a reopened message is open again until it is answered anew. */
export function open311Status(status: MessageStatus): Open311Status {
  return (BOARD_ANSWERED_STATUSES as readonly MessageStatus[]).includes(status) ? 'closed' : 'open'
}

/** GeoReport's description field holds at most 4,000 characters. */
const DESCRIPTION_MAX = 4000

/** A W3C date-time with the zone GeoReport requires, on Suzhou's clock (as residents read it): 2026-11-25T09:30:00+08:00. */
export function w3cShanghai(iso: string): string {
  const local = new Date(Date.parse(iso) + 8 * 60 * 60 * 1000).toISOString()
  return `${local.slice(0, 19)}+08:00`
}

const categoryName = (id: MessageCategoryId) => MESSAGE_CATEGORIES.find((c) => c.id === id)?.name ?? id

/**
 * Where a request is placed: the station it is about, else its sub-district's office, else the district hall.
 * Never where the resident is — the board holds no such thing, and this keeps it so.
 */
function placeOf(request: BoardRequest, stations: ReadonlyMap<string, Station>): Station | undefined {
  const candidates = [request.stationId, agencyFor(request.message.subDistrict).officeStationId, DISTRICT_HALL_ID]
  return candidates.map((id) => (id ? stations.get(id) : undefined)).find(Boolean)
}

/** One public message as a GeoReport service request. `extensions` adds the board's own counts. */
export function open311Request(
  request: BoardRequest,
  stations: ReadonlyMap<string, Station>,
  options: { extensions: boolean },
): Open311Request {
  const { message } = request
  const status = open311Status(message.status)
  const place = placeOf(request, stations)
  const point = place && wgs84Of(place.location)
  return {
    service_request_id: message.trackingNo,
    status,
    status_notes: status === 'closed' && message.answer ? message.answer.text : MESSAGE_STATUS_NAMES[message.status],
    service_name: categoryName(message.category),
    service_code: message.category,
    description: `${message.title}\n${message.content}`.slice(0, DESCRIPTION_MAX),
    agency_responsible: agencyFor(message.subDistrict).name,
    requested_datetime: w3cShanghai(message.submittedAt),
    updated_datetime: w3cShanghai(request.updatedAt),
    expected_datetime: w3cShanghai(request.answerDeadline),
    ...(place && point ? { address: `${place.address}（${place.name}）`, lat: point.latitude, long: point.longitude } : {}),
    ...(options.extensions
      ? { extended_attributes: { ...(request.rating === undefined ? {} : { rating: request.rating }), me_too: message.meToo } }
      : {}),
  }
}

const FORMATS = ['text/xml', 'application/json']

/** The discovery document: where our GeoReport endpoints are, and that they need no key. */
export function open311Discovery({
  changeset,
  contact,
  endpoints,
}: {
  changeset: string
  contact: string
  endpoints: readonly { url: string; type: Open311Endpoint['type']; changeset: string }[]
}): Open311Discovery {
  return {
    changeset,
    contact,
    key_service: '无需 API key：留言板数据只读公开，不接受提交。',
    endpoints: endpoints.map(({ url, changeset, type }) => ({ specification: GEOREPORT_V2, url, changeset, type, formats: FORMATS })),
  }
}

// ── serialisation

export type Open311Document =
  | { kind: 'services'; services: readonly Open311Service[] }
  | { kind: 'requests'; requests: readonly Open311Request[] }
  | { kind: 'discovery'; discovery: Open311Discovery }
  | { kind: 'errors'; errors: readonly Open311Error[] }

export type Open311Format = 'json' | 'xml'

/** The XML elements GeoReport wraps each list in, and the element of one item. */
const XML_SHAPES = {
  services: { root: 'services', item: 'service' },
  requests: { root: 'service_requests', item: 'request' },
  errors: { root: 'errors', item: 'error' },
} as const

const contentOf = (document: Open311Document) => {
  switch (document.kind) {
    case 'services':
      return document.services
    case 'requests':
      return document.requests
    case 'errors':
      return document.errors
    case 'discovery':
      return document.discovery
  }
}

/** Characters XML 1.0 cannot carry at all (a text schema keeps most out; these would make the whole answer unreadable). */
// eslint-disable-next-line no-control-regex -- matching them is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

function xmlReady(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(NOT_XML, '')
  if (Array.isArray(value)) return value.map(xmlReady)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, xmlReady(child)]))
  return value
}

const xml = new XMLBuilder({ format: true, ignoreAttributes: false, suppressEmptyNode: false })

/**
 * GeoReport's XML: schemaless, no namespace, the UTF-8 declaration first; a list is its root element with one child
 * per item (`<services><service>…`), the discovery document nests `<endpoints><endpoint>` and `<formats><format>`.
 */
function toXml(document: Open311Document): string {
  const body =
    document.kind === 'discovery'
      ? {
          discovery: {
            ...document.discovery,
            endpoints: { endpoint: document.discovery.endpoints.map((e) => ({ ...e, formats: { format: e.formats } })) },
          },
        }
      : { [XML_SHAPES[document.kind].root]: { [XML_SHAPES[document.kind].item]: contentOf(document) } }
  return xml.build({ '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' }, ...(xmlReady(body) as object) })
}

/** The body and content type of a GeoReport answer: JSON is the XML's shape with the list wrappers dropped. */
export function serializeOpen311(document: Open311Document, format: Open311Format): { contentType: string; body: string } {
  if (format === 'xml') return { contentType: 'text/xml; charset=utf-8', body: toXml(document) }
  return { contentType: 'application/json; charset=utf-8', body: JSON.stringify(contentOf(document)) }
}
