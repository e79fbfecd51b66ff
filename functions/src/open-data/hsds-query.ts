import * as v from 'valibot'

/** The lists HSDS's API reference names, plus `locations` (ours: every place in one list, as the issue asks). */
export const HSDS_COLLECTIONS = ['services', 'service_at_locations', 'locations', 'organizations', 'taxonomies', 'taxonomy_terms'] as const
export type HsdsCollection = (typeof HSDS_COLLECTIONS)[number]

export const HSDS_PER_PAGE = { fallback: 50, max: 200 } as const

const Flag = v.picklist(['true', 'false'], '须为 true 或 false')
const Ref = v.pipe(v.string(), v.maxLength(100))

/**
 * Every filter HSDS documents that we answer. Unknown ones (and `minimal`, `modified_after`, `postcode`, `proximity`,
 * which we do not offer) are refused by name at the edge, so a consumer never mistakes an ignored filter for an
 * empty result.
 */
export const HsdsListQuery = v.strictObject({
  page: v.optional(v.pipe(v.string(), v.regex(/^[1-9]\d{0,5}$/, '须为从 1 开始的整数'), v.transform(Number))),
  per_page: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^[1-9]\d{0,2}$/, `须为 1 到 ${HSDS_PER_PAGE.max} 的整数`),
      v.transform(Number),
      v.maxValue(HSDS_PER_PAGE.max, `每页最多 ${HSDS_PER_PAGE.max} 条`),
    ),
  ),
  format: v.optional(v.picklist(['json'], '只提供 json')),
  search: v.optional(v.pipe(v.string(), v.maxLength(100))),
  taxonomy_term_id: v.optional(Ref),
  taxonomy_id: v.optional(Ref),
  organization_id: v.optional(Ref),
  full: v.optional(Flag),
  top_only: v.optional(Flag),
  parent_id: v.optional(Ref),
})
export type HsdsListQuery = v.InferOutput<typeof HsdsListQuery>

type Filter = Exclude<keyof HsdsListQuery, 'page' | 'per_page' | 'format'>

/** Which filters each list takes, as HSDS's API reference has them (`full` only where we can nest). */
export const HSDS_FILTERS: Record<HsdsCollection, readonly Filter[]> = {
  services: ['search', 'taxonomy_term_id', 'taxonomy_id', 'organization_id', 'full'],
  service_at_locations: ['search', 'taxonomy_term_id', 'taxonomy_id', 'organization_id', 'full'],
  locations: ['search', 'organization_id'],
  organizations: ['search'],
  taxonomies: ['search'],
  taxonomy_terms: ['search', 'taxonomy_id', 'top_only', 'parent_id'],
}

/** The filters given that this list does not take: each is a 400 naming it. */
export function filtersNotTaken(collection: HsdsCollection, query: HsdsListQuery): Filter[] {
  const taken = HSDS_FILTERS[collection]
  return (Object.keys(query) as (keyof HsdsListQuery)[]).filter(
    (name): name is Filter => name !== 'page' && name !== 'per_page' && name !== 'format' && !taken.includes(name as Filter),
  )
}

export const HsdsListParams = v.strictObject({ collection: v.picklist(HSDS_COLLECTIONS, '没有这个列表') })
export const HsdsItemParams = v.strictObject({
  collection: v.picklist(HSDS_COLLECTIONS, '没有这个列表'),
  id: v.pipe(v.string(), v.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, '须为 UUID')),
})
