import { describe, expect, it } from 'vitest'
import { hsdsPage, hsdsRoot } from './hsds-api'

const items = Array.from({ length: 23 }, (_, i) => i + 1)

describe('HSDS pages', () => {
  it('count pages from 1, with `size` the items this page holds', () => {
    expect(hsdsPage(items, 1, 10)).toEqual({
      total_items: 23,
      total_pages: 3,
      page_number: 1,
      size: 10,
      first_page: true,
      last_page: false,
      empty: false,
      contents: items.slice(0, 10),
    })
    expect(hsdsPage(items, 3, 10)).toMatchObject({ size: 3, first_page: false, last_page: true, contents: [21, 22, 23] })
  })

  it('answer a page past the end, and an empty list, with an empty page', () => {
    expect(hsdsPage(items, 4, 10)).toMatchObject({ total_pages: 3, size: 0, last_page: true, empty: true, contents: [] })
    expect(hsdsPage([], 1, 10)).toMatchObject({ total_items: 0, total_pages: 0, first_page: true, last_page: true, empty: true })
  })

  it('refuse page numbers and sizes that are not whole numbers from 1', () => {
    expect(() => hsdsPage(items, 0, 10)).toThrow(RangeError)
    expect(() => hsdsPage(items, 1.5, 10)).toThrow(RangeError)
    expect(() => hsdsPage(items, 1, 0)).toThrow(RangeError)
  })
})

describe('the HSDS root document', () => {
  it('names HSDS 3.0, the profile and the API description', () => {
    expect(hsdsRoot()).toEqual({
      version: '3.0',
      profile: 'https://github.com/openreferral/specification/tree/3.0/schema',
      openapi_url: 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json',
    })
    expect(hsdsRoot({ profile: 'https://doorstep.example/hsds/profile' }).profile).toBe('https://doorstep.example/hsds/profile')
  })
})
