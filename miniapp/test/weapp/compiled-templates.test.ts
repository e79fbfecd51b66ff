/**
 * The accessibility attributes reach the WXML WeChat's screen reader reads: every template of the components in
 * config/weapp-accessibility.json passes `aria-role` and each listed aria attribute, and the pages use none that is
 * not listed (it would be dropped in the weapp without a word). The rendered pages (every-page.*.test.ts) check the
 * values arrive. Elder mode's tokens reach the compiled stylesheet too.
 */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import accessibility from '../../config/weapp-accessibility.json'
import { DIST } from './simulator'

const here = path.dirname(fileURLToPath(import.meta.url))
const SRC = path.resolve(here, '../../src')
const base = readFileSync(path.join(DIST, 'base.wxml'), 'utf8')

/**
 * The opening tags of every template's element named `tag` (one per template and nesting level), but for Taro's
 * pure and click views: those carry only class and style, and Taro renders a view with them only while it has no
 * other attribute (an aria-label moves it to the full view template).
 */
const openingTags = (tag: string) =>
  [...base.matchAll(new RegExp(`<template name="tmpl_[^"]+">\\s*<${tag} ([^>]*)>`, 'g'))]
    .map((m) => m[1]!)
    .filter((attributes) => !/^style="\{\{i\.st\}\}" class="\{\{i\.cl\}\}"( bindtap="eh")?\s+id=/.test(attributes))

const kebab = (component: string) => component.replace(/(?<!^)[A-Z]/g, (c) => `-${c.toLowerCase()}`).toLowerCase()

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    // H5-only files (`name.h5.tsx`) never reach the WXML
    return /\.tsx?$/.test(entry.name) && !/\.(test|h5)\.tsx?$/.test(entry.name) ? [full] : []
  })
}

describe('compiled weapp templates', () => {
  it.each(Object.entries(accessibility))('%s passes aria-role and its aria attributes in every template', (component, attributes) => {
    const tags = openingTags(kebab(component))
    expect(tags.length).toBeGreaterThan(0)
    for (const tag of tags) {
      for (const attribute of Object.keys(attributes)) {
        const written = attribute === 'role' ? 'aria-role' : attribute
        expect(tag).toMatch(new RegExp(`(^|\\s)${written}="\\{\\{i\\.p\\d+\\}\\}"`))
      }
      // the H5 attribute never reaches WXML under its own name, where WeChat would ignore it
      expect(tag).not.toMatch(/(^|\s)role=/)
    }
  })

  it('lists every aria attribute the pages use', () => {
    const used = new Set(
      sourceFiles(SRC).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\b(aria-[a-z]+)=/g)].map((m) => m[1]!)),
    )
    const passed = new Set(Object.keys(accessibility.View))
    expect([...used].filter((name) => !passed.has(name)).sort()).toEqual([])
    expect(used.size).toBeGreaterThan(5)
  })
})

/** rpx to CSS px on a 375-pt-wide phone (750 rpx are the screen's width): the width the elder sizes are set for. */
const cssPx = (rpx: string) => (Number(rpx.replace('rpx', '')) * 375) / 750

describe('elder mode in the compiled stylesheet', () => {
  const css = readFileSync(path.join(DIST, 'app-origin.wxss'), 'utf8')
  const elder = Object.fromEntries(
    (/\.page--elder\{([^}]*)\}/.exec(css)?.[1] ?? '')
      .split(';')
      .map((declaration) => declaration.split(':') as [string, string])
      .filter(([name]) => name.startsWith('--')),
  )

  it('app.wxss carries the elder tokens, which switch the whole page: text ≥ 20 px, targets ≥ 48 px', () => {
    expect(readFileSync(path.join(DIST, 'app.wxss'), 'utf8')).toContain('@import "./app-origin.wxss"')
    for (const font of ['--font-body', '--font-small', '--font-title', '--font-heading'])
      expect(cssPx(elder[font]!), font).toBeGreaterThanOrEqual(20)
    expect(cssPx(elder['--tap-min-height']!)).toBeGreaterThanOrEqual(48)
    expect(elder['--color-text']).toBe('#000')
  })
})
