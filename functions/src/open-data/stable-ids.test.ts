import { describe, expect, it } from 'vitest'
import { hsdsId, nameBasedUuid, OPEN_DATA_NAMESPACE } from './stable-ids'

const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8'
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8'

describe('name-based UUIDs', () => {
  // the expected values come from Python's uuid.uuid5, an implementation independent of ours
  it('derives what other version 5 implementations derive', () => {
    expect(nameBasedUuid(DNS_NAMESPACE, 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d')
    expect(nameBasedUuid(URL_NAMESPACE, 'urn:doorstep:gusu:open-data')).toBe(OPEN_DATA_NAMESPACE)
    expect(hsdsId('location', 'st-district-hall')).toBe('964f56b9-2d9f-5ff6-b053-e85ed7b13e9f')
  })

  it('marks the result as version 5 of the RFC 4122 variant', () => {
    for (const key of ['st-district-hall', 'svc-policy-consult', '平江街道', '']) {
      expect(hsdsId('service', key)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    }
  })

  it('gives the same key a different id in each kind, and the same id on every call', () => {
    expect(hsdsId('location', 'st-district-hall')).not.toBe(hsdsId('address', 'st-district-hall'))
    expect(hsdsId('location', 'st-district-hall')).toBe(hsdsId('location', 'st-district-hall'))
  })
})
