import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { NEIGHBOUR, RESIDENT, storedMessage } from '../../../../../test/fixtures/messages'
import { createFakeMessagesApi } from '../../../../../test/support/fake-messages-api'
import { openRoute } from '../../../../../test/support/render-with-api'
import { renderWithSession } from '../../../../../test/support/render-with-session'
import { fillTextarea } from '../../../../../test/support/taro-textarea'
import { ROUTES } from '@/shared/navigation/routes'
import MessageDetailPage from './index'

const ANSWERED = storedMessage(7, {
  title: '社保卡补办要多久',
  status: 'answered',
  answer: { text: '补办社保卡一般 7 个工作日可以领取。', at: '2026-11-24T03:00:00.000Z' },
  history: [
    { at: '2026-11-23T01:00:00.000Z', status: 'pending' },
    { at: '2026-11-24T03:00:00.000Z', status: 'answered' },
  ],
})
const WAITING = storedMessage(8, { title: '失业登记在哪里办', status: 'pending' })

function open(message = ANSWERED, session: typeof RESIDENT | typeof NEIGHBOUR = RESIDENT) {
  const api = createFakeMessagesApi({
    people: { [RESIDENT.token]: RESIDENT.me, [NEIGHBOUR.token]: NEIGHBOUR.me },
    messages: [ANSWERED, WAITING],
  })
  openRoute(ROUTES.messageDetail(message.id))
  const view = renderWithSession(<MessageDetailPage />, { transport: api.transport, session })
  return { api, ...view }
}
const region = (name: string) => screen.getByRole('region', { name })
const posts = (api: ReturnType<typeof createFakeMessagesApi>, action: string) => api.requests.filter((r) => r.line.endsWith(`/${action}`))

describe('message detail page', () => {
  it('shows the answer and the progress of an answered message', async () => {
    open()
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('社保卡补办要多久')
    expect(region('答复').textContent).toContain('补办社保卡一般 7 个工作日可以领取。')
    const steps = within(region('办理进度'))
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    expect(steps).toEqual(['11月23日（周一）09:00待受理', '11月24日（周二）11:00已答复'])
  })

  it('takes one rating, then shows it instead of the form — also on the next visit', async () => {
    const user = userEvent.setup()
    const { api, unmount } = open()
    const rating = await screen.findByRole('region', { name: '评价这次答复' })
    await user.click(within(rating).getByRole('button', { name: '提交评价' }))
    expect(within(rating).getByRole('group', { name: '满意度（1–5 分）：请选择 1–5 分' })).toBeTruthy()
    expect(posts(api, 'rating')).toEqual([])

    await user.click(within(rating).getByRole('button', { name: '4 分 · 满意' }))
    await user.type(within(rating).getByLabelText('说几句（选填）'), '回复很快')
    await user.click(within(rating).getByRole('button', { name: '提交评价' }))
    await waitFor(() => expect(region('评价这次答复').textContent).toContain('您的评价：4 分 · 满意'))
    expect(region('评价这次答复').textContent).toContain('回复很快')
    expect(within(region('评价这次答复')).queryByRole('button')).toBeNull()
    expect(posts(api, 'rating').map((r) => r.body)).toEqual([{ score: 4, comment: '回复很快' }])
    unmount()

    openRoute(ROUTES.messageDetail(ANSWERED.id))
    renderWithSession(<MessageDetailPage />, { transport: api.transport, session: RESIDENT })
    await waitFor(() => expect(region('评价这次答复').textContent).toContain('您的评价：4 分 · 满意'))
    expect(within(region('评价这次答复')).queryByRole('button')).toBeNull()
  })

  it('reopens with the reason when the answer did not solve it', async () => {
    const user = userEvent.setup()
    const { api } = open()
    const question = await screen.findByRole('region', { name: '这个答复解决您的问题了吗？' })
    await user.click(within(question).getByRole('button', { name: '没解决' }))
    await user.click(within(question).getByRole('button', { name: '重新提交给工作人员' }))
    expect(within(question).getByText('请说说哪里还没有解决')).toBeTruthy()
    expect(posts(api, 'reopen')).toEqual([])

    await fillTextarea(within(question).getByLabelText('哪里还没有解决？'), '窗口说要 15 个工作日')
    await user.click(within(question).getByRole('button', { name: '重新提交给工作人员' }))

    expect((await screen.findByText('已重新提交，工作人员会再次答复您。')).getAttribute('role')).toBe('status')
    expect(screen.queryByRole('region', { name: '这个答复解决您的问题了吗？' })).toBeNull()
    expect(screen.getByText('状态').parentElement!.textContent).toContain('已重开')
    expect(region('补充说明').textContent).toContain('窗口说要 15 个工作日')
    expect(api.message(ANSWERED.id)?.status).toBe('reopened')
    expect(posts(api, 'reopen').map((r) => r.body)).toEqual([{ reason: '窗口说要 15 个工作日' }])
  })

  it('closes the message when the resident says it is solved, and offers no more follow-ups', async () => {
    const user = userEvent.setup()
    const { api } = open()
    await user.click(await screen.findByRole('button', { name: '已解决' }))
    expect(await screen.findByText('好的，这条留言已解决。')).toBeTruthy()
    expect(api.message(ANSWERED.id)?.status).toBe('resolved')
    expect(screen.queryByRole('form', { name: '补充或追问' })).toBeNull()
    // still rateable once resolved
    expect(region('评价这次答复')).toBeTruthy()
  })

  it('sends a follow-up while waiting, and shows by when the answer is due; no rating before an answer', async () => {
    const user = userEvent.setup()
    const { api } = open(WAITING)
    expect((await screen.findByRole('region', { name: '答复' })).textContent).toContain('等待答复，工作人员将在 11月26日（周四）前答复您。')
    expect(screen.queryByRole('region', { name: '评价这次答复' })).toBeNull()

    const form = screen.getByRole('form', { name: '补充或追问' })
    await fillTextarea(within(form).getByLabelText('补充或追问'), '我的社保是在外地交的')
    await user.click(within(form).getByRole('button', { name: '发送补充' }))
    await waitFor(() => expect(region('补充说明').textContent).toContain('我的社保是在外地交的'))
    expect(posts(api, 'follow-ups').map((r) => r.body)).toEqual([{ text: '我的社保是在外地交的' }])
  })

  it('says it found nothing for someone else’s message', async () => {
    open(ANSWERED, NEIGHBOUR)
    expect((await screen.findByRole('alert')).textContent).toContain('没有找到这条留言')
    expect(screen.queryByText('补办社保卡一般 7 个工作日可以领取。')).toBeNull()
  })
})
