import { createHash } from 'node:crypto'
import * as v from 'valibot'
import { reply, type Reply } from './route'

/** The request header a cacheable route reads: what the client already holds. */
export const ConditionalHeaders = v.object({ 'if-none-match': v.optional(v.pipe(v.string(), v.maxLength(2048))) })
export type ConditionalHeaders = v.InferOutput<typeof ConditionalHeaders>

/** A strong validator of the exact bytes sent: the same document always gets the same tag, on any Lambda. */
export const entityTag = (body: string) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`

/**
 * If-None-Match compares weakly (RFC 9110 §13.1.2): a proxy may have turned our strong tag into `W/"…"`, and the
 * client still holds the same bytes.
 */
function holds(ifNoneMatch: string | undefined, tag: string): boolean {
  if (ifNoneMatch === undefined) return false
  return ifNoneMatch.split(',').some((candidate) => {
    const value = candidate.trim()
    return value === '*' || value.replace(/^W\//, '') === tag
  })
}

/**
 * A public document anyone may cache for `maxAgeSeconds` and then revalidate: the body with its ETag, or 304 with no
 * body when the client's copy is still current. CORS is the edge's (route.ts), not this.
 */
export function cacheableReply(
  body: string,
  contentType: string,
  options: { maxAgeSeconds: number; headers: ConditionalHeaders | undefined },
): Reply<string> {
  const tag = entityTag(body)
  const caching = { etag: tag, 'cache-control': `public, max-age=${options.maxAgeSeconds}`, vary: 'accept-encoding' }
  if (holds(options.headers?.['if-none-match'], tag)) return reply(304, '', { 'content-type': contentType, ...caching })
  return reply(200, body, { 'content-type': contentType, ...caching })
}
