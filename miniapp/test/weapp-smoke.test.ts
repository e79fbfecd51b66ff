import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)
// A string, not new URL(): under jsdom the global URL is jsdom's, which fileURLToPath rejects.
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/weapp')

interface SimulatedComponent {
  dom: Element
  attach(parent: Element): void
}
interface Simulate {
  load(componentPath: string, options: { rootPath: string; compiler: 'official' }): string
  render(id: string): SimulatedComponent
  sleep(ms: number): Promise<void>
}

type Options = Record<string, unknown>

/**
 * WeChat runs app.js through App() and each page through Page(); miniprogram-simulate only knows Component().
 * A page becomes a component whose methods are the page's functions, loaded with onLoad when attached.
 */
function installMiniProgramGlobals() {
  let app: Options = {}
  Object.assign(globalThis, {
    App(options: Options) {
      app = options
      ;(options.onLaunch as ((this: Options, launch: Options) => void) | undefined)?.call(options, { path: 'pages/home/index', query: {} })
    },
    getApp: () => app,
    getCurrentPages: () => [],
    Page(options: Options) {
      const methods: Record<string, unknown> = {}
      for (const [key, value] of Object.entries(options)) if (typeof value === 'function') methods[key] = value
      ;(globalThis as unknown as { Component(definition: Options): void }).Component({
        data: options.data ?? {},
        methods,
        lifetimes: {
          attached(this: { route?: string; onLoad?(query: Options): void; onShow?(): void; onReady?(): void }) {
            this.route = 'pages/home/index'
            this.onLoad?.({})
            this.onShow?.()
            this.onReady?.()
          },
        },
      })
    },
  })
}

describe('compiled weapp home page', () => {
  let simulate: Simulate

  beforeAll(() => {
    if (!existsSync(path.join(dist, 'app.js'))) {
      throw new Error(`${dist} has no build. Run \`npm run build:weapp -w miniapp\` (from the repository root) first.`)
    }
    // jsdom's globals must exist before miniprogram-simulate (and its wcc wrapper) is required.
    simulate = require('miniprogram-simulate') as Simulate
    installMiniProgramGlobals()
    require(path.join(dist, 'app.js'))
  })

  it('renders the five entries from the real WXML templates', async () => {
    const id = simulate.load(path.join(dist, 'pages/home/index'), { rootPath: dist, compiler: 'official' })
    const page = simulate.render(id)
    page.attach(document.createElement('parent-wrapper'))

    let text = ''
    for (let attempt = 0; attempt < 50 && !text.includes('企业开办一站式'); attempt++) {
      await simulate.sleep(20)
      text = page.dom.textContent ?? ''
    }

    for (const title of ['政策一键查询', '点位一图览', '服务一网了解', '留言通道', '企业开办一站式']) {
      expect(text).toContain(title)
    }
    expect(text).toContain('家门口的人社服务站 · 姑苏区')
    // every entry is open; home also carries the policy search box and its topic chips
    expect(text).not.toContain('建设中')
    expect(text).toContain('热门政策')
    expect(text).toContain('失业保险金')
  })
})

describe('compiled weapp app.json', () => {
  it('injects only the components a page renders (lazyCodeLoading), and has pull-down refresh on the changing lists', () => {
    const app = JSON.parse(readFileSync(path.join(dist, 'app.json'), 'utf8')) as { lazyCodeLoading?: string }
    expect(app.lazyCodeLoading).toBe('requiredComponents')
    const board = JSON.parse(readFileSync(path.join(dist, 'packages/messages/pages/board/index.json'), 'utf8')) as {
      enablePullDownRefresh?: boolean
    }
    expect(board.enablePullDownRefresh).toBe(true)
  })
})
