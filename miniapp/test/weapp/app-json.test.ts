import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DIST } from './simulator'

const json = <T>(file: string) => JSON.parse(readFileSync(path.join(DIST, file), 'utf8')) as T

describe('compiled weapp app.json', () => {
  it('injects only the components a page renders (lazyCodeLoading), and has pull-down refresh on the changing lists', () => {
    expect(json<{ lazyCodeLoading?: string }>('app.json').lazyCodeLoading).toBe('requiredComponents')
    expect(json<{ enablePullDownRefresh?: boolean }>('packages/messages/pages/board/index.json').enablePullDownRefresh).toBe(true)
  })
})
