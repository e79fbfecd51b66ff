import Taro from '@tarojs/taro'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { createFakeAuthApi } from '../../../../../test/support/fake-auth-api'
import { renderWithSession } from '../../../../../test/support/render-with-session'
import { openRoute } from '../../../../../test/support/render-with-api'
import { ROUTES } from '@/shared/navigation/routes'
import ResidentSignInPage from './index'

describe('resident sign-in page on H5', () => {
  afterEach(() => {
    delete window.__DOORSTEP_CONFIG__
  })

  it('offers the 开发登录 form in local mode and signs in by name, back to 我的', async () => {
    window.__DOORSTEP_CONFIG__ = { loginCodeUrl: 'https://api.test/__standin/login' }
    const api = createFakeAuthApi()
    openRoute(ROUTES.me)
    await Taro.navigateTo({ url: ROUTES.residentSignIn })
    const { store } = renderWithSession(<ResidentSignInPage />, { transport: api.transport })

    const form = screen.getByRole('form', { name: '开发登录' })
    await userEvent.type(within(form).getByLabelText('名字'), '王阿姨')
    await userEvent.click(within(form).getByRole('button', { name: '登录' }))

    await waitFor(() => expect(window.location.hash).toBe(`#${ROUTES.me}`))
    expect(store.getSnapshot()).toMatchObject({ devName: '王阿姨', me: { kind: 'user', displayName: '王阿姨' } })
  })

  it('shows a name problem under the field without calling the API', async () => {
    window.__DOORSTEP_CONFIG__ = { loginCodeUrl: 'https://api.test/__standin/login' }
    const api = createFakeAuthApi()
    renderWithSession(<ResidentSignInPage />, { transport: api.transport })

    const name = screen.getByLabelText('名字')
    await userEvent.click(screen.getByRole('button', { name: '登录' }))
    expect(document.getElementById(name.getAttribute('aria-describedby')!)?.textContent).toBe('请填写名字')
    await userEvent.type(name, '王 阿姨')
    await userEvent.click(screen.getByRole('button', { name: '登录' }))
    expect(document.getElementById(name.getAttribute('aria-describedby')!)?.textContent).toBe('只能用文字、数字、_ 或 -，最多 32 个字')
    expect(api.requests).toEqual([])
  })

  it('never shows the dev form outside local mode', () => {
    renderWithSession(<ResidentSignInPage />, { transport: createFakeAuthApi().transport })
    expect(screen.queryByRole('form')).toBeNull()
    expect(screen.getByRole('status').textContent).toContain('网页版暂不支持居民登录')
  })
})
