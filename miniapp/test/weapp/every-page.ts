/**
 * Every page of the compiled weapp, rendered in miniprogram-simulate with data from the local API, in one display
 * mode (every-page.normal.test.ts, every-page.elder.test.ts). The list comes from app.json, so a new page fails here
 * until the table below says how to open it. On each page, every control a person can tap has a name WeChat's
 * screen reader reads out (its aria-label or its text), and 长辈模式's class reaches the page.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { createFixtures, sessionOf, type Fixtures, type Who } from './people'
import { closePhones, DIST, Phone } from './simulator'

interface Visit {
  query?: (fixtures: Fixtures) => Record<string, string>
  as?: Who
  /** Text that shows once the page's own data has arrived. */
  ready?: string
}

/** How to open every page. A page in app.json without an entry here fails the first test. */
const VISITS: Record<string, Visit> = {
  'pages/home/index': { ready: '企业开办一站式' },
  'packages/stations/pages/map/index': {},
  'packages/stations/pages/list/index': { ready: '查看详情' },
  'packages/stations/pages/detail/index': { query: () => ({ id: 'st-district-hall' }), ready: '提供的服务' },
  'packages/account/pages/me/index': { as: 'resident', ready: '长辈模式' },
  'packages/account/pages/resident-sign-in/index': {},
  'packages/account/pages/staff-sign-in/index': {},
  'packages/account/pages/inbox/index': { as: 'resident' },
  'packages/services/pages/catalogue/index': { ready: '老年' },
  'packages/services/pages/detail/index': { query: () => ({ id: 'svc-senior-school' }), ready: '报名' },
  'packages/services/pages/mine/index': { as: 'resident' },
  'packages/policies/pages/search/index': { query: () => ({ q: '失业' }), ready: '失业保险金申领' },
  'packages/policies/pages/detail/index': { query: () => ({ id: 'pol-unemployment-benefit' }), ready: '到哪里办' },
  'packages/policies/pages/match/index': {},
  'packages/business/pages/mine/index': { as: 'resident', ready: '模拟器示例有限公司' },
  'packages/business/pages/start/index': { as: 'resident' },
  'packages/business/pages/case/index': { query: (f) => ({ id: f.companyId }), as: 'resident', ready: '模拟器示例有限公司' },
  'packages/business/pages/employees/index': { query: (f) => ({ id: f.companyId }), as: 'resident' },
  'packages/staff/pages/desk/index': { as: 'desk.boc' },
  'packages/staff/pages/desk-case/index': { query: (f) => ({ id: f.companyId }), as: 'desk.boc', ready: '模拟器示例有限公司' },
  'packages/staff/pages/home/index': { as: 'admin' },
  'packages/staff/pages/queue/index': { as: 'answerer.pingjiang' },
  'packages/staff/pages/message/index': { query: (f) => ({ id: f.messageId }), as: 'answerer.pingjiang', ready: '想了解灵活就业参保' },
  'packages/staff/pages/assisted/index': { as: 'answerer.pingjiang' },
  'packages/staff/pages/dashboard/index': { as: 'admin' },
  'packages/staff/pages/calendar/index': { as: 'admin' },
  'packages/staff/pages/password/index': { as: 'answerer.pingjiang' },
  'packages/staff/pages/accounts/index': { as: 'admin', ready: 'answerer.pingjiang' },
  'packages/staff/pages/field/index': { as: 'grid.pingjianglu', ready: '登记走访需求' },
  'packages/staff/pages/demands/index': { as: 'answerer.pingjiang', ready: '需求办理情况' },
  'packages/staff/pages/stewardships/index': { as: 'grid.pingjianglu' },
  'packages/staff/pages/referrals/index': { as: 'answerer.pingjiang' },
  'packages/messages/pages/board/index': {},
  'packages/messages/pages/compose/index': { as: 'resident' },
  'packages/messages/pages/mine/index': { as: 'resident', ready: '想了解灵活就业参保' },
  'packages/messages/pages/detail/index': { query: (f) => ({ id: f.messageId }), as: 'resident', ready: '想了解灵活就业参保' },
  'packages/messages/pages/demands/index': {},
}

/** Every page the compiled app.json registers, as `root/page`. */
function compiledPages(): string[] {
  const app = JSON.parse(readFileSync(path.join(DIST, 'app.json'), 'utf8')) as {
    pages: string[]
    subPackages?: { root: string; pages: string[] }[]
  }
  return [...app.pages, ...(app.subPackages ?? []).flatMap(({ root, pages }) => pages.map((p) => `${root.replace(/\/$/, '')}/${p}`))]
}

/** How many nesting levels the compiled templates cover (mini.baseLevel in config/index.ts). */
const TEMPLATE_LEVELS =
  Math.max(...[...readFileSync(path.join(DIST, 'base.wxml'), 'utf8').matchAll(/name="tmpl_(\d+)_/g)].map((m) => Number(m[1]))) + 1

export function everyPage(mode: 'normal' | 'elder') {
  const pages = compiledPages()
  let fixtures: Fixtures

  beforeAll(async () => {
    fixtures = await createFixtures()
  })
  afterEach(closePhones)

  it('has a way to open every page app.json registers', () => {
    expect(pages.filter((page) => !VISITS[page])).toEqual([])
    expect(Object.keys(VISITS).filter((page) => !pages.includes(page))).toEqual([])
  })

  describe.each(pages.filter((page) => VISITS[page]))(`%s (${mode})`, (page) => {
    it('renders with its data, every control named for the screen reader', async () => {
      const visit = VISITS[page]!
      const phone = new Phone({ apiUrl: inject('apiUrl'), weChatStandIn: inject('weChatStandIn') })
      phone.storage.set('doorstep.preferences', { elder: mode === 'elder', lang: 'zh' })
      if (visit.as) phone.storage.set('doorstep.session', await sessionOf(visit.as))
      const shown = await phone.launch(page, visit.query?.(fixtures) ?? {})
      await shown.ready()
      if (visit.ready) await shown.waitForText(visit.ready)
      // no request the page made was refused: it was opened as its person, with what it needs
      expect(phone.requests.filter((r) => r.status >= 400)).toEqual([])

      expect(shown.unnamedControls()).toEqual([])
      // deeper than the templates go, Taro nests a wrapper component per subtree: slower to update
      expect(shown.nestingDepth()).toBeLessThan(TEMPLATE_LEVELS)
      const root = shown.elements().find((e) =>
        String(e.attrs.class ?? '')
          .split(' ')
          .includes('page'),
      )
      expect(String(root?.attrs.class).split(' ').includes('page--elder')).toBe(mode === 'elder')
    })
  })
}
