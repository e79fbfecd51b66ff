import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { CompanySummary } from '@doorstep/shared'
import { describe, expect, it } from 'vitest'
import { ANSWERER, GRID } from '../../../../../test/fixtures/messages'
import { createFakeDemandsApi } from '../../../../../test/support/fake-demands-api'
import { renderWithSession } from '../../../../../test/support/render-with-session'
import { ROUTES } from '@/shared/navigation/routes'
import StewardshipsPage from './index'

const COMPANY: CompanySummary = {
  id: '0f0e0d0c-0000-4000-a000-000000000001',
  status: 'active',
  name: '苏州示例科技有限公司',
  creditCode: '91320508MA1XY2W3A0',
  subDistrict: 'sujin',
  createdAt: '2026-11-24T02:00:00Z',
  progress: { done: 3, total: 9, percent: 33 },
  deadline: { dueOn: '2026-12-20', done: false, daysLeft: 25, overdue: false },
  steward: {
    staffId: 'grid.pingjianglu',
    name: '平江路社区第1网格网格员（示例）',
    contact: '13812345678',
    assignedAt: '2026-11-24T03:00:00Z',
  },
}

describe('我联系的企业 page', () => {
  it('lists the companies a steward looks after with how far each has got, and opens one', async () => {
    const fake = createFakeDemandsApi({ people: { [GRID.token]: GRID.me }, stewardships: [COMPANY] })
    renderWithSession(<StewardshipsPage />, { transport: fake.transport, session: GRID })
    const item = await screen.findByRole('listitem')
    expect(item.textContent).toContain('苏州示例科技有限公司')
    expect(item.textContent).toContain('已完成 3/9 步')
    await userEvent.click(within(item).getByRole('button'))
    expect(window.location.hash).toBe(`#${ROUTES.deskCase(COMPANY.id)}`)
  })

  it('says when there are none, and is not for board staff', async () => {
    const none = renderWithSession(<StewardshipsPage />, {
      transport: createFakeDemandsApi({ people: { [GRID.token]: GRID.me } }).transport,
      session: GRID,
    })
    expect(await screen.findByText('还没有分配给您的企业')).toBeTruthy()
    none.unmount()
    renderWithSession(<StewardshipsPage />, { transport: createFakeDemandsApi({ people: {} }).transport, session: ANSWERER })
    expect(screen.getByText('您的账号不能使用这个页面')).toBeTruthy()
  })
})
