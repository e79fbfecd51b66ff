import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ANSWERER, NEIGHBOUR, RESIDENT, storedMessage } from '../../../../../test/fixtures/messages'
import { actAs, createFakeMessagesApi } from '../../../../../test/support/fake-messages-api'
import { pullDown, pullDownSpinnersStopped } from '../../../../../test/taro-shim'
import { renderWithSession } from '../../../../../test/support/render-with-session'
import { ROUTES } from '@/shared/navigation/routes'
import MyMessagesPage from './index'

const WAITING = storedMessage(41, { title: '失业登记在哪里办', submittedAt: '2026-11-23T01:00:00.000Z' })
const ANSWERED = storedMessage(42, {
  title: '社保卡补办',
  status: 'answered',
  submittedAt: '2026-11-20T01:00:00.000Z',
  answer: { text: '到窗口办理', at: '2026-11-21T01:00:00.000Z' },
})
const REOPENED = storedMessage(43, {
  title: '养老金调整',
  status: 'reopened',
  submittedAt: '2026-11-19T01:00:00.000Z',
  answerDeadline: '2026-11-27T15:59:59.999Z',
})
const NOT_MINE = storedMessage(44, { title: '别人的留言', authorId: NEIGHBOUR.me.userId })
const api = () =>
  createFakeMessagesApi({
    people: { [RESIDENT.token]: RESIDENT.me, [NEIGHBOUR.token]: NEIGHBOUR.me, [ANSWERER.token]: ANSWERER.me },
    messages: [WAITING, ANSWERED, REOPENED, NOT_MINE],
  })

describe('我的留言 page', () => {
  it('pulls down to show what changed since the page opened, and lets go of the spinner once it has', async () => {
    const fake = api()
    renderWithSession(<MyMessagesPage />, { transport: fake.transport, session: RESIDENT })
    const first = () => within(screen.getByRole('list', { name: '我的留言' })).getAllByRole('button')[0]!.textContent
    await screen.findByRole('list', { name: '我的留言' })
    expect(first()).toContain('待受理')
    await actAs(fake, ANSWERER.token, WAITING.id, { action: 'claim' })
    pullDown()
    await waitFor(() => expect(first()).toContain('处理中'))
    await waitFor(() => expect(pullDownSpinnersStopped()).toBe(1))
  })

  it('lists my messages with their status, and by when an open one is answered', async () => {
    renderWithSession(<MyMessagesPage />, { transport: api().transport, session: RESIDENT })
    const list = await screen.findByRole('list', { name: '我的留言' })
    const cards = within(list).getAllByRole('button')
    expect(cards.map((c) => c.textContent)).toEqual([
      expect.stringMatching(/^失业登记在哪里办待受理.*答复期限：11月26日（周四）/),
      expect.stringMatching(/^社保卡补办已答复/),
      expect.stringMatching(/^养老金调整已重开.*答复期限：11月27日（周五）/),
    ])
    expect(cards[1]!.textContent).not.toContain('答复期限')
    expect(cards[0]!.textContent).toContain(`留言编号：${WAITING.trackingNo}`)
    await userEvent.click(cards[1]!)
    expect(window.location.hash).toBe(`#${ROUTES.messageDetail(ANSWERED.id)}`)
  })

  it('points a resident without messages to write one, and a visitor to sign in', async () => {
    const first = renderWithSession(<MyMessagesPage />, { transport: api().transport, session: NEIGHBOUR })
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1))
    first.unmount()

    const empty = createFakeMessagesApi({ people: { [RESIDENT.token]: RESIDENT.me } })
    const second = renderWithSession(<MyMessagesPage />, { transport: empty.transport, session: RESIDENT })
    expect(await screen.findByText('您还没有留言')).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: '我要留言' }))
    expect(window.location.hash).toBe(`#${ROUTES.messageCompose}`)
    second.unmount()

    renderWithSession(<MyMessagesPage />, { transport: empty.transport })
    await userEvent.click(screen.getByRole('button', { name: '去登录' }))
    expect(window.location.hash).toBe(`#${ROUTES.residentSignIn}`)
  })
})
