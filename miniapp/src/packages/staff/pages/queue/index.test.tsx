import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ADMIN, ANSWERER, NOW, RESIDENT, storedMessage } from '../../../../../test/fixtures/messages'
import { createFakeMessagesApi } from '../../../../../test/support/fake-messages-api'
import { renderWithSession } from '../../../../../test/support/render-with-session'
import { ROUTES } from '@/shared/navigation/routes'
import MessageQueuePage from './index'

// Now: Wednesday 2026-11-25, 10:00 in Suzhou. Deadlines end at 23:59:59 Suzhou time (15:59:59.999Z).
const ON_TIME = storedMessage(11, {
  title: '创业补贴申请条件',
  answerDeadline: '2026-11-26T15:59:59.999Z',
  submittedAt: '2026-11-23T02:00:00.000Z',
})
const LONG_OVERDUE = storedMessage(12, {
  title: '工伤认定进度',
  status: 'processing',
  answerDeadline: '2026-11-20T15:59:59.999Z',
  submittedAt: '2026-11-17T02:00:00.000Z',
  escalatedAt: '2026-11-21T00:00:00.000Z',
})
const JUST_OVERDUE = storedMessage(13, {
  title: '退休金调整',
  status: 'reopened',
  answerDeadline: '2026-11-24T15:59:59.999Z',
  submittedAt: '2026-11-19T02:00:00.000Z',
})
const ELSEWHERE = storedMessage(14, { title: '虎丘的留言', subDistrict: 'huqiu', answerDeadline: '2026-11-19T15:59:59.999Z' })
const ANSWERED = storedMessage(15, {
  title: '已经答复的留言',
  status: 'answered',
  answer: { text: '已答复', at: '2026-11-24T02:00:00.000Z' },
})

const api = () =>
  createFakeMessagesApi({
    people: { [ANSWERER.token]: ANSWERER.me, [ADMIN.token]: ADMIN.me, [RESIDENT.token]: RESIDENT.me },
    messages: [ON_TIME, LONG_OVERDUE, JUST_OVERDUE, ELSEWHERE, ANSWERED],
  })
const cards = () => within(screen.getByRole('list', { name: '留言队列' })).getAllByRole('button')

describe('留言队列 page', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(NOW))
  })
  afterEach(() => vi.useRealTimers())

  it('lists the open messages of my sub-district, overdue first, each with its deadline clock', async () => {
    renderWithSession(<MessageQueuePage />, { transport: api().transport, session: ANSWERER })
    await screen.findByRole('list', { name: '留言队列' })
    expect(cards().map((card) => card.textContent)).toEqual([
      expect.stringMatching(/^工伤认定进度已超期 5 天/),
      expect.stringMatching(/^退休金调整已超期 1 天/),
      expect.stringMatching(/^创业补贴申请条件剩 2 个工作日/),
    ])
    expect(cards()[0]!.textContent).toContain('已上报')
    expect(cards()[0]!.textContent).toContain('处理中')
    expect(cards()[1]!.textContent).toContain('已重开')
  })

  it('filters by status and category, and opens a message', async () => {
    const user = userEvent.setup()
    const fake = api()
    renderWithSession(<MessageQueuePage />, { transport: fake.transport, session: ANSWERER })
    await screen.findByRole('list', { name: '留言队列' })
    // an answerer's queue is their own sub-district: no sub-district filter
    expect(screen.queryByRole('group', { name: '按街道筛选' })).toBeNull()

    await user.click(within(screen.getByRole('group', { name: '按状态筛选' })).getByRole('button', { name: '已重开' }))
    await waitFor(() => expect(cards()).toHaveLength(1))
    expect(cards()[0]!.textContent).toContain('退休金调整')
    await user.click(within(screen.getByRole('group', { name: '按类别筛选' })).getByRole('button', { name: '社会保障' }))
    expect(await screen.findByText('没有待答复的留言')).toBeTruthy()
    expect(fake.requests.map((r) => r.line).at(-1)).toBe('GET /v1/admin/messages?status=reopened&category=social-security&limit=50')

    await user.click(within(screen.getByRole('group', { name: '按状态筛选' })).getByRole('button', { name: '全部' }))
    await user.click(within(screen.getByRole('group', { name: '按类别筛选' })).getByRole('button', { name: '全部' }))
    await waitFor(() => expect(cards()).toHaveLength(3))
    await user.click(cards()[0]!)
    expect(window.location.hash).toBe(`#${ROUTES.staffMessage(LONG_OVERDUE.id)}`)
  })

  it('lets district staff pick a sub-district', async () => {
    const user = userEvent.setup()
    renderWithSession(<MessageQueuePage />, { transport: api().transport, session: ADMIN })
    await waitFor(() => expect(cards()).toHaveLength(4))
    expect(cards()[0]!.textContent).toMatch(/^虎丘的留言已超期 6 天/)
    await user.click(within(screen.getByRole('group', { name: '按街道筛选' })).getByRole('button', { name: '虎丘街道' }))
    await waitFor(() => expect(cards()).toHaveLength(1))
  })

  it('is for staff only', async () => {
    const user = userEvent.setup()
    renderWithSession(<MessageQueuePage />, { transport: api().transport, session: RESIDENT })
    await user.click(screen.getByRole('button', { name: '工作人员登录' }))
    expect(window.location.hash).toBe(`#${ROUTES.staffSignIn}`)
  })
})
