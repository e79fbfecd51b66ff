import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { clientAs, DESK, openSujinCase, OWNER, PEOPLE, SUJIN_COMPANY } from '../../../../../test/fixtures/companies'
import { createFakeCompaniesApi } from '../../../../../test/support/fake-companies-api'
import { openRoute } from '../../../../../test/support/render-with-api'
import { renderWithSession } from '../../../../../test/support/render-with-session'
import { ROUTES } from '@/shared/navigation/routes'
import CompanyCasePage from './index'

const step = (title: string) => screen.getByRole('group', { name: title })
const progress = () => screen.getByRole('progressbar', { name: '办理进度' })

async function openCase() {
  const api = createFakeCompaniesApi({ people: PEOPLE })
  const created = await openSujinCase(api.transport)
  openRoute(ROUTES.companyCase(created.id))
  renderWithSession(<CompanyCasePage />, { transport: api.transport, session: OWNER })
  expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(SUJIN_COMPANY.name)
  return { api, id: created.id }
}

describe('开办进度 (the checklist)', () => {
  it('shows what each step is, what to bring, where, who did it, and what a blocked step waits for', async () => {
    await openCase()
    expect(progress().getAttribute('aria-valuenow')).toBe('11')
    expect(progress().textContent).toContain('已办结 1/9 项 · 11%')
    // dates say their year only when it is not this year's (the fixtures are dated; the tests run on any day)
    expect(screen.getByRole('region', { name: '办理用时与期限' }).textContent).toMatch(
      /单位社保开户须在(2026年)?12月20日（周日）前办理，还剩 19 天/,
    )

    expect(step('1. 营业执照').textContent).toMatch(/企业经办人于(2026年)?12月1日（周二）09:00办结/)

    const bank = step('2. 银行开户')
    expect(bank.textContent).toContain('开立单位基本存款账户')
    expect(bank.textContent).toContain('· 法定代表人身份证')
    expect(bank.textContent).toContain('可以办理')
    expect(within(bank).getByRole('button', { name: '办结：银行开户' })).toBeTruthy()

    const account = step('3. 单位社保开户')
    expect(account.textContent).toContain('等待前置事项')
    expect(account.textContent).toContain('还不能办理，需要先：· 办结「银行开户」')
    expect(within(account).queryByRole('button', { name: '办结：单位社保开户' })).toBeNull()

    const enrolment = step('6. 员工参保登记')
    expect(enrolment.textContent).toContain('· 办结「单位社保开户」')
    expect(enrolment.textContent).toContain('· 在员工名册中再添加 1 名员工')
    await userEvent.click(within(enrolment).getByRole('button', { name: '去添加员工，以便办理「员工参保登记」' }))
    expect(window.location.hash).toMatch(/^#\/packages\/business\/pages\/employees\/index\?id=/)

    // no desk station chosen: 苏锦街道's steward at the sub-district centre, for every desk step
    expect(screen.getAllByRole('button', { name: '查看服务站：苏锦街道便民服务中心人社窗口' })).toHaveLength(7)
    await userEvent.click(within(bank).getByRole('button', { name: '查看服务站：苏锦街道便民服务中心人社窗口' }))
    expect(window.location.hash).toBe(`#${ROUTES.stationDetail('st-centre-sujin')}`)
  })

  it('completes a step with a note: progress moves and the next step opens', async () => {
    const { api, id } = await openCase()
    await userEvent.click(within(step('2. 银行开户')).getByRole('button', { name: '办结：银行开户' }))
    await userEvent.type(screen.getByLabelText('办结备注（可不填，如单位社保编号）'), '基本户已开立')
    await userEvent.click(screen.getByRole('button', { name: '确认办结：银行开户' }))

    await waitFor(() => expect(progress().getAttribute('aria-valuenow')).toBe('22'))
    expect(progress().textContent).toContain('已办结 2/9 项 · 22%')
    expect(step('2. 银行开户').textContent).toContain('已办结')
    expect(step('2. 银行开户').textContent).toContain('办结备注：基本户已开立')
    expect(within(step('2. 银行开户')).getByRole('status').textContent).toBe('「银行开户」已办结')
    expect(within(step('3. 单位社保开户')).getByRole('button', { name: '办结：单位社保开户' })).toBeTruthy()
    expect(api.requests).toContain(`POST /v1/companies/${id}/steps/bank-account/complete`)
  })

  it('says so at the step when the desk finished it first, and shows who did', async () => {
    const { api, id } = await openCase()
    await userEvent.click(within(step('2. 银行开户')).getByRole('button', { name: '办结：银行开户' }))
    api.advanceSeconds(30)
    await clientAs(api.transport, DESK).post(`/v1/companies/${id}/steps/bank-account/complete`, {})
    await userEvent.click(screen.getByRole('button', { name: '确认办结：银行开户' }))

    await waitFor(() => expect(within(step('2. 银行开户')).getByRole('alert').textContent).toContain('「银行开户」已于'))
    await waitFor(() =>
      expect(step('2. 银行开户').textContent).toMatch(/窗口工作人员 苏锦街道用工管家（示例）于(2026年)?12月1日（周二）09:00办结/),
    )
    expect(progress().getAttribute('aria-valuenow')).toBe('22')
  })

  it('keeps notes on the case, and refuses an empty one at the field', async () => {
    const { api } = await openCase()
    const notes = screen.getByRole('region', { name: '备注' })
    await userEvent.click(within(notes).getByRole('button', { name: '保存备注' }))
    expect(within(notes).getByText('请填写备注内容')).toBeTruthy()
    expect(api.requests.filter((r) => r.endsWith('/notes'))).toEqual([])

    await userEvent.type(within(notes).getByLabelText('给整个开办事项写备注'), '下周二上午到银行网点')
    await userEvent.click(within(notes).getByRole('button', { name: '保存备注' }))
    await waitFor(() => expect(within(notes).getByRole('list', { name: '备注' }).textContent).toContain('企业经办人'))
    expect(within(notes).getByRole('list', { name: '备注' }).textContent).toContain('下周二上午到银行网点')
  })

  it('says the case was not found for an id nobody may open, and offers 重试 when loading fails', async () => {
    const api = createFakeCompaniesApi({ people: PEOPLE })
    openRoute(ROUTES.companyCase('00000000-0000-4000-8000-000000000999'))
    const first = renderWithSession(<CompanyCasePage />, { transport: api.transport, session: OWNER })
    expect((await screen.findByRole('alert')).textContent).toContain('没有找到这个开办事项')
    first.unmount()

    const created = await openSujinCase(api.transport)
    openRoute(ROUTES.companyCase(created.id))
    api.failNext()
    renderWithSession(<CompanyCasePage />, { transport: api.transport, session: OWNER })
    await userEvent.click(within(await screen.findByRole('alert')).getByRole('button', { name: '重试' }))
    expect(await screen.findByRole('progressbar', { name: '办理进度' })).toBeTruthy()
  })
})
