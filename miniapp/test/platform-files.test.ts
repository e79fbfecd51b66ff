import { readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = path.resolve(import.meta.dirname, '../src')
const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })

/**
 * Taro picks `name.h5.<ext>` on H5 by trying each extension in turn, the platform file first and then the plain one:
 * `name.ts` beside `name.h5.tsx` is found at `.ts`, before `.tsx` is tried, and H5 silently runs the weapp code.
 */
describe('platform files', () => {
  it('each H5 file has a weapp twin with the same extension', () => {
    const h5 = files.filter((file) => /\.h5\.tsx?$/.test(file) && !file.includes('.test.'))
    expect(h5.length).toBeGreaterThan(5)
    const mismatched = h5.filter((file) => {
      const twin = file.replace('.h5.', '.')
      return !files.includes(twin)
    })
    expect(mismatched.map((file) => path.join('src', file))).toEqual([])
  })
})
