import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { createCompanyCase, postPrivateMessage, sessionsFor } from '../scripts/local-stack/api-fixtures'
import { useBrowser } from './browser'

/**
 * Staff at a desk, in a 1280×800 browser window: the queue as compact rows beside the chosen message, keyboard
 * shortcuts for the common actions, and screenshots of the queue and a desk case for a person to review.
 */

const browser = useBrowser()
const DESKTOP = { viewport: { width: 1280, height: 800 } }
const SHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots', 'desktop')
const sessionOf = sessionsFor(inject('apiUrl'), inject('weChatStandIn'), '工作台测试居民')
const run = Date.now() % 100_000

const detail = (page: Page) => page.getByRole('region', { name: '选中的留言' })
const rows = (page: Page) => page.getByRole('list', { name: '留言队列' }).getByRole('listitem')

/** How many queue rows are wholly on screen, without scrolling. */
const rowsInView = (page: Page) =>
  page.evaluate(() => {
    const items = Array.from(document.querySelectorAll('.staff-console [role="listitem"]'))
    return items.filter((item) => {
      const box = item.getBoundingClientRect()
      return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight
    }).length
  })

/** The console is a page of its own at this width: axe-core holds it to the same bar as every phone page. */
async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)
}

describe('the staff console on a desktop browser', () => {
  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true })
    const resident = await sessionOf('resident')
    // A morning's queue in 平江街道: a dozen messages, written one after another.
    for (let i = 1; i <= 12; i++) {
      await postPrivateMessage(
        inject('apiUrl'),
        resident.token,
        `工作台留言${run}-${String(i).padStart(2, '0')}`,
        `第 ${i} 条：想咨询失业登记和灵活就业参保的办理材料。`,
      )
    }
  })

  it('shows at least 10 messages without scrolling, beside the chosen one, and works from the keyboard', async () => {
    const page = await browser.openWith(
      '/packages/staff/pages/queue/index',
      { 'doorstep.session': await sessionOf('answerer.pingjiang') },
      DESKTOP,
    )
    await expect.poll(() => rows(page).count(), { timeout: 45_000 }).toBeGreaterThanOrEqual(12)
    // not a magnified phone: the root font stops at a large phone's, the console uses the width
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeLessThanOrEqual(22)
    const inView = await rowsInView(page)
    console.log(`queue rows in view at 1280×800: ${inView}`)
    expect(inView).toBeGreaterThanOrEqual(10)
    expect((await detail(page).count()) + (await page.getByText('从左侧选择一条留言').count())).toBe(1)

    // J and K walk the queue; the chosen row is pressed and its message opens beside it (the address stays the queue)
    await page.keyboard.press('j')
    const first = (await rows(page).nth(0).locator('.card__title').textContent())!
    await expect.poll(() => detail(page).getByRole('heading', { level: 2 }).first().textContent(), { timeout: 20_000 }).toBe(first)
    expect(await rows(page).nth(0).getByRole('button').getAttribute('aria-pressed')).toBe('true')
    await page.screenshot({ path: path.join(SHOTS, 'staff-queue.png') })
    expect(await seriousViolations(page)).toEqual([])
    await page.keyboard.press('j')
    await expect.poll(() => rows(page).nth(1).getByRole('button').getAttribute('aria-pressed')).toBe('true')
    await page.keyboard.press('k')
    await expect.poll(() => rows(page).nth(0).getByRole('button').getAttribute('aria-pressed')).toBe('true')
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#/packages/staff/pages/queue/index')

    // C takes it on; R lands on the first reply template, Enter takes it, and it is sent from the same panel
    const chosenTitle = (await detail(page).getByRole('heading', { level: 2 }).first().textContent())!
    const facts = () => detail(page).getByText('状态', { exact: true }).locator('..').textContent()
    await expect.poll(facts, { timeout: 20_000 }).toContain('待受理')
    await page.keyboard.press('c')
    await expect.poll(facts, { timeout: 20_000 }).toContain('处理中')
    await page.keyboard.press('r')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe('false')
    await page.keyboard.press('Enter')
    const reply = detail(page).getByRole('textbox', { name: '答复内容' })
    await expect.poll(() => reply.inputValue()).not.toBe('')
    // typing in the answer is text, not shortcuts
    await reply.focus()
    await page.keyboard.type(' jkc')
    await expect.poll(() => reply.inputValue()).toMatch(/ jkc$/)
    await detail(page).getByRole('button', { name: '发送答复' }).click()
    await expect.poll(facts, { timeout: 20_000 }).toContain('已答复')
    // a demand is linked to a service chosen from the catalogue, never a typed id
    const demand = detail(page).getByRole('form', { name: '标记为服务需求' })
    await demand.getByRole('textbox', { name: /需求主题/ }).fill('失业登记咨询')
    await demand.getByRole('button', { name: '促进就业' }).click()
    const service = demand.getByRole('group', { name: '服务项目', exact: true }).getByRole('button').nth(1)
    const serviceName = (await service.textContent())!.trim()
    await service.click()
    await demand.getByRole('button', { name: '标记需求' }).click()
    await expect.poll(() => demand.textContent(), { timeout: 20_000 }).toContain(`失业登记咨询 · 服务项目：${serviceName}`)
    // answered, it leaves the queue; the panel keeps showing it
    await expect.poll(() => rows(page).filter({ hasText: chosenTitle }).count(), { timeout: 20_000 }).toBe(0)
    expect(page.problems).toEqual([])
  }, 120_000)

  it('keeps resident pages a readable column, and a desk case fits the screen', async () => {
    const home = await browser.open('/', DESKTOP)
    await expect.poll(() => home.getByRole('button', { name: /服务一网了解/ }).count(), { timeout: 20_000 }).toBe(1)
    const column = await home
      .locator('.page')
      .first()
      .evaluate((el) => el.getBoundingClientRect().width)
    expect(column).toBeLessThanOrEqual(760)
    // every home entry within two screens, not the 2,088 px of a magnified phone
    const lastEntryBottom = await home
      .locator('.home__entries [role="listitem"]')
      .last()
      .evaluate((el) => el.getBoundingClientRect().bottom)
    expect(lastEntryBottom).toBeLessThan(1_300)

    // the console's entry says what it opens
    const staffHome = await browser.openWith(
      '/packages/staff/pages/home/index',
      { 'doorstep.session': await sessionOf('desk.boc') },
      DESKTOP,
    )
    await staffHome.getByRole('button', { name: /^企业开办窗口/ }).click({ timeout: 45_000 })
    await expect.poll(() => staffHome.getByRole('heading', { level: 1 }).textContent(), { timeout: 20_000 }).toBe('企业开办窗口')

    const owner = await sessionOf('resident')
    const company = await createCompanyCase(inject('apiUrl'), owner.token, `工作台示例有限公司${run}`)
    const desk = await browser.openWith(
      `/packages/staff/pages/desk-case/index?id=${company.id}`,
      { 'doorstep.session': await sessionOf('desk.boc') },
      DESKTOP,
    )
    await expect.poll(() => desk.getByRole('heading', { level: 1 }).textContent(), { timeout: 45_000 }).toBe(`工作台示例有限公司${run}`)
    const width = await desk
      .locator('.staff-page')
      .last()
      .evaluate((el) => el.getBoundingClientRect().width)
    expect(width).toBeGreaterThan(1_000)
    await desk.screenshot({ path: path.join(SHOTS, 'staff-desk-case.png') })
    expect(await seriousViolations(desk)).toEqual([])
    expect(home.problems).toEqual([])
    expect(staffHome.problems).toEqual([])
    expect(desk.problems).toEqual([])
  }, 120_000)
})
