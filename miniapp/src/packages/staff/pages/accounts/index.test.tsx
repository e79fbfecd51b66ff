import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { createFakeAuthApi } from '../../../../../test/support/fake-auth-api'
import { renderWithSession } from '../../../../../test/support/render-with-session'
import StaffAccountsPage from './index'

const accountNamed = (name: RegExp) => screen.getAllByRole('listitem').find((item) => name.test(item.textContent ?? ''))!

describe('账号管理 (district admin)', () => {
  it('lists every staff account with its role, scope and standing; the admin’s own cannot be disabled here', async () => {
    const api = createFakeAuthApi()
    api.blockSomeoneElse('desk.sujin')
    renderWithSession(<StaffAccountsPage />, { transport: api.transport, session: api.sessionFor({ staff: 'admin' }) })

    await screen.findByRole('list', { name: '账号管理' })
    const items = screen.getAllByRole('listitem')
    expect(items).toHaveLength(7)
    for (const username of [
      'admin',
      'answerer.huqiu',
      'answerer.pingjiang',
      'desk.boc',
      'desk.sujin',
      'grid.guanqian',
      'grid.pingjianglu',
    ]) {
      expect(items.filter((item) => item.textContent?.includes(`${username} · `))).toHaveLength(1)
    }
    expect(accountNamed(/answerer\.pingjiang/).textContent).toContain('平江街道')
    expect(accountNamed(/answerer\.pingjiang/).textContent).toContain('正常')
    expect(accountNamed(/grid\.pingjianglu/).textContent).toContain('网格员')
    expect(accountNamed(/grid\.pingjianglu/).textContent).toContain('平江街道 · 网格（编号 st-pingjiang-pingjianglu-w01）')
    expect(accountNamed(/desk\.sujin/).textContent).toContain('来自 198.51.*.* 的登录因密码错误次数过多被暂停')
    const own = accountNamed(/（您本人）/)
    expect(within(own).queryByRole('button')).toBeNull()
  })

  it('disables an account after asking, ending its sessions, and restores it', async () => {
    const api = createFakeAuthApi()
    const answerer = api.sessionFor({ staff: 'answerer.pingjiang' })
    renderWithSession(<StaffAccountsPage />, { transport: api.transport, session: api.sessionFor({ staff: 'admin' }) })
    await screen.findByRole('list', { name: '账号管理' })
    const name = api.staffAccount('answerer.pingjiang').displayName

    await userEvent.click(screen.getByRole('button', { name: `停用 ${name}` }))
    await userEvent.keyboard('{Escape}')
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(api.staffAccount('answerer.pingjiang').disabled).toBe(false)

    await userEvent.click(screen.getByRole('button', { name: `停用 ${name}` }))
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '停用' }))
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(`已停用 ${name}`))
    await waitFor(() => expect(accountNamed(/answerer\.pingjiang/).textContent).toContain('已停用'))
    expect(api.staffAccount('answerer.pingjiang').disabled).toBe(true)
    const refused = await api.transport({
      method: 'GET',
      url: 'https://api.test/v1/me',
      headers: { Authorization: `Bearer ${answerer.token}` },
      timeoutMs: 1000,
    })
    expect(refused.status).toBe(401)

    await userEvent.click(screen.getByRole('button', { name: `恢复 ${name}` }))
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(`已恢复 ${name}`))
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(api.staffAccount('answerer.pingjiang').disabled).toBe(false)
  })

  it('is for the district admin only', () => {
    const api = createFakeAuthApi()
    renderWithSession(<StaffAccountsPage />, { transport: api.transport, session: api.sessionFor({ staff: 'answerer.pingjiang' }) })
    expect(screen.getByText('您的账号不能使用这个页面')).toBeTruthy()
  })
})
