import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { ANSWERER, storedMessage } from '../../../../../test/fixtures/messages'
import { createFakeAuthApi } from '../../../../../test/support/fake-auth-api'
import { actAs, createFakeMessagesApi } from '../../../../../test/support/fake-messages-api'
import { renderWithSession } from '../../../../../test/support/render-with-session'
import Taro from '@tarojs/taro'
import { PREFERENCES_STORAGE_KEY } from '@/shared/preferences'
import { ROUTES } from '@/shared/navigation/routes'
import MePage from './index'

const account = () => screen.getByRole('group', { name: '当前登录' })

describe('我的 page', () => {
  afterEach(() => {
    delete window.__DOORSTEP_CONFIG__
  })

  it('says 未登录 and offers resident and staff sign-in', async () => {
    renderWithSession(<MePage />, { transport: createFakeAuthApi().transport })

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('我的')
    expect(account().textContent).toContain('未登录')
    await userEvent.click(within(account()).getByRole('button', { name: '登录' }))
    expect(window.location.hash).toBe(`#${ROUTES.residentSignIn}`)
    await userEvent.click(screen.getByRole('button', { name: '工作人员登录' }))
    expect(window.location.hash).toBe(`#${ROUTES.staffSignIn}`)
  })

  it('shows the signed-in resident, checks the session with the API and signs out', async () => {
    const api = createFakeAuthApi()
    const { store } = renderWithSession(<MePage />, { transport: api.transport, session: api.sessionFor({ resident: '王阿姨' }) })

    expect(account().textContent).toContain('已登录')
    expect(account().textContent).toContain('王阿姨')
    expect(account().textContent).toContain('居民/企业用户')
    expect(screen.getByRole('status').textContent).toBe('正在确认登录状态…')
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull())
    // the unread count for 消息 and the WeChat notification settings are asked only once the session is confirmed
    await waitFor(() =>
      expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/me', 'GET /v1/me/inbox', 'GET /v1/me/subscriptions']),
    )

    await userEvent.click(screen.getByRole('button', { name: '退出登录' }))
    expect(account().textContent).toContain('未登录')
    expect(store.getSnapshot()).toBeNull()
  })

  it('shows a staff member with role and area in Chinese, and no second sign-in link', async () => {
    const api = createFakeAuthApi()
    renderWithSession(<MePage />, { transport: api.transport, session: api.sessionFor({ staff: 'answerer.pingjiang' }) })

    const rows = within(account())
    expect(rows.getByText('平江街道留言答复员（示例）')).toBeTruthy()
    expect(rows.getByText('留言答复员')).toBeTruthy()
    expect(rows.getByText('平江街道')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '工作人员登录' })).toBeNull()
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull())
  })

  it('renews an expired resident session without asking', async () => {
    window.__DOORSTEP_CONFIG__ = { loginCodeUrl: 'https://api.test/__standin/login' }
    const api = createFakeAuthApi()
    const old = { ...api.sessionFor({ resident: '王阿姨' }), devName: '王阿姨' }
    api.advanceMinutes(121)
    const { store } = renderWithSession(<MePage />, { transport: api.transport, session: old })

    await waitFor(() => expect(screen.queryByRole('status')).toBeNull())
    expect(account().textContent).toContain('王阿姨')
    expect(store.getSnapshot()?.token).not.toBe(old.token)
    await waitFor(() =>
      expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
        'GET /v1/me',
        'POST /__standin/login',
        'POST /v1/auth/wechat',
        'GET /v1/me',
        'GET /v1/me/inbox',
        'GET /v1/me/subscriptions',
      ]),
    )
  })

  it('shows 未登录 when an expired resident session cannot be renewed', async () => {
    const api = createFakeAuthApi()
    const old = api.sessionFor({ resident: '王阿姨' })
    api.advanceMinutes(121)
    renderWithSession(<MePage />, { transport: api.transport, session: old })

    await waitFor(() => expect(account().textContent).toContain('未登录'))
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('keeps showing who is signed in when the check fails, and lets people try again', async () => {
    const api = createFakeAuthApi()
    let offline = true
    const transport: typeof api.transport = (request) => (offline ? Promise.reject(new Error('offline')) : api.transport(request))
    renderWithSession(<MePage />, { transport, session: api.sessionFor({ resident: '王阿姨' }) })

    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('暂时无法确认登录状态')
    expect(alert.textContent).toContain('请检查手机网络后重试')
    expect(account().textContent).toContain('王阿姨')

    offline = false
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }))
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
    expect(account().textContent).toContain('王阿姨')
  })

  it('links a resident to 我的留言 and 消息 with the unread count, and staff to the console', async () => {
    const auth = createFakeAuthApi()
    const session = auth.sessionFor({ resident: '王阿姨' })
    const mine = storedMessage(3, { title: '失业金什么时候到账', authorId: session.me.kind === 'user' ? session.me.userId : '' })
    const messages = createFakeMessagesApi({ people: { [session.token]: session.me, [ANSWERER.token]: ANSWERER.me }, messages: [mine] })
    await actAs(messages, ANSWERER.token, mine.id, { action: 'claim' })
    await actAs(messages, ANSWERER.token, mine.id, { action: 'reply', answer: '本月 15 日前到账。' })
    const transport: typeof auth.transport = (request) =>
      request.url.includes('/v1/me/inbox') ? messages.transport(request) : auth.transport(request)
    const first = renderWithSession(<MePage />, { transport, session })

    await userEvent.click(await screen.findByRole('button', { name: '消息（2 条未读）' }))
    expect(window.location.hash).toBe(`#${ROUTES.inbox}`)
    await userEvent.click(screen.getByRole('button', { name: '我的留言' }))
    expect(window.location.hash).toBe(`#${ROUTES.myMessages}`)
    expect(screen.queryByRole('button', { name: '工作台' })).toBeNull()
    first.unmount()

    renderWithSession(<MePage />, { transport: auth.transport, session: auth.sessionFor({ staff: 'answerer.pingjiang' }) })
    await userEvent.click(screen.getByRole('button', { name: '工作台' }))
    expect(window.location.hash).toBe(`#${ROUTES.staffHome}`)
    expect(screen.queryByRole('button', { name: /^消息/ })).toBeNull()
  })

  it('switches 长辈模式 and English on from 显示设置, remembered on the device', async () => {
    const { container } = renderWithSession(<MePage />, { transport: createFakeAuthApi().transport })
    const elder = screen.getByRole('switch', { name: '长辈模式' })
    expect(elder.getAttribute('aria-checked')).toBe('false')

    await userEvent.click(elder)
    expect(elder.getAttribute('aria-checked')).toBe('true')
    expect(container.firstElementChild?.classList.contains('page--elder')).toBe(true)

    await userEvent.click(screen.getByRole('button', { name: 'English' }))
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Me')
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true')
    expect(screen.getByRole('group', { name: 'Signed in as' }).textContent).toContain('Not signed in')
    expect(screen.getByRole('switch', { name: 'Elder mode' }).getAttribute('aria-checked')).toBe('true')
    expect(Taro.getStorageSync(PREFERENCES_STORAGE_KEY)).toEqual({ elder: true, lang: 'en' })

    // Back to Chinese with the keyboard: the switch and the choices are reachable and work with Enter / Space.
    screen.getByRole('button', { name: '中文' }).click()
    await screen.findByRole('heading', { level: 1, name: '我的' })
    const elderAgain = screen.getByRole('switch', { name: '长辈模式' })
    elderAgain.focus()
    await userEvent.keyboard(' ')
    expect(elderAgain.getAttribute('aria-checked')).toBe('false')
    expect(Taro.getStorageSync(PREFERENCES_STORAGE_KEY)).toEqual({ elder: false, lang: 'zh' })
  })
})
