import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ADMIN, ANSWERER } from '../../../../../test/fixtures/messages'
import { createFakeCalendarApi } from '../../../../../test/support/fake-calendar-api'
import { renderWithSession } from '../../../../../test/support/render-with-session'
import StaffCalendarPage from './index'

const AFTER_THE_BUNDLED_YEARS = new Date('2026-12-06T10:00:00+08:00')
const field = (name: RegExp) => screen.getByRole('textbox', { name })

describe('节假日安排 (admin)', () => {
  it('lists the years known, and loads the next one typed line by line as the notice gives it', async () => {
    const api = createFakeCalendarApi({ today: '2026-12-06', admin: ADMIN.token })
    renderWithSession(<StaffCalendarPage />, { transport: api.transport, session: ADMIN, now: AFTER_THE_BUNDLED_YEARS })

    const years = await screen.findByRole('region', { name: '已有的年份' })
    expect(within(years).getByRole('status').textContent).toBe('已覆盖到 2026-12-31')
    expect(
      within(years)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([expect.stringContaining('2025'), expect.stringContaining('2026')])
    expect((field(/^年份/) as HTMLInputElement).value).toBe('2027')

    await userEvent.type(field(/^放假/), '元旦 2027-01-01{enter}春节 2027-02-06 2027-02-13')
    await userEvent.type(field(/^调休上班/), '春节 2027-02-14')
    await userEvent.click(screen.getByRole('button', { name: '保存这一年' }))

    await waitFor(() => expect(screen.getByText('2027 年的安排已保存')).toBeTruthy())
    expect(api.loaded).toEqual([expect.objectContaining({ year: 2027, workdays: [{ name: '春节', date: '2027-02-14' }] })])
    await waitFor(() => expect(within(years).getByRole('status').textContent).toBe('已覆盖到 2027-12-31'))
  })

  it('says which line is wrong, before sending and from the API’s answer', async () => {
    const api = createFakeCalendarApi({ today: '2026-12-06', admin: ADMIN.token })
    renderWithSession(<StaffCalendarPage />, { transport: api.transport, session: ADMIN, now: AFTER_THE_BUNDLED_YEARS })
    await screen.findByRole('region', { name: '已有的年份' })

    await userEvent.type(field(/^放假/), '元旦 一月一日')
    await userEvent.click(screen.getByRole('button', { name: '保存这一年' }))
    expect(screen.getByRole('alert').textContent).toContain('第 1 行：放假')
    expect(api.requests.filter((r) => r.startsWith('PUT'))).toEqual([])

    await userEvent.clear(field(/^放假/))
    await userEvent.type(field(/^放假/), '元旦 2027-01-01{enter}春节 2028-02-06 2028-02-13')
    await userEvent.click(screen.getByRole('button', { name: '保存这一年' }))
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('第 2 行：放假（每行：名称 开始日期 结束日期）：须在 2027 年内'),
    )
    expect(api.loaded).toEqual([])
  })

  it('is for the district admin only', () => {
    renderWithSession(<StaffCalendarPage />, {
      transport: createFakeCalendarApi({ today: '2026-12-06', admin: ADMIN.token }).transport,
      session: ANSWERER,
    })
    expect(screen.getByText('您的账号不能使用这个页面')).toBeTruthy()
  })
})
