import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ADMIN, PEOPLE } from '../../../../test/fixtures/companies'
import { createFakeCompaniesApi } from '../../../../test/support/fake-companies-api'
import { renderWithSession } from '../../../../test/support/render-with-session'
import { CompanyFigures } from './company-figures'

const WEEKS = ['2026-11-16', '2026-11-23', '2026-11-30']

describe('CompanyFigures (staff dashboard)', () => {
  it('shows opened and completed per week as bars with their numbers, the median time and overdue registrations', async () => {
    const api = createFakeCompaniesApi({ people: PEOPLE })
    api.setDashboard({
      weeks: WEEKS,
      perWeek: [
        { week: WEEKS[0]!, opened: 4, completed: 2 },
        { week: WEEKS[1]!, opened: 0, completed: 3 },
        { week: WEEKS[2]!, opened: 2, completed: 0 },
      ],
      medianCompleteMinutes: 12.5,
      completedCount: 5,
      stewards: [],
      overdueRegistrations: 1,
    })
    renderWithSession(<CompanyFigures subDistrict="sujin" weeks={3} />, { transport: api.transport, session: ADMIN })

    const region = await screen.findByRole('region', { name: '企业开办' })
    const weeks = await within(region).findByRole('list', { name: '最近 3 周每周新开办与办结' })
    expect(
      within(weeks)
        .getAllByRole('listitem')
        .map((w) => w.getAttribute('aria-label')),
    ).toEqual(['11月16日那周：新开办 4 家，办结 2 家', '11月23日那周：新开办 0 家，办结 3 家', '11月30日那周：新开办 2 家，办结 0 家'])
    // the longest bar is the week's largest number; the numbers are written beside the bars
    const first = within(weeks).getAllByRole('listitem')[0]!
    expect((first.querySelector('.company-figures__bar--opened') as HTMLElement).style.width).toBe('100%')
    expect((first.querySelector('.company-figures__bar--completed') as HTMLElement).style.width).toBe('50%')
    expect(first.textContent).toContain('42')
    expect(region.textContent).toContain('12.5 分钟办结用时中位数')
    expect(region.textContent).toContain('5 家已全部办结')
    expect(region.textContent).toContain('1 家社保开户逾期未办')
    expect(api.requests).toContain('GET /v1/admin/companies/dashboard?weeks=3&subDistrict=sujin')
  })

  it('says when there is nothing yet, and offers 重试 when the figures fail to load', async () => {
    const api = createFakeCompaniesApi({ people: PEOPLE })
    api.setDashboard({
      weeks: WEEKS,
      perWeek: WEEKS.map((week) => ({ week, opened: 0, completed: 0 })),
      medianCompleteMinutes: null,
      completedCount: 0,
      stewards: [],
      overdueRegistrations: 0,
    })
    api.failNext()
    renderWithSession(<CompanyFigures />, { transport: api.transport, session: ADMIN })
    await userEvent.click(within(await screen.findByRole('alert')).getByRole('button', { name: '重试' }))
    expect(await screen.findByText('这段时间没有企业开办事项')).toBeTruthy()
  })
})
