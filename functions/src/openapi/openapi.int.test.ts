import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { call } from '../../test/http'
import committed from './openapi.json'

const strongTag = `"${createHash('sha256').update(JSON.stringify(committed)).digest('base64url')}"`

describe('GET /v1/openapi.json', () => {
  it('serves the committed document, cacheable for five minutes under a strong etag of its body', async () => {
    const res = await call('GET', '/v1/openapi.json')
    expect(res.status).toBe(200)
    expect(res.contentType).toMatch(/^application\/json/)
    expect(res.body).toEqual(committed)
    expect(res.headers.get('cache-control')).toBe('public, max-age=300')
    expect(res.headers.get('etag')).toBe(strongTag)
  })

  it('answers 304 without a body while If-None-Match names the current tag, in any of its forms', async () => {
    for (const ifNoneMatch of [strongTag, `W/${strongTag}`, `"older", ${strongTag}`, '*']) {
      const res = await call('GET', '/v1/openapi.json', { headers: { 'if-none-match': ifNoneMatch } })
      expect(res.status, ifNoneMatch).toBe(304)
      expect(res.body).toBeUndefined()
      expect(res.headers.get('etag')).toBe(strongTag)
      expect(res.headers.get('cache-control')).toBe('public, max-age=300')
    }
  })

  it('sends the document again for a tag that is not current', async () => {
    const res = await call('GET', '/v1/openapi.json', { headers: { 'if-none-match': '"an-older-document"' } })
    expect(res.status).toBe(200)
    expect(res.body.openapi).toBe('3.1.0')
  })
})
