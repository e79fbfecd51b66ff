/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest'
import { defineStrings, type Catalogue } from './index'

/** Every string catalogue of the app: one per feature, the shared components' and the district's vocabulary. */
const modules = import.meta.glob<Record<string, unknown>>(['../../features/*/strings.ts', '../components/strings.ts', './names.ts'], {
  eager: true,
})

function isCatalogue(value: unknown): value is Catalogue<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && 'zh' in value && 'en' in value
}

const catalogues = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, Catalogue<Record<string, unknown>>] => isCatalogue(entry[1]))
    .map(([name, catalogue]) => ({ where: `${file.replace(/^(\.\.\/)+/, '')} ${name}`, catalogue })),
)

const HAN = /\p{Script=Han}/u

describe('string catalogues', () => {
  it('are found for every feature that has interface text', () => {
    const where = catalogues.map((c) => c.where)
    for (const feature of ['home', 'policies', 'stations', 'services', 'auth', 'settings']) {
      expect(where).toContain(`features/${feature}/strings.ts strings`)
    }
    expect(where).toContain('components/strings.ts strings')
  })

  it.each(catalogues)('$where: English has every Chinese key, of the same kind', ({ catalogue }) => {
    expect(Object.keys(catalogue.en).sort()).toEqual(Object.keys(catalogue.zh).sort())
    for (const [key, zh] of Object.entries(catalogue.zh)) {
      const en = catalogue.en[key]
      expect(typeof en, key).toBe(typeof zh)
      if (typeof zh === 'function') expect((en as (...args: never[]) => string).length, key).toBe(zh.length)
      if (typeof zh === 'string') expect((en as string).trim(), key).not.toBe('')
    }
  })

  it.each(catalogues)('$where: no Chinese sentence was left untranslated in English', ({ catalogue }) => {
    const untranslated = Object.entries(catalogue.zh)
      .filter(([key, zh]) => typeof zh === 'string' && HAN.test(zh) && catalogue.en[key] === zh)
      .map(([key]) => key)
    expect(untranslated).toEqual([])
  })

  it('makes a missing or extra English key a type error', () => {
    // @ts-expect-error — `b` is missing in English
    defineStrings({ a: '一', b: '二' }, { a: 'one' })
    // @ts-expect-error — `c` is not a Chinese key
    defineStrings({ a: '一' }, { a: 'one', c: 'three' })
    // @ts-expect-error — a function in Chinese must be a function in English
    defineStrings({ count: (n: number) => `${n} 个` }, { count: 'many' })
    const ok = defineStrings({ count: (n: number) => `${n} 个` }, { count: (n: number) => `${n} items` })
    expect(ok.en.count(3)).toBe('3 items')
  })
})
