import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { OPEN_SESSION } from '../../../../../test/fixtures/services'
import { createFakeDemandsApi } from '../../../../../test/support/fake-demands-api'
import { renderWithSession } from '../../../../../test/support/render-with-session'
import { ROUTES } from '@/shared/navigation/routes'
import AnsweredDemandsPage from './index'

const at = '2026-11-20T02:00:00Z'

describe('你提的需求，我们这样办了 page', () => {
  it('shows each decided demand with its public trail, and signs people up for what it became', async () => {
    const fake = createFakeDemandsApi({ people: {} })
    fake.demands.push(
      {
        id: 'dm-1',
        topic: '老年人手机课',
        summary: '老人想学用手机查社保',
        subDistrict: 'pingjiang',
        status: 'scheduled',
        reports: 8,
        firstReportedAt: at,
        trail: [
          { status: 'assessing', at },
          { status: 'adopted', at, note: '纳入下月老年大学课程' },
          { status: 'scheduled', at },
        ],
        result: {
          kind: 'session',
          sessionId: OPEN_SESSION.id,
          serviceId: OPEN_SESSION.serviceId,
          title: OPEN_SESSION.title,
          startsAt: OPEN_SESSION.startsAt,
        },
        messageIds: [],
        fieldDemandIds: [],
        staffTrail: [],
      },
      {
        id: 'dm-2',
        topic: '夜间窗口',
        summary: '希望晚上能办',
        subDistrict: 'huqiu',
        status: 'declined',
        reports: 2,
        firstReportedAt: at,
        trail: [
          { status: 'assessing', at },
          { status: 'declined', at, note: '可在苏州人社 App 线上办理' },
        ],
        messageIds: [],
        fieldDemandIds: [],
        staffTrail: [],
      },
    )
    renderWithSession(<AnsweredDemandsPage />, { transport: fake.transport })
    const [scheduled, declined] = await screen.findAllByRole('listitem')
    expect(scheduled!.textContent).toContain('8 人次反映')
    expect(scheduled!.textContent).toContain('已采纳：纳入下月老年大学课程')
    expect(scheduled!.textContent).toContain(`已安排：${OPEN_SESSION.title}`)
    expect(declined!.textContent).toContain('不采纳：可在苏州人社 App 线上办理')
    expect(within(declined!).queryByRole('button', { name: '去报名' })).toBeNull()
    await userEvent.click(within(scheduled!).getByRole('button', { name: '去报名' }))
    expect(window.location.hash).toBe(`#${ROUTES.serviceDetail(OPEN_SESSION.serviceId)}`)
  })

  it('says when nothing has been answered yet', async () => {
    renderWithSession(<AnsweredDemandsPage />, { transport: createFakeDemandsApi({ people: {} }).transport })
    expect(await screen.findByText('还没有公开的需求答复')).toBeTruthy()
  })
})
