import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { openSujinCase, OWNER, PEOPLE, SUJIN_COMPANY } from '../../../../../test/fixtures/companies'
import { createFakeCompaniesApi } from '../../../../../test/support/fake-companies-api'
import { renderWithSession } from '../../../../../test/support/render-with-session'
import { ROUTES } from '@/shared/navigation/routes'
import MyCompaniesPage from './index'

describe('企业开办一站式 (my cases)', () => {
  it('lists my cases with progress and the registration deadline, and opens one', async () => {
    const api = createFakeCompaniesApi({ people: PEOPLE })
    const created = await openSujinCase(api.transport)
    renderWithSession(<MyCompaniesPage />, { transport: api.transport, session: OWNER })
    const card = await screen.findByRole('button', { name: new RegExp(SUJIN_COMPANY.name) })
    expect(card.textContent).toContain('已办结 1/9 项 · 11%')
    expect(card.textContent).toMatch(/单位社保开户须在(2026年)?12月20日（周日）前办理，还剩 19 天/)
    await userEvent.click(card)
    expect(window.location.hash).toBe(`#${ROUTES.companyCase(created.id)}`)
  })

  it('points a new company to the wizard, and a visitor to sign in', async () => {
    const api = createFakeCompaniesApi({ people: PEOPLE })
    const first = renderWithSession(<MyCompaniesPage />, { transport: api.transport, session: OWNER })
    expect(await screen.findByText('您还没有开办事项')).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: '开办新企业' }))
    expect(window.location.hash).toBe(`#${ROUTES.companyStart}`)
    first.unmount()

    renderWithSession(<MyCompaniesPage />, { transport: api.transport })
    await userEvent.click(screen.getByRole('button', { name: '去登录' }))
    expect(window.location.hash).toBe(`#${ROUTES.residentSignIn}`)
  })

  it('offers 重试 when the list fails to load', async () => {
    const api = createFakeCompaniesApi({ people: PEOPLE })
    await openSujinCase(api.transport)
    api.failNext()
    renderWithSession(<MyCompaniesPage />, { transport: api.transport, session: OWNER })
    await userEvent.click(within(await screen.findByRole('alert')).getByRole('button', { name: '重试' }))
    expect(await screen.findByRole('button', { name: new RegExp(SUJIN_COMPANY.name) })).toBeTruthy()
  })
})
