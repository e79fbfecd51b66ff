import { describe, expect, it } from 'vitest'
import { appPages, pagePath, PAGES, pageUrl } from './pages'

describe('the page list', () => {
  it('gives app.json the home page first and each subpackage once, its pages in list order', () => {
    const { pages, subPackages } = appPages()
    expect(pages).toEqual(['pages/home/index'])
    expect(subPackages.map((p) => p.root)).toEqual([...new Set(subPackages.map((p) => p.root))])
    expect(subPackages.find((p) => p.root === 'packages/stations')?.pages).toEqual([
      'pages/map/index',
      'pages/list/index',
      'pages/detail/index',
    ])
    expect(pages.length + subPackages.reduce((n, p) => n + p.pages.length, 0)).toBe(Object.keys(PAGES).length)
  })

  it('names no page twice', () => {
    const paths = (Object.keys(PAGES) as (keyof typeof PAGES)[]).map(pagePath)
    expect(new Set(paths).size).toBe(paths.length)
  })

  it('writes a path without, and a URL with, the leading slash', () => {
    expect(pagePath('home')).toBe('pages/home/index')
    expect(pagePath('messageDetail')).toBe('packages/messages/pages/detail/index')
    expect(pageUrl('companyCase')).toBe('/packages/business/pages/case/index')
  })
})
