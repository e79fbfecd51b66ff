import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { DESK, EMPLOYEE_A, EMPLOYEE_B, openSujinCase, OTHER_DESK, OWNER, PEOPLE } from '../../../../../test/fixtures/companies'
import { createFakeCompaniesApi } from '../../../../../test/support/fake-companies-api'
import { openRoute } from '../../../../../test/support/render-with-api'
import { renderWithSession } from '../../../../../test/support/render-with-session'
import { fillTextarea } from '../../../../../test/support/taro-textarea'
import { ROUTES } from '@/shared/navigation/routes'
import CompanyCasePage from '../../../business/pages/case/index'
import DeskCasePage from './index'

const step = (title: string) => screen.getByRole('group', { name: title })
const IN_ORDER = ['银行开户', '单位社保开户', '医保登记', '公积金开户', '员工参保登记', '社会保障卡申领', '劳动合同签订', '职工名册']

describe('代企业办理 (a desk works on a case)', () => {
  it('completes every step in order on the company’s behalf: 100% and the time taken against the promise', async () => {
    const api = createFakeCompaniesApi({ people: PEOPLE })
    const created = await openSujinCase(api.transport, [EMPLOYEE_A, EMPLOYEE_B])
    openRoute(ROUTES.deskCase(created.id))
    renderWithSession(<DeskCasePage />, { transport: api.transport, session: DESK })
    expect(await screen.findByText('您正在代企业办理：办结的每一项，企业在自己的小程序里会看到同样的进度。')).toBeTruthy()
    expect(screen.getByRole('region', { name: '办理用时与期限' }).textContent).toContain('到窗口办理第一项时开始计时')

    for (const [i, title] of IN_ORDER.entries()) {
      const card = step(`${i + 2}. ${title}`)
      await userEvent.click(within(card).getByRole('button', { name: `办结：${title}` }))
      await userEvent.click(within(card).getByRole('button', { name: `确认办结：${title}` }))
      await waitFor(() => expect(step(`${i + 2}. ${title}`).textContent).toContain(`窗口工作人员 苏锦街道用工管家（示例）于`))
      api.advanceSeconds(75)
    }

    const bar = screen.getByRole('progressbar', { name: '办理进度' })
    expect(bar.getAttribute('aria-valuenow')).toBe('100')
    expect(bar.textContent).toContain('已办结 9/9 项 · 100%')
    // 7 steps after the first, 75 s apart
    const timing = screen.getByRole('region', { name: '办理用时与期限' })
    expect(timing.textContent).toContain('全部办结，用时 8 分 45 秒')
    expect(timing.textContent).toContain('在“15 分钟办结”的承诺之内')
    expect(timing.textContent).toMatch(/单位社保开户已办理（期限 (2026年)?12月20日（周日））/)
    expect(api.caseByCreditCode(created.creditCode)?.status).toBe('completed')
  })

  it('assigns a 用工管家, who logs a visit; the company sees its steward’s name and phone', async () => {
    const user = userEvent.setup()
    const api = createFakeCompaniesApi({ people: PEOPLE })
    const created = await openSujinCase(api.transport)
    openRoute(ROUTES.deskCase(created.id))
    const desk = renderWithSession(<DeskCasePage />, { transport: api.transport, session: DESK })
    const panel = await screen.findByRole('region', { name: '用工管家' })
    expect(within(panel).getByText('还没有分配用工管家')).toBeTruthy()
    const assign = within(panel).getByRole('form', { name: '分配用工管家' })
    await user.type(within(assign).getByLabelText('用工管家的工作账号'), 'grid.pingjianglu')
    await user.type(within(assign).getByLabelText('用工管家的联系电话'), '13812345678')
    await user.click(within(assign).getByRole('button', { name: '分配用工管家' }))
    expect(await within(panel).findByText('您的用工管家：平江路社区第1网格网格员（示例）')).toBeTruthy()

    const visit = within(panel).getByRole('form', { name: '记录走访' })
    await user.click(within(visit).getByRole('button', { name: '合同签订' }))
    await user.click(within(visit).getByRole('button', { name: '职工名册' }))
    await fillTextarea(within(visit).getByLabelText('走访情况'), '帮助起草劳动合同')
    await user.click(within(visit).getByRole('button', { name: '记录走访' }))
    expect(await screen.findByText('已记录走访')).toBeTruthy()
    expect(screen.getAllByText(/走访：合同签订、职工名册。帮助起草劳动合同/).length).toBeGreaterThan(0)
    desk.unmount()

    openRoute(ROUTES.companyCase(created.id))
    renderWithSession(<CompanyCasePage />, { transport: api.transport, session: OWNER })
    const seen = await screen.findByRole('region', { name: '用工管家' })
    expect(within(seen).getByText('联系电话：13812345678')).toBeTruthy()
    expect(within(seen).queryByRole('form')).toBeNull()
  })

  it('tells a desk out of scope that there is no such case, and asks others to sign in as staff', async () => {
    const api = createFakeCompaniesApi({ people: PEOPLE })
    const created = await openSujinCase(api.transport)
    openRoute(ROUTES.deskCase(created.id))
    const outOfScope = renderWithSession(<DeskCasePage />, { transport: api.transport, session: OTHER_DESK })
    expect((await screen.findByRole('alert')).textContent).toContain('没有找到这个开办事项')
    outOfScope.unmount()

    const owner = renderWithSession(<DeskCasePage />, { transport: api.transport, session: OWNER })
    expect(screen.getByText('当前账号不能使用企业开办窗口')).toBeTruthy()
    expect(screen.queryByRole('region', { name: '用工管家' })).toBeNull()
    owner.unmount()

    renderWithSession(<DeskCasePage />, { transport: api.transport })
    await userEvent.click(screen.getByRole('button', { name: '去登录' }))
    expect(window.location.hash).toBe(`#${ROUTES.staffSignIn}`)
  })
})
