import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ADMIN, DESK, openSujinCase, OTHER_DESK, PEOPLE, SUJIN_COMPANY } from '../../../../../test/fixtures/companies'
import { createFakeCompaniesApi } from '../../../../../test/support/fake-companies-api'
import { renderWithSession } from '../../../../../test/support/render-with-session'
import { ROUTES } from '@/shared/navigation/routes'
import DeskCasesPage from './index'

describe('企业开办窗口 (the desk’s list)', () => {
  it('lists the cases in the desk’s scope with their progress and opens one', async () => {
    const api = createFakeCompaniesApi({ people: PEOPLE })
    const created = await openSujinCase(api.transport)
    renderWithSession(<DeskCasesPage />, { transport: api.transport, session: DESK })
    const list = await screen.findByRole('list', { name: '服务范围内的开办事项' })
    const card = within(list).getByRole('button', { name: new RegExp(SUJIN_COMPANY.name) })
    expect(card.textContent).toContain('已办结 1/9 项 · 11%')
    expect(card.textContent).toContain('办理中')
    expect(screen.getByText(/苏锦街道用工管家（示例） · 苏锦街道/)).toBeTruthy()
    await userEvent.click(card)
    expect(window.location.hash).toBe(`#${ROUTES.deskCase(created.id)}`)
    expect(api.requests).toContain('GET /v1/admin/companies?limit=20')
  })

  it('shows a station desk only its station’s cases', async () => {
    const api = createFakeCompaniesApi({ people: PEOPLE })
    await openSujinCase(api.transport)
    renderWithSession(<DeskCasesPage />, { transport: api.transport, session: OTHER_DESK })
    expect(await screen.findByText('服务范围内暂时没有开办事项')).toBeTruthy()
    expect(screen.queryByRole('list', { name: '服务范围内的开办事项' })).toBeNull()
  })

  it('has district staff choose a sub-district before asking for the list', async () => {
    const api = createFakeCompaniesApi({ people: PEOPLE })
    await openSujinCase(api.transport)
    renderWithSession(<DeskCasesPage />, { transport: api.transport, session: ADMIN })
    expect(screen.getByText('请先选择要查看的街道')).toBeTruthy()
    expect(api.requests.filter((r) => r.startsWith('GET /v1/admin/companies'))).toEqual([])

    await userEvent.click(within(screen.getByRole('group', { name: '选择街道' })).getByRole('button', { name: '平江街道' }))
    expect(await screen.findByText('服务范围内暂时没有开办事项')).toBeTruthy()
    await userEvent.click(within(screen.getByRole('group', { name: '选择街道' })).getByRole('button', { name: '苏锦街道' }))
    expect(await screen.findByRole('button', { name: new RegExp(SUJIN_COMPANY.name) })).toBeTruthy()
    expect(api.requests).toContain('GET /v1/admin/companies?subDistrict=sujin&limit=20')
  })
})
