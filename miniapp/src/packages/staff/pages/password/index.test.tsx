import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { createFakeAuthApi, DEV_STAFF_PASSWORD } from '../../../../../test/support/fake-auth-api'
import { createMemoryStorage, renderWithSession } from '../../../../../test/support/render-with-session'
import { fetchMe } from '@/features/auth/api/auth-api'
import { createSignedInHttpClient } from '@/features/auth/app-http-client'
import { createSessionStore } from '@/features/auth/session-store'
import StaffPasswordPage from './index'

async function fill(current: string, next: string, repeat = next) {
  const form = screen.getByRole('form', { name: '修改密码' })
  for (const [label, value] of [
    ['当前密码', current],
    ['新密码', next],
    ['再输一次新密码', repeat],
  ] as const) {
    const field = within(form).getByLabelText(label)
    await userEvent.clear(field)
    if (value) await userEvent.type(field, value)
  }
  await userEvent.click(within(form).getByRole('button', { name: '保存新密码' }))
}

const fieldProblem = (label: string) => {
  const field = screen.getByLabelText(label)
  return field.getAttribute('aria-invalid') === 'true'
    ? document.getElementById(field.getAttribute('aria-describedby')!)?.textContent
    : undefined
}

describe('修改密码 (staff)', () => {
  it('changes the password, keeps this device signed in and ends the other sessions', async () => {
    const api = createFakeAuthApi()
    const session = api.sessionFor({ staff: 'answerer.pingjiang' })
    const otherDevice = createSessionStore(createMemoryStorage())
    otherDevice.save(api.sessionFor({ staff: 'answerer.pingjiang' }))
    const { store } = renderWithSession(<StaffPasswordPage />, { transport: api.transport, session })

    await fill(DEV_STAFF_PASSWORD, 'Spring-2027-desk')
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('密码已修改，其他设备上的登录已失效'))
    expect(api.staffAccount('answerer.pingjiang').password).toBe('Spring-2027-desk')
    expect(store.getSnapshot()!.token).not.toBe(session.token)
    expect((screen.getByLabelText('当前密码') as HTMLInputElement).value).toBe('')

    const other = createSignedInHttpClient({ baseUrl: 'https://api.test', transport: api.transport, store: otherDevice })
    await expect(fetchMe(other)).rejects.toMatchObject({ status: 401 })
    expect(otherDevice.getSnapshot()).toBeNull()
  })

  it('names what is wrong: the repeat, the current password, and what the API refuses in the new one', async () => {
    const api = createFakeAuthApi()
    renderWithSession(<StaffPasswordPage />, { transport: api.transport, session: api.sessionFor({ staff: 'answerer.pingjiang' }) })

    await fill(DEV_STAFF_PASSWORD, 'Spring-2027-desk', 'Spring-2027-dusk')
    expect(fieldProblem('再输一次新密码')).toBe('两次输入的新密码不一致')
    expect(api.requests.filter((r) => r.path === '/v1/me/password')).toEqual([])

    await fill('not-my-password-1', 'Spring-2027-desk')
    await waitFor(() => expect(fieldProblem('当前密码')).toBe('当前密码不正确'))

    await fill(DEV_STAFF_PASSWORD, 'short1')
    await waitFor(() => expect(fieldProblem('新密码')).toBe('至少 10 位'))
    await fill(DEV_STAFF_PASSWORD, 'answerer.pingjiang-2')
    await waitFor(() => expect(fieldProblem('新密码')).toBe('不能包含用户名'))
    expect(screen.getByRole('alert').textContent).toBe('请按提示修改后再保存')
    expect(api.staffAccount('answerer.pingjiang').password).toBe(DEV_STAFF_PASSWORD)
  })

  it('is for staff only', () => {
    const api = createFakeAuthApi()
    renderWithSession(<StaffPasswordPage />, { transport: api.transport, session: api.sessionFor({ resident: '王阿姨' }) })
    expect(screen.getByText('请用工作人员账号登录')).toBeTruthy()
  })
})
