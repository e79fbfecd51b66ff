import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'
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
    async open(hashPath = '/'): Promise<Page & { problems: string[] }> {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
      const page = await context.newPage()
      const problems: string[] = []
      page.on('pageerror', (error) => problems.push(error.message))
      await page.goto(`${inject('webUrl')}/#${hashPath}`)
      return Object.assign(page, { problems })
    },
  }
}
