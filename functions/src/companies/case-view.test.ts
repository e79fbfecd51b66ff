import { ONBOARDING_TEMPLATE } from '@doorstep/shared'
import { describe, expect, it } from 'vitest'
import { toCompanyCase } from './case-view'
import type { CaseRecord } from './keys'

const base: CaseRecord = {
  id: 'c1',
  ownerId: 'u1',
  name: '示例公司',
  creditCode: '91350100M000100Y43',
  legalRepresentative: '张三',
  subDistrict: 'canglang',
  address: '人民路 1 号',
  contactPhone: '13712340969',
  foundedOn: '2026-11-01',
  expectedHeadcount: 3,
  createdAt: '2026-11-02T01:00:00.000Z',
  steps: { 'business-licence': { completedAt: '2026-11-02T01:00:00.000Z', completedBy: { kind: 'owner', id: 'u1' } } },
  version: 1,
}
const DESK = { kind: 'station', stationId: 'st-centre-canglang', name: '沧浪街道便民服务中心人社窗口' } as const
const view = (record: Partial<CaseRecord>, now = '2026-11-10T02:00:00.000Z') =>
  toCompanyCase({ ...base, ...record }, ONBOARDING_TEMPLATE, 0, new Date(now), DESK)

describe('a case as people see it', () => {
  it('names the case’s own desk for every desk step, and keeps online steps online', () => {
    const steps = view({}).steps
    expect(steps.filter((s) => s.where.kind === 'station').map((s) => s.where)).toEqual(Array(7).fill(DESK))
    expect(steps.filter((s) => s.where.kind === 'online').map((s) => s.id)).toEqual(['business-licence', 'employee-roster'])
  })

  it('measures from the first desk step to the last against 15 minutes', () => {
    expect(view({ deskStartedAt: '2026-11-10T02:00:00.000Z', completedAt: '2026-11-10T02:12:30.000Z' }).timing).toEqual({
      promiseMinutes: 15,
      deskStartedAt: '2026-11-10T02:00:00.000Z',
      completedAt: '2026-11-10T02:12:30.000Z',
      elapsedSeconds: 750,
      withinPromise: true,
    })
    expect(view({ deskStartedAt: '2026-11-10T02:00:00.000Z', completedAt: '2026-11-10T02:15:01.000Z' }).timing.withinPromise).toBe(false)
    expect(view({}).timing).toEqual({ promiseMinutes: 15, deskStartedAt: undefined, completedAt: undefined })
  })

  it('runs the clock to now while the case is active, and freezes it once the case is completed', () => {
    const started = { deskStartedAt: '2026-11-10T02:00:00.000Z' }
    const running = view(started, '2026-11-10T02:20:00.000Z')
    expect(running).toMatchObject({ status: 'active', timing: { elapsedSeconds: 1200, withinPromise: false } })
    expect(running).not.toHaveProperty('completedAt')
    const done = { ...started, completedAt: '2026-11-10T02:10:00.000Z' }
    for (const now of ['2026-11-10T02:10:00.000Z', '2026-12-25T00:00:00.000Z'])
      expect(view(done, now)).toMatchObject({
        status: 'completed',
        completedAt: done.completedAt,
        timing: { elapsedSeconds: 600, withinPromise: true },
      })
  })

  it('puts the registration deadline 30 days after founding, on the Suzhou calendar, overdue once past', () => {
    expect(view({}).deadline).toEqual({ dueOn: '2026-12-01', done: false, daysLeft: 21, overdue: false })
    // 2026-12-01T16:30Z is already 2 December in Suzhou
    expect(view({}, '2026-12-01T16:30:00.000Z').deadline).toMatchObject({ daysLeft: -1, overdue: true })
  })

  it('is not overdue once the social-insurance account is open', () => {
    const steps = {
      ...base.steps,
      'social-insurance-account': { completedAt: '2026-12-05T01:00:00.000Z', completedBy: { kind: 'staff', id: 'desk.boc' } },
    } as const
    expect(view({ steps }, '2026-12-20T00:00:00.000Z').deadline).toMatchObject({ done: true, overdue: false })
  })

  it('never shows the owner id or the version', () => {
    const shown = view({})
    expect(shown).not.toHaveProperty('ownerId')
    expect(shown).not.toHaveProperty('version')
    expect(shown.progress).toEqual({ done: 1, total: 9, percent: 11 })
  })
})
