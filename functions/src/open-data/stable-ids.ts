import { createHash } from 'node:crypto'

/**
 * Our namespace, itself a name-based UUID of `urn:doorstep:gusu:open-data` under RFC 4122's URL namespace
 * (6ba7b811-9dad-11d1-80b4-00c04fd430c8, appendix C). It must never
 * change: every published id hangs off it, and a harvester that has stored ours would see every record as new.
 */
export const OPEN_DATA_NAMESPACE = '4980118d-44f8-5c2b-b3de-86e203a9f96b'

/**
 * A name-based (version 5, SHA-1) UUID as RFC 4122 §4.3 defines it, so any other v5 implementation given the same
 * namespace and name derives the same id.
 */
export function nameBasedUuid(namespace: string, name: string): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16)
  bytes[6] = (bytes[6]! & 0x0f) | 0x50
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** The HSDS objects we publish, each its own id space (a station is both a location and the owner of an address). */
export type HsdsObjectKind =
  | 'organization'
  | 'location'
  | 'address'
  | 'phone'
  | 'accessibility'
  | 'language'
  | 'schedule'
  | 'service'
  | 'service_at_location'
  | 'service_area'
  | 'required_document'
  | 'cost_option'
  | 'attribute'
  | 'taxonomy'
  | 'taxonomy_term'
  | 'service_capacity'
  | 'unit'

/**
 * HSDS wants every `id` to be a UUID; ours are readable slugs (`st-district-hall`). Deriving the UUID from the slug
 * instead of storing a random one keeps it the same on every export and every machine with nothing to look up or
 * migrate, and lets anyone holding our slug recompute the HSDS id. `key` names the record within its kind: our id,
 * or for a part of a record its owner's id and what the part says (`st-x/无障碍坡道`), never its position in a list,
 * so reordering a list does not renumber it.
 */
export function hsdsId(kind: HsdsObjectKind, key: string): string {
  return nameBasedUuid(OPEN_DATA_NAMESPACE, `${kind}/${key}`)
}
