import { endpoints } from '@doorstep/shared'
import * as v from 'valibot'
import { ConditionalHeaders, cacheableReply } from '../core/http/cacheable'
import { defineRoute, reply } from '../core/http/route'
import {
  open311Discovery,
  open311Request,
  open311Services,
  serializeOpen311,
  type Open311Document,
  type Open311Error,
  type Open311Format,
} from './open311'
import { open311Errors, parseRequestQuery, selectRequests } from './open311-query'
import { boardReader } from './open311-wiring'

/** Who we are to a GeoReport client that serves several cities. */
export const OPEN311_JURISDICTION = 'gusu.suzhou.cn'
const CHANGESET = '2026-12-07T00:00:00+08:00'
const CONTACT = '苏州市姑苏区人力资源和社会保障局，电话 12333'
/** The board changes by the minute; a minute of staleness keeps bursts of readers off the table. */
const MAX_AGE_SECONDS = 60

const DOCUMENTS = ['discovery', 'services', 'requests'] as const
const FORMATS = ['json', 'xml'] as const
const FILE = new RegExp(`^(${DOCUMENTS.join('|')})\\.(${FORMATS.join('|')})$`)

/** GeoReport ignores parameters it does not know (api_key, page …): the query is read by its own rules, not refused. */
const AnyQuery = v.record(v.pipe(v.string(), v.maxLength(64)), v.pipe(v.string(), v.maxLength(4000)))
const DocumentParams = v.strictObject({
  document: v.pipe(v.string(), v.regex(FILE, '须为 discovery、services 或 requests 加 .json 或 .xml')),
})
const RequestParams = v.strictObject({
  file: v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,40}\.(json|xml)$/, '须为留言编号加 .json 或 .xml')),
})
/** Where the API is reached, so discovery can name its own endpoints. */
const OriginHeaders = v.object({
  ...ConditionalHeaders.entries,
  host: v.optional(v.pipe(v.string(), v.maxLength(255))),
  'x-forwarded-proto': v.optional(v.picklist(['http', 'https'])),
})

const send = (document: Open311Document, format: Open311Format, headers: v.InferOutput<typeof OriginHeaders>) => {
  const { contentType, body } = serializeOpen311(document, format)
  return cacheableReply(body, contentType, { maxAgeSeconds: MAX_AGE_SECONDS, headers })
}

/** GeoReport's own error document, in the format asked for, with the first error's status. */
function refuse(errors: readonly Open311Error[], format: Open311Format) {
  const { contentType, body } = serializeOpen311({ kind: 'errors', errors }, format)
  return reply(errors[0]!.code, body, { 'content-type': contentType, 'cache-control': 'no-store' })
}

export const documents = defineRoute(endpoints.open311Documents, {
  params: DocumentParams,
  query: AnyQuery,
  headers: OriginHeaders,
  handle: async ({ params, query, headers, ctx }) => {
    const [, document, format] = FILE.exec(params.document) as unknown as [string, (typeof DOCUMENTS)[number], Open311Format]
    const parsed = parseRequestQuery(document === 'requests' ? query : { jurisdiction_id: query.jurisdiction_id }, ctx.now, {
      jurisdictionId: OPEN311_JURISDICTION,
    })
    if (!parsed.ok) return refuse(open311Errors(parsed.errors), format)
    if (document === 'discovery') {
      const base = `${headers['x-forwarded-proto'] ?? 'http'}://${headers.host ?? 'localhost'}/open/georeport/v2`
      return send(
        {
          kind: 'discovery',
          discovery: open311Discovery({
            changeset: CHANGESET,
            contact: CONTACT,
            endpoints: [{ url: base, type: 'production', changeset: CHANGESET }],
          }),
        },
        format,
        headers,
      )
    }
    if (document === 'services') {
      return send({ kind: 'services', services: open311Services(await boardReader.serviceProjects()) }, format, headers)
    }
    const { filters } = parsed
    const [stations, found] = await Promise.all([
      boardReader.stationsById(),
      filters.by === 'id'
        ? Promise.all(filters.serviceRequestIds.map((id) => boardReader.byTrackingNo(id))).then((all) => all.flatMap((r) => r ?? []))
        : boardReader.submittedBetween(filters.start, filters.end),
    ])
    const requests = selectRequests(
      found.map((request) => open311Request(request, stations, filters)),
      filters,
    )
    return send({ kind: 'requests', requests }, format, headers)
  },
})

export const request = defineRoute(endpoints.open311Request, {
  params: RequestParams,
  query: AnyQuery,
  headers: OriginHeaders,
  handle: async ({ params, query, headers, ctx }) => {
    const [id, format] = params.file.split('.') as [string, Open311Format]
    const parsed = parseRequestQuery({ jurisdiction_id: query.jurisdiction_id, extensions: query.extensions }, ctx.now, {
      jurisdictionId: OPEN311_JURISDICTION,
    })
    if (!parsed.ok) return refuse(open311Errors(parsed.errors), format)
    const [stations, found] = await Promise.all([boardReader.stationsById(), boardReader.byTrackingNo(id)])
    if (!found) return refuse([{ code: 404, description: `service_request_id: 没有这条公开留言：${id}` }], format)
    // GeoReport answers a single request as a list of one
    return send({ kind: 'requests', requests: [open311Request(found, stations, parsed.filters)] }, format, headers)
  },
})
