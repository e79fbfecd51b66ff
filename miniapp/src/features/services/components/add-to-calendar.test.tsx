import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { Enrollment } from '@doorstep/shared'
import { FULL_SESSION } from '../../../../test/fixtures/services'
import { failNextCalendar, phoneCalendar } from '../../../../test/taro-shim'
// The weapp component itself (the pages' tests resolve the H5 twin, which has no phone calendar).
import { AddToCalendar } from './add-to-calendar.tsx'

const booked: Enrollment = { id: 'enr-1', status: 'confirmed', signedUpAt: '2026-12-01T02:00:00.000Z', session: FULL_SESSION }

describe('加入手机日历 (weapp)', () => {
  it("puts the session in the phone's calendar at Suzhou time, with its place and a reminder an hour before", async () => {
    render(<AddToCalendar enrollment={booked} />)
    await userEvent.click(screen.getByRole('button', { name: `把「${FULL_SESSION.title}」加入手机日历` }))
    expect(await screen.findByRole('status')).toHaveProperty('textContent', '已加入手机日历，开始前 1 小时提醒您')
    expect(phoneCalendar).toEqual([
      {
        title: '防范养老诈骗',
        startTime: Date.parse('2026-12-09T09:30:00+08:00') / 1000,
        endTime: String(Date.parse('2026-12-09T11:00:00+08:00') / 1000),
        location: FULL_SESSION.stationName,
        description: '乐龄学堂 · 家门口的人社服务站',
        alarm: true,
        alarmOffset: 3600,
      },
    ])
  })

  it('says nothing when the person closes WeChat’s prompt, and says so when the phone refuses', async () => {
    render(<AddToCalendar enrollment={booked} />)
    const button = screen.getByRole('button', { name: /加入手机日历/ })
    failNextCalendar('cancel')
    await userEvent.click(button)
    expect(screen.queryByRole('status')).toBeNull()
    expect(screen.queryByRole('alert')).toBeNull()
    failNextCalendar('auth deny')
    await userEvent.click(button)
    expect((await screen.findByRole('alert')).textContent).toBe('没能加入手机日历，请在手机日历里自己添加')
    expect(phoneCalendar).toEqual([])
  })
})
