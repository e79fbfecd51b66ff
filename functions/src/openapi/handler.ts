import { createHash } from 'node:crypto'
import { endpoints } from '@doorstep/shared'
import * as v from 'valibot'
import { defineRoute, reply } from '../core/http/route'
import generated from './openapi.json'
import type { OpenApiDocument } from './openapi-document'

const document = generated as OpenApiDocument
/** Strong: the tag changes exactly when a byte of the body does (the body is this same serialisation). */
const etag = `"${createHash('sha256').update(JSON.stringify(document)).digest('base64url')}"`
const caching = { etag, 'cache-control': 'public, max-age=300' }

/** If-None-Match is `*` or a list of tags compared weakly (RFC 9110 §13.1.2): `W/"x"` matches `"x"`. */
const isCurrent = (ifNoneMatch: string | undefined) =>
  ifNoneMatch !== undefined && ifNoneMatch.split(',').some((tag) => ['*', etag].includes(tag.trim().replace(/^W\//, '')))

/** The OpenAPI 3.1 document of every /v1 route (scripts/openapi writes it); 304 while the caller's copy is current. */
export const openApi = defineRoute(endpoints.openApi, {
  headers: v.object({ 'if-none-match': v.optional(v.pipe(v.string(), v.maxLength(4096))) }),
  handle: async ({ headers }) => (isCurrent(headers['if-none-match']) ? reply(304, undefined, caching) : reply(200, document, caching)),
})
