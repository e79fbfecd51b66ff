import { shanghaiDate } from '@doorstep/shared'
import { describe, expect, inject, it } from 'vitest'
import { apiClient, createCompanyCase, residentSession, sessionsFor } from '../scripts/local-stack/api-fixtures'
import { useBrowser } from './browser'

/**
 * The closed demand loop and the 用工管家 in the H5 app: a grid worker's round, the demand pool, a resident told by
 * the inbox, and a steward's visit — each person in a browser of their own, against the local API.
 */

const browser = useBrowser()
const run = Date.now() % 100_000
const api = apiClient(inject('apiUrl'))
const sessionOf = sessionsFor(inject('apiUrl'), inject('weChatStandIn'), '需求闭环测试居民')
const key = () => `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`
/** `YYYY-MM-DDTHH:MM` on Suzhou's calendar, `days` from now. */
const suzhou = (days: number, time: string) => `${shanghaiDate(new Date(Date.now() + days * 86_400_000))}T${time}`

describe('the demand loop in the H5 app', () => {
  it('a grid worker files a need and signs a resident up; the admin groups it with a message, adopts it and schedules a session; a me-too resident signs up from the inbox note', async () => {
    const admin = await sessionOf('admin')
    const author = await sessionOf('resident')
    const neighbour = await residentSession(inject('apiUrl'), inject('weChatStandIn'), `需求闭环邻居${run}`)
    const message = await api<{ id: string }>(
      'POST',
      '/v1/messages',
      {
        category: 'talent',
        title: `想学用手机查社保${run}`,
        content: '家里老人不会用手机查养老金，社区能不能开个课？',
        subDistrict: 'pingjiang',
        public: true,
      },
      author.token,
      { 'Idempotency-Key': key() },
    )
    await api('POST', `/v1/messages/${message.id}/me-too`, undefined, neighbour.token)
    await api('POST', `/v1/admin/messages/${message.id}/actions`, { action: 'tag-demand', topic: '手机课' }, admin.token)
    const session = await api<{ id: string; title: string }>(
      'POST',
      '/v1/admin/sessions',
      {
        serviceId: 'svc-senior-school',
        title: `老年人手机课${run}`,
        startsAt: suzhou(8, '09:30'),
        endsAt: suzhou(8, '11:00'),
        stationId: 'st-centre-canglang',
        capacity: 20,
        signUpBy: suzhou(7, '17:00'),
      },
      admin.token,
    )

    // --- the grid worker, on a round: records the need, then signs a resident up for the session
    const grid = await browser.openWith('/packages/staff/pages/field/index', { 'doorstep.session': await sessionOf('grid.pingjianglu') })
    const heard = grid.getByRole('form', { name: '登记走访需求' })
    await heard.getByLabel('需求主题').fill(`手机课${run}`, { timeout: 20_000 })
    await heard.getByRole('textbox', { name: '需求内容' }).fill('走访时三户老人说想学用手机查养老金。')
    await heard.getByLabel('涉及户数').fill('3')
    await heard.getByRole('button', { name: '登记需求' }).click()
    await expect.poll(() => grid.getByText(`已登记：手机课${run}`).count(), { timeout: 20_000 }).toBe(1)

    const signUp = grid.getByRole('form', { name: '代居民报名' })
    await signUp.getByRole('button', { name: '乐龄学堂' }).click()
    await signUp.getByRole('button', { name: new RegExp(`^老年人手机课${run}`) }).click({ timeout: 20_000 })
    await signUp.getByLabel('居民姓名').fill('李阿婆')
    await signUp.getByLabel('居民电话').fill('13912345678')
    await signUp.getByRole('switch', { name: '居民同意由我代为报名' }).click()
    await signUp.getByRole('button', { name: '代为报名' }).click()
    await expect.poll(() => signUp.getByText(/已为李阿婆报名。领取码 \d{6}/).count(), { timeout: 20_000 }).toBe(1)
    expect(grid.problems).toEqual([])

    // --- the district admin: groups the message and the field need, adopts the demand, schedules the session
    const pool = await browser.openWith(
      '/packages/staff/pages/demands/index',
      { 'doorstep.session': admin },
      { viewport: { width: 1280, height: 900 } },
    )
    const candidates = pool.getByRole('form', { name: '待归集' })
    await candidates.getByRole('button', { name: new RegExp(`留言：想学用手机查社保${run}`) }).click({ timeout: 20_000 })
    await candidates.getByRole('button', { name: new RegExp(`走访：手机课${run}`) }).click()
    await candidates.getByLabel('需求主题').fill(`老人手机课${run}`)
    await candidates.getByRole('textbox', { name: '需求说明' }).fill('留言和网格走访都反映老人不会用手机查社保')
    await candidates.getByRole('button', { name: '归为一条需求' }).click()
    const demand = pool.getByRole('group', { name: `老人手机课${run}` })
    await demand.getByRole('button', { name: '采纳', exact: true }).click({ timeout: 20_000 })
    await demand.getByRole('button', { name: '乐龄学堂' }).click({ timeout: 20_000 })
    await demand.getByRole('button', { name: new RegExp(`^老年人手机课${run}`) }).click({ timeout: 20_000 })
    await demand.getByRole('button', { name: '安排场次并通知居民' }).click()
    await expect.poll(() => demand.textContent(), { timeout: 20_000 }).toContain('已排期，已通知 2 人')
    expect(pool.problems).toEqual([])

    // --- the neighbour who said me-too: the inbox note opens the service, and they sign up for the session
    const resident = await browser.openWith('/packages/account/pages/inbox/index', { 'doorstep.session': neighbour })
    await resident.getByRole('button', { name: new RegExp(`您提的需求已办：老人手机课${run}`) }).click({ timeout: 20_000 })
    const card = resident.getByRole('group', { name: session.title })
    await card.getByRole('button', { name: new RegExp(`^报名：${session.title}（`) }).click({ timeout: 20_000 })
    await expect.poll(() => card.textContent(), { timeout: 20_000 }).toContain('报名成功')
    expect(resident.problems).toEqual([])

    // --- and anyone reads the answer: 你提的需求，我们这样办了
    const answered = await browser.open('/packages/messages/pages/demands/index')
    await expect.poll(() => answered.getByText(`已安排：${session.title}`).count(), { timeout: 20_000 }).toBe(1)
  }, 180_000)

  it('a desk assigns a 用工管家, who opens the company from their list, logs a visit and completes a step', async () => {
    const owner = await sessionOf('resident')
    const company = await createCompanyCase(inject('apiUrl'), owner.token, `管家测试企业${run}`)

    const desk = await browser.openWith(`/packages/staff/pages/desk-case/index?id=${company.id}`, {
      'doorstep.session': await sessionOf('desk.boc'),
    })
    const assign = desk.getByRole('form', { name: '分配用工管家' })
    await assign.getByLabel('用工管家的工作账号').fill('grid.pingjianglu', { timeout: 20_000 })
    await assign.getByLabel('用工管家的联系电话').fill('13812345678')
    await assign.getByRole('button', { name: '分配用工管家' }).click()
    await expect.poll(() => desk.getByText('您的用工管家：平江路社区第1网格网格员（示例）').count(), { timeout: 20_000 }).toBe(1)

    const steward = await browser.openWith('/packages/staff/pages/stewardships/index', {
      'doorstep.session': await sessionOf('grid.pingjianglu'),
    })
    await steward.getByRole('button', { name: new RegExp(`管家测试企业${run}`) }).click({ timeout: 20_000 })
    const visit = steward.getByRole('form', { name: '记录走访' })
    await visit.getByRole('button', { name: '职工名册' }).click({ timeout: 20_000 })
    await visit.getByRole('textbox', { name: '走访情况' }).fill('指导企业建立职工名册')
    await visit.getByRole('button', { name: '记录走访' }).click()
    await expect.poll(() => steward.getByText('已记录走访').count(), { timeout: 20_000 }).toBe(1)
    const step = steward.getByRole('group', { name: '2. 银行开户' })
    await step.getByRole('button', { name: '办结：银行开户' }).click()
    await step.getByRole('button', { name: '确认办结：银行开户' }).click()
    await expect.poll(() => step.textContent(), { timeout: 20_000 }).toContain('平江路社区第1网格网格员（示例）')
    expect(steward.problems).toEqual([])

    const seen = await api<{ steward: { name: string }; notes: Array<{ text: string }> }>(
      'GET',
      `/v1/companies/${company.id}`,
      undefined,
      owner.token,
    )
    expect(seen.steward.name).toBe('平江路社区第1网格网格员（示例）')
    expect(seen.notes.map((n) => n.text)).toContain('走访：职工名册。指导企业建立职工名册')
  }, 120_000)
})
