import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import {
  CANGLANG_CENTRE,
  CLOSED_SESSION,
  FULL_SESSION,
  OPEN_SESSION,
  RESIDENT,
  SENIOR_SCHOOL,
  SS_CARD,
} from '../../../../../test/fixtures/services'
import { createFakeServicesApi } from '../../../../../test/support/fake-services-api'
import { openRoute } from '../../../../../test/support/render-with-api'
import { renderWithSession } from '../../../../../test/support/render-with-session'
import { ROUTES } from '@/shared/navigation/routes'
import ServiceDetailPage from './index'

const api = () =>
  createFakeServicesApi({
    services: [SENIOR_SCHOOL, SS_CARD],
    sessions: [OPEN_SESSION, FULL_SESSION, CLOSED_SESSION],
    stations: [CANGLANG_CENTRE],
    residents: { [RESIDENT.token]: RESIDENT.me.userId },
  })
const session = (title: string) => screen.getByRole('group', { name: title })
/** The fixtures' sessions run from 2026-12-02; on this day the first is open for sign-up and the third has closed. */
const BEFORE_THE_SESSIONS = new Date('2026-11-25T10:00:00+08:00')

describe('service detail page', () => {
  it('shows who it is for, what you get, materials, how, fee, policies and where', async () => {
    openRoute(ROUTES.serviceDetail('svc-senior-school'))
    renderWithSession(<ServiceDetailPage />, { transport: api().transport })

    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('乐龄学堂')
    expect(screen.getByRole('region', { name: '适合谁' }).textContent).toContain('退休人员、居民')
    expect(screen.getByRole('region', { name: '需要带的材料' }).textContent).toContain('身份证')
    expect(screen.getByRole('region', { name: '怎么办' }).textContent).toContain('费用：免费')
    await userEvent.click(screen.getByRole('button', { name: '老年人数字技能与兴趣培训' }))
    expect(window.location.hash).toBe(`#${ROUTES.policyDetail('pol-senior-learning')}`)
    await userEvent.click(await screen.findByRole('button', { name: /沧浪街道便民服务中心人社窗口，/ }))
    expect(window.location.hash).toBe(`#${ROUTES.stationDetail('st-centre-canglang')}`)
  })

  it('signs a resident up in one tap, waitlists when full and says when sign-up has closed', async () => {
    openRoute(ROUTES.serviceDetail('svc-senior-school'))
    renderWithSession(<ServiceDetailPage />, { transport: api().transport, session: RESIDENT, now: BEFORE_THE_SESSIONS })

    await userEvent.click(await screen.findByRole('button', { name: /^报名：智能手机办社保（/ }))
    await waitFor(() => expect(within(session('智能手机办社保')).getByText('报名成功！可以在“我的报名”里查看。')).toBeTruthy())
    expect(session('智能手机办社保').textContent).toContain('已报名：请按时到场')

    await userEvent.click(within(session('防范养老诈骗')).getByRole('button', { name: /^报名候补：防范养老诈骗（/ }))
    await waitFor(() => expect(session('防范养老诈骗').textContent).toContain('名额已满，已为您登记候补第 1 位。'))
    expect(session('防范养老诈骗').textContent).toContain('候补第 1 位')

    expect(session('资格认证怎么做').textContent).toContain('报名已截止')
    expect(within(session('资格认证怎么做')).queryByRole('button')).toBeNull()

    // a sign-up is one tap from where it is kept
    await userEvent.click(within(session('智能手机办社保')).getByRole('button', { name: '查看我的报名' }))
    expect(window.location.hash).toBe(`#${ROUTES.myEnrollments}`)
  })

  it('asks a visitor to sign in first', async () => {
    openRoute(ROUTES.serviceDetail('svc-senior-school'))
    renderWithSession(<ServiceDetailPage />, { transport: api().transport, now: BEFORE_THE_SESSIONS })
    await userEvent.click(await screen.findByRole('button', { name: /^登录后报名：智能手机办社保（/ }))
    expect(window.location.hash).toBe(`#${ROUTES.residentSignIn}`)
  })

  it('has no sessions section for a walk-in service, and says so for an unknown one', async () => {
    openRoute(ROUTES.serviceDetail('svc-social-security-card'))
    const first = renderWithSession(<ServiceDetailPage />, { transport: api().transport })
    await screen.findByRole('heading', { level: 1 })
    expect(screen.queryByRole('region', { name: '近期场次与报名' })).toBeNull()
    first.unmount()

    openRoute(ROUTES.serviceDetail('svc-nope'))
    renderWithSession(<ServiceDetailPage />, { transport: api().transport })
    expect((await screen.findByRole('alert')).textContent).toContain('没有找到这个服务项目')
  })
})
