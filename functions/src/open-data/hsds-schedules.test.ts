import type { ServiceSession } from '@doorstep/shared'
import { describe, expect, it } from 'vitest'
import { sessionCapacity, sessionSchedule, upcomingSessions, weekdaysLabel } from './hsds-schedules'
import { hsdsId } from './stable-ids'

const session: ServiceSession = {
  id: 'ses-outreach-pingjiang-20261215',
  serviceId: 'svc-policy-outreach',
  serviceName: '政策宣讲进社区',
  categoryId: 'policy',
  title: '社保政策进社区·平江专场',
  startsAt: '2026-12-15T14:00',
  endsAt: '2026-12-15T15:30',
  signUpBy: '2026-12-14T17:00',
  stationId: 'st-centre-pingjiang',
  stationName: '平江街道便民服务中心人社窗口',
  subDistrict: 'pingjiang',
  capacity: 40,
  confirmed: 31,
  sample: true,
}

describe('weekday labels', () => {
  it('read runs of three or more days as a range, as on a door sign', () => {
    expect(weekdaysLabel(['mon', 'tue', 'wed', 'thu', 'fri'])).toBe('周一至周五')
    expect(weekdaysLabel(['mon', 'wed', 'thu', 'fri', 'sun'])).toBe('周一、周三至周五、周日')
    expect(weekdaysLabel(['sat', 'sun'])).toBe('周六、周日')
  })
})

describe('a session', () => {
  it('is a weekly rule of exactly its day, with its times in Suzhou’s zone and its sign-up deadline in the notes', () => {
    expect(sessionSchedule(session)).toEqual({
      id: hsdsId('schedule', 'session/ses-outreach-pingjiang-20261215'),
      service_id: hsdsId('service', 'svc-policy-outreach'),
      location_id: hsdsId('location', 'st-centre-pingjiang'),
      service_at_location_id: hsdsId('service_at_location', 'svc-policy-outreach@st-centre-pingjiang'),
      valid_from: '2026-12-15',
      valid_to: '2026-12-15',
      dtstart: '2026-12-15',
      until: '2026-12-15',
      freq: 'WEEKLY',
      byday: 'TU',
      opens_at: '14:00+08:00',
      closes_at: '15:30+08:00',
      timezone: 8,
      description: '社保政策进社区·平江专场：2026-12-15 14:00–15:30',
      attending_type: '到站参加，须提前报名',
      notes: '报名截止 2026-12-14 17:00（北京时间）；共 40 个名额。',
    })
  })

  it('counts its places left at the moment they were read', () => {
    const readAt = new Date('2026-12-07T01:00:00.000Z')
    expect(sessionCapacity(session, readAt)).toMatchObject({
      available: 9,
      maximum: 40,
      updated: '2026-12-07T01:00:00.000Z',
      unit: { name: '名额' },
    })
  })

  it('is upcoming until the minute it starts, on Suzhou’s clock', () => {
    expect(upcomingSessions([session], new Date('2026-12-15T13:59:00+08:00'))).toHaveLength(1)
    expect(upcomingSessions([session], new Date('2026-12-15T14:00:00+08:00'))).toHaveLength(0)
  })
})
