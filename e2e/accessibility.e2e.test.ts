import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import AxeBuilder from '@axe-core/playwright'
import type { Session } from '@doorstep/shared'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { createDetailFixtures, sessionsFor, type DetailFixtures, type Who } from '../scripts/local-stack/api-fixtures'
import { useBrowser } from './browser'

/**
 * Every page of the H5 app (the list comes from app.config.ts, so a new page fails here until the table below says
 * how to reach it) in normal mode, 长辈模式 and English: axe-core finds no serious or critical violation (in elder
 * mode also none of the AAA 7:1 contrast rule), elder mode keeps text ≥ 20 CSS px and targets ≥ 48 CSS px, and a
 * full-page screenshot of each lands in e2e/screenshots/<mode>/<page>.png for a person to review.
 */

const browser = useBrowser()
const here = path.dirname(fileURLToPath(import.meta.url))
const SCREENSHOTS = path.join(here, 'screenshots')

type Mode = 'normal' | 'elder' | 'english'
const PREFERENCES: Record<Mode, { elder: boolean; lang: 'zh' | 'en' }> = {
  normal: { elder: false, lang: 'zh' },
  elder: { elder: true, lang: 'zh' },
  english: { elder: false, lang: 'en' },
}

type Fixtures = DetailFixtures

interface Visit {
  /** The hash path, with the query a detail page needs (seeded or created ids). */
  path: (fixtures: Fixtures) => string
  as?: Who
  /** What must be on screen, beyond an h1 and no loading state, before the page is checked. */
  ready?: string
  /** What must have gone (a check still running) before the page is checked. */
  gone?: string
  /** Also checked in English (home is; the others where the English text differs most in length). */
  english?: boolean
}

