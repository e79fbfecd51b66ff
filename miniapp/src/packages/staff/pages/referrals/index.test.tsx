import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ANSWERER, GRID } from '../../../../../test/fixtures/messages'
import { createFakeDemandsApi } from '../../../../../test/support/fake-demands-api'
import { renderWithSession } from '../../../../../test/support/render-with-session'
import { fillTextarea } from '../../../../../test/support/taro-textarea'
import ReferralsPage from './index'

describe('转介 page (station staff)', () => {
  it('shows each referred resident with the deadline, and records the outcome the grid worker will read', async () => {
    const user = userEvent.setup()
    const fake = createFakeDemandsApi({ people: { [ANSWERER.token]: ANSWERER.me, [GRID.token]: GRID.me } })
    fake.referrals.push({
      id: 'rf-00000000-0000-4000-a000-000000000001',
      stationId: 'st-pingjiang-pingjianglu',
      subDistrict: 'pingjiang',
      topic: '失业登记',
      text: '刚失业，想问失业金怎么领',
      resident: { name: '赵先生', phone: '13800001111' },
      filedBy: 'grid.pingjianglu',
      gridId: 'st-pingjiang-pingjianglu-w01',
      filedAt: '2026-11-25T02:00:00Z',
      dueAt: '2026-11-27T15:59:59.999Z',
      overdue: false,
      status: 'open',
    })
    renderWithSession(<ReferralsPage />, { transport: fake.transport, session: ANSWERER })
    const item = await screen.findByRole('listitem')
    expect(item.textContent).toContain('居民：赵先生 · 13800001111')
    expect(item.textContent).toMatch(/请在 .+ 前联系/)

    const outcome = within(item).getByRole('form', { name: '记下结果：失业登记' })
    await user.click(within(outcome).getByRole('button', { name: '记下结果' }))
    expect(within(outcome).getByRole('alert').textContent).toContain('请填写')
    await user.click(within(outcome).getByRole('button', { name: '已办结' }))
    await fillTextarea(within(outcome).getByLabelText('处理情况'), '已电话联系，约好周三来站里')
    await user.click(within(outcome).getByRole('button', { name: '记下结果' }))
    await waitFor(() =>
      expect(fake.referrals[0]).toMatchObject({ status: 'closed', outcome: { outcome: 'resolved', note: '已电话联系，约好周三来站里' } }),
    )
    await waitFor(() => expect(screen.getByRole('listitem').textContent).toContain('结果：已办结。已电话联系，约好周三来站里'))
  })

  it('is not for grid workers', () => {
    renderWithSession(<ReferralsPage />, { transport: createFakeDemandsApi({ people: {} }).transport, session: GRID })
    expect(screen.getByText('您的账号不能使用这个页面')).toBeTruthy()
  })
})
