import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { createFakeAuthApi } from '../../../../test/support/fake-auth-api'
import { renderWithSession } from '../../../../test/support/render-with-session'
import { WeChatSignIn } from './wechat-sign-in'

describe('微信一键登录', () => {
  it('sends the code from WeChat to the API and keeps the session', async () => {
    const api = createFakeAuthApi()
    const onSignedIn = vi.fn()
    // On a phone the code comes from Taro.login; a new account without a nickname is 微信用户.
    const { store } = renderWithSession(<WeChatSignIn onSignedIn={onSignedIn} login={async () => ({ code: api.codeFor('小李') })} />, {
      transport: api.transport,
    })

    await userEvent.click(screen.getByRole('button', { name: '微信一键登录' }))

    await waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce())
    expect(store.getSnapshot()?.me).toMatchObject({ kind: 'user', displayName: '微信用户' })
  })

  it('says so in plain words when WeChat login fails, and the button stays for another try', async () => {
    const api = createFakeAuthApi()
    renderWithSession(<WeChatSignIn onSignedIn={() => {}} login={() => Promise.reject(new Error('login:fail'))} />, {
      transport: api.transport,
    })

    await userEvent.click(screen.getByRole('button', { name: '微信一键登录' }))

    expect((await screen.findByRole('alert')).textContent).toBe('请稍后再点一次')
    expect(screen.getByRole('button', { name: '微信一键登录' })).toBeTruthy()
    expect(api.requests).toEqual([])
  })
})