/** How to reach every page. A page in app.config.ts without an entry here fails the first test. */
const VISITS: Record<string, Visit> = {
  'pages/home/index': { path: () => '/pages/home/index', english: true },
  'packages/stations/pages/map/index': { path: () => '/packages/stations/pages/map/index', ready: '.station-map__marker', english: true },
  'packages/stations/pages/list/index': { path: () => '/packages/stations/pages/list/index', ready: '.station-card' },
  'packages/stations/pages/detail/index': {
    path: () => '/packages/stations/pages/detail/index?id=st-district-hall',
    ready: '.weekly-hours',
    english: true,
  },
  'packages/account/pages/me/index': {
    path: () => '/packages/account/pages/me/index',
    as: 'resident',
    ready: '.setting-switch',
    gone: '.account-card__check',
    english: true,
  },
  'packages/account/pages/resident-sign-in/index': { path: () => '/packages/account/pages/resident-sign-in/index' },
  'packages/account/pages/staff-sign-in/index': { path: () => '/packages/account/pages/staff-sign-in/index' },
  'packages/account/pages/inbox/index': { path: () => '/packages/account/pages/inbox/index', as: 'resident' },
  'packages/services/pages/catalogue/index': { path: () => '/packages/services/pages/catalogue/index', ready: '.service-card' },
  'packages/services/pages/detail/index': {
    path: () => '/packages/services/pages/detail/index?id=svc-senior-school',
    ready: '.session-card',
    english: true,
  },
  'packages/services/pages/mine/index': { path: () => '/packages/services/pages/mine/index', as: 'resident' },
  'packages/policies/pages/search/index': {
    path: () => `/packages/policies/pages/search/index?q=${encodeURIComponent('失业')}`,
    ready: '.policy-card',
    english: true,
  },
  'packages/policies/pages/detail/index': {
    path: () => '/packages/policies/pages/detail/index?id=pol-unemployment-benefit',
    ready: '.where-to-apply',
  },
  'packages/policies/pages/match/index': { path: () => '/packages/policies/pages/match/index' },
  'packages/business/pages/mine/index': { path: () => '/packages/business/pages/mine/index', as: 'resident' },
  'packages/business/pages/start/index': { path: () => '/packages/business/pages/start/index', as: 'resident' },
  'packages/business/pages/case/index': { path: (f) => `/packages/business/pages/case/index?id=${f.companyId}`, as: 'resident' },
  'packages/business/pages/employees/index': { path: (f) => `/packages/business/pages/employees/index?id=${f.companyId}`, as: 'resident' },
  'packages/staff/pages/desk/index': { path: () => '/packages/staff/pages/desk/index', as: 'desk.boc' },
  'packages/staff/pages/desk-case/index': { path: (f) => `/packages/staff/pages/desk-case/index?id=${f.companyId}`, as: 'desk.boc' },
  'packages/staff/pages/home/index': { path: () => '/packages/staff/pages/home/index', as: 'admin' },
  'packages/staff/pages/queue/index': { path: () => '/packages/staff/pages/queue/index', as: 'answerer.pingjiang' },
  'packages/staff/pages/message/index': { path: (f) => `/packages/staff/pages/message/index?id=${f.messageId}`, as: 'answerer.pingjiang' },
  'packages/staff/pages/assisted/index': { path: () => '/packages/staff/pages/assisted/index', as: 'answerer.pingjiang' },
  'packages/staff/pages/dashboard/index': { path: () => '/packages/staff/pages/dashboard/index', as: 'admin' },
  'packages/staff/pages/calendar/index': { path: () => '/packages/staff/pages/calendar/index', as: 'admin' },
  'packages/staff/pages/password/index': { path: () => '/packages/staff/pages/password/index', as: 'answerer.pingjiang' },
  'packages/staff/pages/accounts/index': { path: () => '/packages/staff/pages/accounts/index', as: 'admin', ready: '.staff-account' },
  'packages/staff/pages/field/index': { path: () => '/packages/staff/pages/field/index', as: 'grid.pingjianglu' },
  'packages/staff/pages/demands/index': {
    path: () => '/packages/staff/pages/demands/index',
    as: 'answerer.pingjiang',
    ready: '.demands__row',
  },
  'packages/staff/pages/stewardships/index': { path: () => '/packages/staff/pages/stewardships/index', as: 'grid.pingjianglu' },
  'packages/staff/pages/referrals/index': { path: () => '/packages/staff/pages/referrals/index', as: 'answerer.pingjiang' },
  'packages/messages/pages/board/index': { path: () => '/packages/messages/pages/board/index' },
  'packages/messages/pages/compose/index': { path: () => '/packages/messages/pages/compose/index', as: 'resident' },
  'packages/messages/pages/mine/index': { path: () => '/packages/messages/pages/mine/index', as: 'resident' },
  'packages/messages/pages/detail/index': { path: (f) => `/packages/messages/pages/detail/index?id=${f.messageId}`, as: 'resident' },
  'packages/messages/pages/demands/index': { path: () => '/packages/messages/pages/demands/index' },
}

/** Dialogs are pages too: each is opened from its page and checked as a page is, in normal and elder mode. */
const DIALOGS: Record<string, { page: string; open: (page: Page) => Promise<void> }> = {
  'staff-accounts-disable': {
    page: 'packages/staff/pages/accounts/index',
    open: (page) =>
      page
        .getByRole('button', { name: /^停用 / })
        .first()
        .click(),
  },
}

declare global {
  // app.config.ts calls Taro's compile-time helper; read here, it only hands the object back.
  function defineAppConfig<T>(config: T): T
}

/** Every page registered in app.config.ts, as `root/page`. */
async function configuredPages(): Promise<string[]> {
  Object.assign(globalThis, { defineAppConfig: <T>(config: T) => config })
  const { default: config } = (await import('../miniapp/src/app.config')) as {
    default: { pages: string[]; subPackages?: { root: string; pages: string[] }[] }
  }
  return [...config.pages, ...(config.subPackages ?? []).flatMap(({ root, pages }) => pages.map((page) => `${root}/${page}`))]
}

