import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ANSWERER, DESK, GRID } from '../../../../../test/fixtures/messages'
import { OPEN_SESSION, SENIOR_SCHOOL } from '../../../../../test/fixtures/services'
import { createFakeDemandsApi } from '../../../../../test/support/fake-demands-api'
import { renderWithSession } from '../../../../../test/support/render-with-session'
import { fillTextarea } from '../../../../../test/support/taro-textarea'
import DemandPoolPage from './index'

const TAGGED = {
  id: 'msg-00000000-0000-4000-a000-000000000001',
  trackingNo: 'LY-20261125-K7QM',
  title: '想学用手机查社保',
  category: 'social-security' as const,
  taggedAt: '2026-11-24T02:00:00Z',
}

describe('需求库 page', () => {
  it('groups a tagged message with a field need, adopts the demand in public and schedules a session, telling those who raised it', async () => {
    const user = userEvent.setup()
    const fake = createFakeDemandsApi({
      people: { [ANSWERER.token]: ANSWERER.me, [GRID.token]: GRID.me },
      services: [SENIOR_SCHOOL],
      sessions: [OPEN_SESSION],
      tagged: [TAGGED],
    })
    fake.fieldDemands.push({
      id: 'fd-00000000-0000-4000-a000-000000000009',
      gridId: 'g',
      stationId: 's',
      subDistrict: 'pingjiang',
      topic: '手机课',
      text: '老人想学手机',
      households: 4,
      filedBy: 'grid.pingjianglu',
      filedAt: '2026-11-24T03:00:00Z',
    })
    renderWithSession(<DemandPoolPage />, { transport: fake.transport, session: ANSWERER })

    const candidates = await screen.findByRole('form', { name: '待归集' })
    await user.click(within(candidates).getByRole('button', { name: '归为一条需求' }))
    expect(within(candidates).getByText('请至少选择一条留言或走访需求')).toBeTruthy()
    await user.click(within(candidates).getByRole('button', { name: /留言：想学用手机查社保/ }))
    await user.click(within(candidates).getByRole('button', { name: /走访：手机课（4 户）/ }))
    await user.type(within(candidates).getByLabelText('需求主题'), '老年人手机课')
    await fillTextarea(within(candidates).getByLabelText('需求说明'), '留言和走访都反映老人不会用手机')
    await user.click(within(candidates).getByRole('button', { name: '归为一条需求' }))
    await waitFor(() => expect(fake.demands).toHaveLength(1))
    expect(fake.demands[0]).toMatchObject({
      messageIds: [TAGGED.id],
      fieldDemandIds: ['fd-00000000-0000-4000-a000-000000000009'],
      reports: 5,
    })

    const demands = screen.getByRole('region', { name: '需求' })
    await user.click(await within(demands).findByRole('button', { name: '采纳' }))
    await waitFor(() => expect(fake.demands[0]!.status).toBe('adopted'))
    await user.click(await within(demands).findByRole('button', { name: '乐龄学堂' }))
    await user.click(await within(demands).findByRole('button', { name: /智能手机办社保/ }))
    await user.click(within(demands).getByRole('button', { name: '安排场次并通知居民' }))
    await waitFor(() => expect(fake.demands[0]!.status).toBe('scheduled'))
    expect(await within(demands).findByText('已排期，已通知 5 人')).toBeTruthy()
    expect(screen.getByRole('table', { name: '需求办理情况' })).toBeTruthy()
  })

  it('asks for the reason before declining', async () => {
    const user = userEvent.setup()
    const fake = createFakeDemandsApi({ people: { [ANSWERER.token]: ANSWERER.me }, tagged: [TAGGED] })
    renderWithSession(<DemandPoolPage />, { transport: fake.transport, session: ANSWERER })
    const candidates = await screen.findByRole('form', { name: '待归集' })
    await user.click(within(candidates).getByRole('button', { name: /留言：想学用手机查社保/ }))
    await user.type(within(candidates).getByLabelText('需求主题'), '夜间窗口')
    await fillTextarea(within(candidates).getByLabelText('需求说明'), '希望晚上能办')
    await user.click(within(candidates).getByRole('button', { name: '归为一条需求' }))
    const demands = screen.getByRole('region', { name: '需求' })
    await user.click(await within(demands).findByRole('button', { name: '不采纳' }))
    expect(within(demands).getByText(/请填写：不采纳的理由/)).toBeTruthy()
    await user.type(within(demands).getByLabelText('不采纳的理由（将公开）'), '可在线上办理')
    await user.click(within(demands).getByRole('button', { name: '不采纳' }))
    await waitFor(() => expect(fake.demands[0]).toMatchObject({ status: 'declined', trail: [{}, { note: '可在线上办理' }] }))
  })

  it('is for board staff', () => {
    renderWithSession(<DemandPoolPage />, { transport: createFakeDemandsApi({ people: {} }).transport, session: DESK })
    expect(screen.getByText('您的账号不能使用这个页面')).toBeTruthy()
  })
})
