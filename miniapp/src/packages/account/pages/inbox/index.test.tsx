import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ANSWERER, RESIDENT, storedMessage } from '../../../../../test/fixtures/messages'
import { actAs, createFakeMessagesApi } from '../../../../../test/support/fake-messages-api'
import { renderWithSession } from '../../../../../test/support/render-with-session'
import { ROUTES } from '@/shared/navigation/routes'
import InboxPage from './index'

const MINE = storedMessage(4, { title: '失业金什么时候到账' })

async function answeredApi() {
  const api = createFakeMessagesApi({ people: { [RESIDENT.token]: RESIDENT.me, [ANSWERER.token]: ANSWERER.me }, messages: [MINE] })
  await actAs(api, ANSWERER.token, MINE.id, { action: 'claim' })
  await actAs(api, ANSWERER.token, MINE.id, { action: 'reply', answer: '本月 15 日前到账。' })
  return api
}

describe('消息 (inbox) page', () => {
  it('lists every status change, newest first, and opens the message, marking that note read', async () => {
    const api = await answeredApi()
    renderWithSession(<InboxPage />, { transport: api.transport, session: RESIDENT })
    const notes = await screen.findAllByRole('button', { name: /失业金什么时候到账/ })
    expect(notes.map((n) => n.textContent)).toEqual([
      expect.stringMatching(/^您的留言已答复未读.*失业金什么时候到账/),
      expect.stringMatching(/^您的留言处理中未读.*失业金什么时候到账/),
    ])

    await userEvent.click(notes[0]!)
    expect(window.location.hash).toBe(`#${ROUTES.messageDetail(MINE.id)}`)
    await waitFor(() => expect(api.requests.map((r) => r.line)).toContain('POST /v1/me/inbox/read'))
    expect(api.requests.find((r) => r.line === 'POST /v1/me/inbox/read')?.body).toEqual({ ids: ['note-2'] })
    expect(screen.getAllByRole('button', { name: /失业金什么时候到账/ })[0]!.textContent).not.toContain('未读')
    expect(screen.getAllByRole('button', { name: /失业金什么时候到账/ })[1]!.textContent).toContain('未读')
  })

  it('marks everything read at once', async () => {
    const api = await answeredApi()
    renderWithSession(<InboxPage />, { transport: api.transport, session: RESIDENT })
    await userEvent.click(await screen.findByRole('button', { name: '全部标为已读' }))
    await waitFor(() => expect(screen.queryByText('未读')).toBeNull())
    expect(api.requests.find((r) => r.line === 'POST /v1/me/inbox/read')?.body).toEqual({})
    expect(screen.queryByRole('button', { name: '全部标为已读' })).toBeNull()
  })

  it('says when there is nothing yet, and offers 重试 when the list fails', async () => {
    const api = createFakeMessagesApi({ people: { [RESIDENT.token]: RESIDENT.me } })
    api.failNext()
    renderWithSession(<InboxPage />, { transport: api.transport, session: RESIDENT })
    await userEvent.click(within(await screen.findByRole('alert')).getByRole('button', { name: '重试' }))
    expect(await screen.findByText('还没有消息')).toBeTruthy()
  })
})
