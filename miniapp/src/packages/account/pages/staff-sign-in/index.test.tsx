import Taro from '@tarojs/taro'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { DEV_STAFF_PASSWORD, createFakeAuthApi } from '../../../../../test/support/fake-auth-api'
import { renderWithSession } from '../../../../../test/support/render-with-session'
import { openRoute } from '../../../../../test/support/render-with-api'
import { ROUTES } from '@/shared/navigation/routes'
import StaffSignInPage from './index'

async function signIn(username: string, password: string) {
  const user = userEvent.setup()
  const form = screen.getByRole('form', { name: '工作人员登录' })
  const usernameField = within(form).getByLabelText('用户名')
  const passwordField = within(form).getByLabelText('密码')
  await user.clear(usernameField)
  if (username) await user.type(usernameField, username)
  await user.clear(passwordField)
  if (password) await user.type(passwordField, password)
  await user.click(within(form).getByRole('button', { name: '登录' }))
}

describe('staff sign-in page', () => {
  it('shows each bad field under the field, as the API names them', async () => {
    const api = createFakeAuthApi()
    renderWithSession(<StaffSignInPage />, { transport: api.transport })

    await signIn('Not A Name', '')

    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toBe('请按提示修改后再登录')
    const username = screen.getByLabelText('用户名')
    expect(username.getAttribute('aria-invalid')).toBe('true')
    expect(document.getElementById(username.getAttribute('aria-describedby')!)?.textContent).toBe('用户名格式不正确')
    const password = screen.getByLabelText('密码')
    expect(document.getElementById(password.getAttribute('aria-describedby')!)?.textContent).toBe('不能为空')
  })

  it('says when the password is wrong, and after five tries how many minutes to wait before trying again', async () => {
    const api = createFakeAuthApi()
    const { store } = renderWithSession(<StaffSignInPage />, { transport: api.transport })

    await signIn('answerer.pingjiang', 'wrong-password')
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('用户名或密码错误'))
    expect(screen.getByLabelText('用户名').getAttribute('aria-invalid')).toBeNull()

    for (let attempt = 2; attempt <= 6; attempt++) await signIn('answerer.pingjiang', 'wrong-password')
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('密码错误次数过多，请 15 分钟后再试'))

    api.advanceMinutes(6)
    await signIn('answerer.pingjiang', DEV_STAFF_PASSWORD)
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('密码错误次数过多，请 9 分钟后再试'))
    expect(store.getSnapshot()).toBeNull()

    api.advanceMinutes(9)
    await signIn('answerer.pingjiang', DEV_STAFF_PASSWORD)
    await waitFor(() => expect(store.getSnapshot()?.me).toMatchObject({ staffId: 'answerer.pingjiang' }))
  })

  it('signs in and goes back to 我的', async () => {
    const api = createFakeAuthApi()
    openRoute(ROUTES.me)
    await Taro.navigateTo({ url: ROUTES.staffSignIn })
    const { store } = renderWithSession(<StaffSignInPage />, { transport: api.transport })

    await signIn('answerer.pingjiang', DEV_STAFF_PASSWORD)

    await waitFor(() => expect(window.location.hash).toBe(`#${ROUTES.me}`))
    expect(store.getSnapshot()?.me).toMatchObject({ kind: 'staff', staffId: 'answerer.pingjiang', role: 'answerer' })
  })

  it('explains why it is shown when a staff session has expired', () => {
    openRoute(ROUTES.staffSignInExpired)
    renderWithSession(<StaffSignInPage />, { transport: createFakeAuthApi().transport })
    expect(screen.getByRole('status').textContent).toBe('登录已过期，请重新登录。')
  })
})
