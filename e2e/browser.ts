import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'
import { afterAll, beforeAll, inject, onTestFailed } from 'vitest'
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
      // A failure on a loaded CI machine cannot be re-run by hand: say where the page was, what it showed and
      // which API answers were not 2xx.
      const apiAnswers: string[] = []
      page.on('response', (response) => {
        if (response.url().startsWith(inject('apiUrl')) && response.status() >= 400)
          apiAnswers.push(`${response.status()} ${response.url()}`)
      })
      onTestFailed(async () => {
        const shown = await page
          .locator('body')
          .innerText({ timeout: 2_000 })
          .catch(() => '(page closed)')
        console.error(
          `page at failure: ${page.url()}\n${shown.slice(0, 1_500)}\nAPI answers ≥ 400: ${apiAnswers.join(', ') || 'none'}\nproblems: ${problems.join(', ') || 'none'}`,
        )
      })
      await page.goto(`${inject('webUrl')}/#${hashPath}`)
      return Object.assign(page, { problems })
    },
    /**
     * Opens `hashPath` with what the app keeps on the device already stored (a session, preferences), as a person
     * coming back would find it. Values are stored as Taro's H5 storage keeps them: `{ data }` as JSON.
     */
    async openWith(hashPath: string, stored: Record<string, unknown>, context: BrowserContextOptions = {}) {
      const page = await this.open('/', context)
      await page.evaluate((entries) => {
        for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, JSON.stringify({ data: value }))
      }, stored)
      await page.goto(`${inject('webUrl')}/#${hashPath}`)
      await page.reload()
      return page
    },
  }
}
