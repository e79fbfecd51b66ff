import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { FULL_SESSION, OPEN_SESSION, RESIDENT, SENIOR_SCHOOL } from '../../../../../test/fixtures/services'
import { createFakeServicesApi } from '../../../../../test/support/fake-services-api'
import { renderWithSession } from '../../../../../test/support/render-with-session'
import { createHttpClient } from '@/shared/api/http-client'
import { ROUTES } from '@/shared/navigation/routes'
import MyEnrollmentsPage from './index'

/** A fake API where 王阿姨 already signed up for one open and one full session. */
async function signedUpApi() {
  const api = createFakeServicesApi({
    services: [SENIOR_SCHOOL],
    sessions: [OPEN_SESSION, FULL_SESSION],
    residents: { [RESIDENT.token]: RESIDENT.me.userId },
  })
  const client = createHttpClient({
    baseUrl: 'https://api.test',
    transport: api.transport,
    credentials: { authorization: () => `Bearer ${RESIDENT.token}`, renew: async () => false },
  })
  await client.post(`/v1/sessions/${OPEN_SESSION.id}/enrollments`, {})
  await client.post(`/v1/sessions/${FULL_SESSION.id}/enrollments`, {})
  return api
}

describe('我的报名 page', () => {
  it('lists my enrollments with where I stand', async () => {
    renderWithSession(<MyEnrollmentsPage />, { transport: (await signedUpApi()).transport, session: RESIDENT })
    const open = await screen.findByRole('group', { name: '智能手机办社保' })
    expect(open.textContent).toContain('已报名')
    expect(open.textContent).toContain('12月2日（周三）09:30–11:00')
    expect(screen.getByRole('group', { name: '防范养老诈骗' }).textContent).toContain('候补第 1 位')
  })

  it('cancels after asking, and shows it as 已取消', async () => {
    const api = await signedUpApi()
    renderWithSession(<MyEnrollmentsPage />, { transport: api.transport, session: RESIDENT })
    const card = await screen.findByRole('group', { name: '智能手机办社保' })
    await userEvent.click(within(card).getByRole('button', { name: /^取消报名：智能手机办社保（/ }))
    const dialog = screen.getByRole('alertdialog', { name: '取消报名' })
    expect(api.requests.filter((r) => r.startsWith('DELETE'))).toEqual([])
    await userEvent.click(within(dialog).getByRole('button', { name: '确定取消' }))
    await waitFor(() => expect(screen.getByRole('group', { name: '智能手机办社保' }).textContent).toContain('已取消'))
    expect(api.requests).toContain(`DELETE /v1/enrollments/${OPEN_SESSION.id}.${RESIDENT.me.userId}`)
  })

  it('keeps the enrollment when the person thinks again', async () => {
    const api = await signedUpApi()
    renderWithSession(<MyEnrollmentsPage />, { transport: api.transport, session: RESIDENT })
    await userEvent.click(await screen.findByRole('button', { name: /^取消报名：智能手机办社保（/ }))
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '再想想' }))
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(api.requests.filter((r) => r.startsWith('DELETE'))).toEqual([])
  })

  it('asks a visitor to sign in, and points a new resident to the catalogue', async () => {
    const first = renderWithSession(<MyEnrollmentsPage />, { transport: (await signedUpApi()).transport })
    await userEvent.click(screen.getByRole('button', { name: '去登录' }))
    expect(window.location.hash).toBe(`#${ROUTES.residentSignIn}`)
    first.unmount()

    const empty = createFakeServicesApi({ services: [], sessions: [], residents: { [RESIDENT.token]: RESIDENT.me.userId } })
    renderWithSession(<MyEnrollmentsPage />, { transport: empty.transport, session: RESIDENT })
    await userEvent.click(await screen.findByRole('button', { name: '去看看服务' }))
    expect(window.location.hash).toBe(`#${ROUTES.serviceCatalogue}`)
  })

  it('offers 重试 when the list fails to load', async () => {
    const api = await signedUpApi()
    api.failNext()
    renderWithSession(<MyEnrollmentsPage />, { transport: api.transport, session: RESIDENT })
    await userEvent.click(within(await screen.findByRole('alert')).getByRole('button', { name: '重试' }))
    expect(await screen.findByRole('group', { name: '智能手机办社保' })).toBeTruthy()
  })
})
