import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ADMIN, ANSWERER, DESK, GRID } from '../../../../../test/fixtures/messages'
import { createFakeMessagesApi } from '../../../../../test/support/fake-messages-api'
import { renderWithSession } from '../../../../../test/support/render-with-session'
import type { CalendarStatus } from '@doorstep/shared'
import { StaticCalendarProvider } from '@/shared/calendar/calendar-context'
import { ROUTES } from '@/shared/navigation/routes'
import StaffHomePage from './index'

const transport = () => createFakeMessagesApi({ people: {} }).transport
const links = () => screen.getAllByRole('listitem').map((item) => within(item).getByRole('button').textContent)

describe('工作台 (staff console)', () => {
  it('gives an answerer the message board: queue, assisted filing and dashboard, and their own password', async () => {
    renderWithSession(<StaffHomePage />, { transport: transport(), session: ANSWERER })
    expect(screen.getByText('平江街道留言答复员（示例） · 平江街道')).toBeTruthy()
    expect(links()).toEqual([
      expect.stringContaining('留言队列'),
      expect.stringContaining('代客留言'),
      expect.stringContaining('数据看板'),
      expect.stringContaining('需求库'),
      expect.stringContaining('转介'),
      expect.stringContaining('修改密码'),
    ])
    await userEvent.click(screen.getByRole('button', { name: /需求库/ }))
    expect(window.location.hash).toBe(`#${ROUTES.staffDemands}`)
    await userEvent.click(screen.getByRole('button', { name: /修改密码/ }))
    expect(window.location.hash).toBe(`#${ROUTES.staffPassword}`)
    await userEvent.click(screen.getByRole('button', { name: /留言队列/ }))
    expect(window.location.hash).toBe(`#${ROUTES.staffQueue}`)
    await userEvent.click(screen.getByRole('button', { name: /数据看板/ }))
    expect(window.location.hash).toBe(`#${ROUTES.staffDashboard}`)
  })

  it('gives a desk the company set-up desk only, and an admin everything', async () => {
    const desk = renderWithSession(<StaffHomePage />, { transport: transport(), session: DESK })
    expect(links()).toEqual([
      expect.stringContaining('企业开办窗口'),
      expect.stringContaining('我联系的企业'),
      expect.stringContaining('转介'),
      expect.stringContaining('走访需求与代报名'),
      expect.stringContaining('修改密码'),
    ])
    await userEvent.click(screen.getByRole('button', { name: /我联系的企业/ }))
    expect(window.location.hash).toBe(`#${ROUTES.staffStewardships}`)
    await userEvent.click(screen.getByRole('button', { name: /企业开办窗口/ }))
    expect(window.location.hash).toBe(`#${ROUTES.deskCases}`)
    desk.unmount()

    renderWithSession(<StaffHomePage />, { transport: transport(), session: ADMIN })
    expect(links()).toHaveLength(10)
    await userEvent.click(screen.getByRole('button', { name: /节假日安排/ }))
    expect(window.location.hash).toBe(`#${ROUTES.staffCalendar}`)
    await userEvent.click(screen.getByRole('button', { name: /账号管理/ }))
    expect(window.location.hash).toBe(`#${ROUTES.staffAccounts}`)
  })

  it('gives a grid worker their rounds (field needs and sign-ups) and their companies as 用工管家', async () => {
    renderWithSession(<StaffHomePage />, { transport: transport(), session: GRID })
    expect(screen.getByText('平江路社区第1网格网格员（示例） · 平江街道 · 网格（编号 st-pingjiang-pingjianglu-w01）')).toBeTruthy()
    expect(links()).toEqual([
      expect.stringContaining('走访需求与代报名'),
      expect.stringContaining('我联系的企业'),
      expect.stringContaining('修改密码'),
    ])
    await userEvent.click(screen.getByRole('button', { name: /走访需求与代报名/ }))
    expect(window.location.hash).toBe(`#${ROUTES.staffField}`)
  })

  it('tells staff when the holiday schedule runs out within 60 days, and the admin where to load it', async () => {
    const uncovered: CalendarStatus = { today: '2026-11-20', coveredThrough: '2026-12-31', coversNext60Days: false, years: [] }
    const { unmount } = renderWithSession(
      <StaticCalendarProvider status={uncovered}>
        <StaffHomePage />
      </StaticCalendarProvider>,
      { transport: transport(), session: ANSWERER },
    )
    const notice = screen.getByRole('alert')
    expect(notice.textContent).toContain('节假日安排未更新')
    expect(notice.textContent).toContain('只录入到 2026-12-31')
    expect(notice.textContent).toContain('请联系区级管理员')
    unmount()

    renderWithSession(
      <StaticCalendarProvider status={uncovered}>
        <StaffHomePage />
      </StaticCalendarProvider>,
      { transport: transport(), session: ADMIN },
    )
    await userEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: '录入节假日安排' }))
    expect(window.location.hash).toBe(`#${ROUTES.staffCalendar}`)
  })

  it('says nothing while the next 60 days are covered', () => {
    const covered: CalendarStatus = { today: '2026-06-01', coveredThrough: '2026-12-31', coversNext60Days: true, years: [] }
    renderWithSession(
      <StaticCalendarProvider status={covered}>
        <StaffHomePage />
      </StaticCalendarProvider>,
      { transport: transport(), session: ADMIN },
    )
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('asks anyone else to sign in as staff', async () => {
    renderWithSession(<StaffHomePage />, { transport: transport() })
    await userEvent.click(screen.getByRole('button', { name: '工作人员登录' }))
    expect(window.location.hash).toBe(`#${ROUTES.staffSignIn}`)
  })

  it('tells a staff member when someone else kept typing their password wrong, and offers to change it', async () => {
    const at = '2026-03-02T01:30:00.000Z'
    const blocked = { ...ANSWERER, me: { ...ANSWERER.me, lastBlockedSignIn: { at, source: '198.51.*.*' } } }
    renderWithSession(<StaffHomePage />, { transport: transport(), session: blocked, now: new Date('2026-03-02T10:00:00+08:00') })
    const notice = screen.getByRole('alert')
    expect(notice.textContent).toContain('有人多次输错您的密码')
    expect(notice.textContent).toContain('3月2日（周一）09:30 来自 198.51.*.*')
    await userEvent.click(within(notice).getByRole('button', { name: '修改密码' }))
    expect(window.location.hash).toBe(`#${ROUTES.staffPassword}`)
  })

  it('stops telling after a week', () => {
    const blocked = { ...ANSWERER, me: { ...ANSWERER.me, lastBlockedSignIn: { at: '2026-03-02T01:30:00.000Z', source: '198.51.*.*' } } }
    renderWithSession(<StaffHomePage />, { transport: transport(), session: blocked, now: new Date('2026-03-09T10:00:00+08:00') })
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
