import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { RESIDENT } from '../../../../test/fixtures/messages'
import { createFakeMessagesApi, STATUS_TEMPLATE } from '../../../../test/support/fake-messages-api'
import { renderWithSession } from '../../../../test/support/render-with-session'
import { subscribePrompt } from '../../../../test/taro-shim'
import { SubscriptionSettings } from './subscription-settings'

// as in WeChat, where the prompt exists (H5 shows a note instead: request-subscribe.h5.ts)
vi.mock('@/features/inbox/request-subscribe', () => import('@/features/inbox/request-subscribe.weapp'))

const api = () => createFakeMessagesApi({ people: { [RESIDENT.token]: RESIDENT.me } })
const subscriptionPosts = (fake: ReturnType<typeof api>) =>
  fake.requests.filter((r) => r.line === 'POST /v1/me/subscriptions').map((r) => r.body)

describe('我的 › 微信通知 (asking WeChat again)', () => {
  it('asks WeChat when switched on, banks the message it allows, and tells the API to send none when switched off', async () => {
    const user = userEvent.setup()
    const fake = api()
    renderWithSession(<SubscriptionSettings />, { transport: fake.transport, session: RESIDENT })
    const toggle = await screen.findByRole('switch', { name: '留言有答复时通知我' })
    expect(toggle.getAttribute('aria-checked')).toBe('false')

    await user.click(toggle)
    expect(subscribePrompt.asked).toEqual([[STATUS_TEMPLATE]])
    await waitFor(() => expect(toggle.getAttribute('aria-checked')).toBe('true'))
    expect(screen.getByText('已开启，还可接收 1 条')).toBeTruthy()

    await user.click(toggle)
    await waitFor(() => expect(toggle.getAttribute('aria-checked')).toBe('false'))
    expect(subscriptionPosts(fake)).toEqual([{ answers: { [STATUS_TEMPLATE]: 'accept' } }, { answers: { [STATUS_TEMPLATE]: 'ban' } }])
    // switching off never shows WeChat's prompt
    expect(subscribePrompt.asked).toHaveLength(1)
  })

  it('stays off, and records the refusal, when the person declines in WeChat', async () => {
    const user = userEvent.setup()
    const fake = api()
    subscribePrompt.answer = 'reject'
    renderWithSession(<SubscriptionSettings />, { transport: fake.transport, session: RESIDENT })
    const toggle = await screen.findByRole('switch', { name: '留言有答复时通知我' })
    await user.click(toggle)
    await waitFor(() => expect(subscriptionPosts(fake)).toEqual([{ answers: { [STATUS_TEMPLATE]: 'reject' } }]))
    expect(toggle.getAttribute('aria-checked')).toBe('false')
  })
})
