import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'
import { installShiftedDate } from '../scripts/clock/shift-clock.cjs'
import { CHROMIUM_ARGS, chromiumPath } from './chromium'

/** One browser per test file; each test gets a fresh page, phone-sized like the mini-program. */
export function useBrowser() {
  let browser: Browser
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
  })
  afterAll(async () => {
    await browser?.close()
  })
  return {
    /** `context` adds to the phone-sized defaults, e.g. a granted geolocation. */
    async open(hashPath = '/', context: BrowserContextOptions = {}): Promise<Page & { problems: string[] }> {
      const browserContext = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', ...context })
      // a run "on" another day (DOORSTEP_TODAY) shifts the page's clock as it shifts the API's
      const offset = Number(process.env.DOORSTEP_CLOCK_OFFSET_MS || 0)
      if (offset) await browserContext.addInitScript({ content: `(${installShiftedDate.toString()})(globalThis, ${offset})` })
      const page = await browserContext.newPage()
      const problems: string[] = []
      page.on('pageerror', (error) => problems.push(error.message))
      // the app's own files (not the API, whose 4xx answers are part of the tests): none missing, /favicon.ico included
      page.on('response', (response) => {
        if (response.url().startsWith(inject('webUrl')) && response.status() >= 400) problems.push(`${response.status()} ${response.url()}`)
      })
      await page.goto(`${inject('webUrl')}/#${hashPath}`)
      return Object.assign(page, { problems })
    },
  }
}