/** `packages/stations/pages/map/index` → `stations-map`; `pages/home/index` → `home`. */
const shotName = (page: string) =>
  page
    .replace(/^packages\//, '')
    .replace(/\/index$/, '')
    .replace('/pages/', '-')
    .replace(/^pages\//, '')

const PAGES = await configuredPages()

// ---- the API: sessions for the signed-in pages, and the objects detail pages show ----

const RESIDENT = '无障碍测试居民'
const sessionOfPerson = sessionsFor(inject('apiUrl'), inject('weChatStandIn'), RESIDENT)
/** As the app stores it: the resident's with the test name, so an expired token is renewed through the stand-in. */
async function sessionOf(who: Who): Promise<Session & { devName?: string }> {
  const session = await sessionOfPerson(who)
  return who === 'resident' ? { ...session, devName: RESIDENT } : session
}

const createFixtures = async (): Promise<Fixtures> =>
  createDetailFixtures(inject('apiUrl'), (await sessionOf('resident')).token, '无障碍检查示例有限公司')

// ---- one page in one mode ----

async function openPage(visit: Visit, mode: Mode, fixtures: Fixtures): Promise<Page & { problems: string[] }> {
  const stored: Record<string, unknown> = { 'doorstep.preferences': PREFERENCES[mode] }
  if (visit.as) stored['doorstep.session'] = await sessionOf(visit.as)
  // Preferences and session are in place before the app reads them: the page is then opened as a person would find it.
  const page = await browser.openWith(visit.path(fixtures), stored)
  try {
    await page.waitForFunction(
      () =>
        document.querySelector('.page [role="heading"][aria-level="1"]') !== null &&
        document.querySelector('.state-view--loading') === null,
      undefined,
      // Generous: the local API starts a fresh worker per function on first use, slower while other suites run.
      { timeout: 45_000 },
    )
    if (visit.ready) await page.locator(visit.ready).first().waitFor({ timeout: 45_000 })
    if (visit.gone) await page.locator(visit.gone).first().waitFor({ state: 'detached', timeout: 45_000 })
  } catch (error) {
    // Say what the page showed instead, so a failure here can be understood from the log alone.
    const shown = await page.evaluate(() => document.body.innerText.slice(0, 600)).catch(() => '')
    await page.context().close()
    throw new Error(
      `${visit.path(fixtures)} did not finish loading: ${(error as Error).message.split('\n')[0]}\nIt showed: ${shown}\nErrors: ${page.problems.join(' | ')}`,
      { cause: error },
    )
  }
  return page
}

interface Finding {
  rule: string
  impact: string
  targets: string[]
}

async function seriousViolations(page: Page, mode: Mode): Promise<Finding[]> {
  const builder = new AxeBuilder({ page })
  // 长辈模式 promises high contrast: hold it to WCAG AAA's 7:1 as well.
  if (mode === 'elder') builder.options({ rules: { 'color-contrast-enhanced': { enabled: true } } })
  const { violations } = await builder.analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      targets: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
    }))
}

/** Elder mode: visible text below 20 CSS px, and controls smaller than 48 × 48 CSS px. */
async function elderSizeProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect()
      const style = getComputedStyle(el)
      return (
        box.width > 1 && box.height > 1 && style.visibility !== 'hidden' && style.display !== 'none' && !el.closest('[aria-hidden="true"]')
      )
    }
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')} “${(el.textContent ?? '').trim().slice(0, 24)}”`
    for (const el of Array.from(document.querySelectorAll('.page *'))) {
      const ownText = Array.from(el.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '')
      if (!ownText || !visible(el)) continue
      const size = parseFloat(getComputedStyle(el).fontSize)
      if (size < 19.5) problems.push(`text ${size}px: ${describe(el)}`)
    }
    const controls = document.querySelectorAll(
      '.page [role="button"], .page button, .page [role="switch"], .page input, .page textarea, .page a[href]',
    )
    for (const el of Array.from(controls)) {
      if (!visible(el)) continue
      const { width, height } = el.getBoundingClientRect()
      if (width < 47.5 || height < 47.5) problems.push(`target ${Math.round(width)}×${Math.round(height)}: ${describe(el)}`)
    }
    return problems
  })
}

/**
 * The whole page: Taro's H5 page scrolls inside its own container, so a "full page" shot of the document is one
 * screen; the viewport is stretched to the page's height first.
 */
