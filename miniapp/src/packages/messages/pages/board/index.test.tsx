import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ANSWERED_PUBLIC, OPEN_PUBLIC, storedMessage } from '../../../../../test/fixtures/messages'
import { createFakeMessagesApi } from '../../../../../test/support/fake-messages-api'
import { renderWithSession } from '../../../../../test/support/render-with-session'
import { ROUTES } from '@/shared/navigation/routes'
import MessageBoardPage from './index'

const PRIVATE_ANSWERED = storedMessage(31, {
  title: '我的私事',
  public: false,
  status: 'answered',
  answer: { text: '私下答复', at: '2026-11-24T05:00:00.000Z' },
})
const ANONYMOUS = storedMessage(32, {
  title: '就业见习补贴标准',
  category: 'employment',
  anonymous: true,
  status: 'resolved',
  answer: { text: '见习补贴按月发放。', at: '2026-11-23T05:00:00.000Z' },
})
const api = () => createFakeMessagesApi({ people: {}, messages: [ANSWERED_PUBLIC, OPEN_PUBLIC, PRIVATE_ANSWERED, ANONYMOUS] })
const cards = () => within(screen.getByRole('list', { name: '留言通道' })).getAllByRole('group')

describe('留言通道 board page', () => {
  it('shows answered public messages to anyone, newest answer first, phones masked and anonymous authors hidden', async () => {
    renderWithSession(<MessageBoardPage />, { transport: api().transport })
    await waitFor(() => expect(cards().map((c) => c.getAttribute('aria-label'))).toEqual([ANSWERED_PUBLIC.title, ANONYMOUS.title]))
    expect(cards()[0]!.textContent).toContain('138****5678')
    expect(cards()[0]!.textContent).not.toContain('13812345678')
    expect(cards()[0]!.textContent).toContain('可携带身份证')
    expect(cards()[1]!.textContent).toContain('匿名居民')
  })

  it('searches and filters by category, and says so when nothing is found', async () => {
    const user = userEvent.setup()
    const fake = api()
    renderWithSession(<MessageBoardPage />, { transport: fake.transport })
    await waitFor(() => expect(cards()).toHaveLength(2))

    await user.click(within(screen.getByRole('group', { name: '按类别筛选' })).getByRole('button', { name: '促进就业' }))
    await waitFor(() => expect(cards().map((c) => c.getAttribute('aria-label'))).toEqual([ANONYMOUS.title]))
    await user.type(screen.getByLabelText('搜索留言'), '社保')
    await user.click(screen.getByRole('button', { name: '搜索' }))
    expect(await screen.findByText('没有找到相关的已答复留言')).toBeTruthy()
    expect(fake.requests.at(-1)?.line).toBe(`GET /v1/messages?public=1&q=${encodeURIComponent('社保')}&category=employment&limit=20`)

    await user.click(within(screen.getByRole('group', { name: '按类别筛选' })).getByRole('button', { name: '全部' }))
    await waitFor(() => expect(cards().map((c) => c.getAttribute('aria-label'))).toEqual([ANSWERED_PUBLIC.title]))
    await user.click(screen.getAllByRole('button', { name: '我要留言' })[0]!)
    expect(window.location.hash).toBe(`#${ROUTES.messageCompose}`)
  })

  it('offers 重试 when the board fails to load', async () => {
    const user = userEvent.setup()
    const fake = api()
    fake.failNext()
    renderWithSession(<MessageBoardPage />, { transport: fake.transport })
    await user.click(within(await screen.findByRole('alert')).getByRole('button', { name: '重试' }))
    await waitFor(() => expect(cards()).toHaveLength(2))
  })
})
