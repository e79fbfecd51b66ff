import type { HsdsPage, HsdsRoot } from './hsds-types'

export const HSDS_VERSION = '3.0'
/** The canonical API description of HSDS 3.0: ours until we publish changes to it. */
export const HSDS_OPENAPI_URL = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json'
/** HSDS 3.0's own schemas, for a publication that follows no profile (HSDS's conformance page names this address). */
export const HSDS_SCHEMA_URL = 'https://github.com/openreferral/specification/tree/3.0/schema'

/**
 * What `/` answers. `profile` must resolve to a description of the profile the data follows; until we publish
 * ours (it would document the `sample` and `capacities` extensions), it is HSDS 3.0 itself.
 */
export function hsdsRoot({
  profile = HSDS_SCHEMA_URL,
  openapiUrl = HSDS_OPENAPI_URL,
}: { profile?: string; openapiUrl?: string } = {}): HsdsRoot {
  return { version: HSDS_VERSION, profile, openapi_url: openapiUrl }
}

/**
 * One page of a list, as HSDS's `Page` schema has it: pages count from 1, `size` is how many this page holds (HSDS
 * describes it so, not as the page size asked for), and a page past the end is empty but still a page.
 */
export function hsdsPage<T>(all: readonly T[], pageNumber: number, perPage: number): HsdsPage<T> {
  if (!Number.isInteger(pageNumber) || pageNumber < 1) throw new RangeError(`page must be a whole number from 1, not ${pageNumber}`)
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`per_page must be a whole number from 1, not ${perPage}`)
  const totalPages = Math.ceil(all.length / perPage)
  const contents = all.slice((pageNumber - 1) * perPage, pageNumber * perPage)
  return {
    total_items: all.length,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: contents.length === 0,
    contents,
  }
}