async function screenshot(page: Page, file: string) {
  const height = await page.evaluate(() => Math.ceil(document.querySelector('.page')?.getBoundingClientRect().height ?? 0))
  const viewport = page.viewportSize()!
  await page.setViewportSize({ width: viewport.width, height: Math.min(Math.max(viewport.height, height), 16_000) })
  await page.screenshot({ path: file, fullPage: true })
  await page.setViewportSize(viewport)
}

/** Headings in order: one h1, first, and no level skipped on the way down (h2 → h4). */
async function headingProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const levels = Array.from(document.querySelectorAll('.page [role="heading"], .page h1, .page h2, .page h3, .page h4'))
      .filter((el) => el.getBoundingClientRect().height > 0)
      .map((el) => ({
        level: Number(el.getAttribute('aria-level') ?? el.tagName.slice(1)),
        text: (el.textContent ?? '').trim().slice(0, 20),
      }))
    const problems: string[] = []
    if (levels.filter((h) => h.level === 1).length !== 1) problems.push(`${levels.filter((h) => h.level === 1).length} h1`)
    if (levels[0]?.level !== 1) problems.push(`first heading is h${levels[0]?.level}`)
    levels.forEach((h, i) => {
      const previous = levels[i - 1]
      if (previous && h.level > previous.level + 1) problems.push(`h${previous.level} “${previous.text}” → h${h.level} “${h.text}”`)
    })
    return problems
  })
}

const runs = PAGES.filter((page) => VISITS[page]).flatMap((page) =>
  (['normal', 'elder', 'english'] as const).filter((mode) => mode !== 'english' || VISITS[page]!.english).map((mode) => ({ page, mode })),
)

const dialogRuns = Object.keys(DIALOGS).flatMap((dialog) => (['normal', 'elder'] as const).map((mode) => ({ dialog, mode })))

describe('accessibility of every H5 page (axe-core), with screenshots', () => {
  let fixtures: Fixtures

  beforeAll(async () => {
    await Promise.all((['normal', 'elder', 'english'] as const).map((mode) => mkdir(path.join(SCREENSHOTS, mode), { recursive: true })))
    fixtures = await createFixtures()
  })

  it('knows how to reach every page in app.config.ts', () => {
    expect(PAGES.length).toBeGreaterThan(10)
    expect(PAGES.filter((page) => !VISITS[page])).toEqual([])
  })

  it.each(runs)(
    '$page ($mode): no serious or critical violations',
    async ({ page: pagePath, mode }) => {
      const page = await openPage(VISITS[pagePath]!, mode, fixtures)
      try {
        const lang = await page.evaluate(() => document.documentElement.lang)
        expect(lang).toBe(mode === 'english' ? 'en' : 'zh-CN')
        await screenshot(page, path.join(SCREENSHOTS, mode, `${shotName(pagePath)}.png`))
        expect(await seriousViolations(page, mode)).toEqual([])
        expect(await headingProblems(page)).toEqual([])
        if (mode === 'elder') expect(await elderSizeProblems(page)).toEqual([])
        // The size probe itself must be able to fail: the normal look has 16–17 px text and 40 px chips.
        if (mode === 'normal' && pagePath === 'pages/home/index') expect((await elderSizeProblems(page)).length).toBeGreaterThan(0)
        expect(page.problems).toEqual([])
      } finally {
        await page.context().close()
      }
    },
    120_000,
  )

  it.each(dialogRuns)(
    '$dialog dialog ($mode): no serious or critical violations',
    async ({ dialog, mode }) => {
      const { page: pagePath, open } = DIALOGS[dialog]!
      const page = await openPage(VISITS[pagePath]!, mode, fixtures)
      try {
        await open(page)
        await page.getByRole('alertdialog').waitFor({ timeout: 10_000 })
        await screenshot(page, path.join(SCREENSHOTS, mode, `dialog-${dialog}.png`))
        expect(await seriousViolations(page, mode)).toEqual([])
        if (mode === 'elder') expect(await elderSizeProblems(page)).toEqual([])
        expect(page.problems).toEqual([])
      } finally {
        await page.context().close()
      }
    },
    120_000,
  )
})
