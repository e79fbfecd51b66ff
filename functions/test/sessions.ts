import { readFileSync } from 'node:fs'
import { BUNDLED_CALENDAR, SessionSeries, shanghaiDate, type ServiceSession, type SessionCreate } from '@doorstep/shared'
import * as v from 'valibot'
import { expect, inject } from 'vitest'
import { planSampleSessions, type PlannedSession } from '../src/seed/session-plan'
import { bearer, call, signInStaff } from './http'

/** `YYYY-MM-DDTHH:MM` on Suzhou's calendar, `days` from today. */
export function shanghaiDay(days: number, time: string): string {
  return `${shanghaiDate(new Date(Date.now() + days * 86_400_000))}T${time}`
}

/** A fresh session through the real admin route (the seed's sessions are shared by every test file). */
export async function createSession(overrides: Partial<SessionCreate> = {}, staff = 'admin'): Promise<ServiceSession> {
  const { token } = await signInStaff(staff)
  const body: SessionCreate = {
    serviceId: 'svc-senior-school',
    title: '测试场次',
    startsAt: shanghaiDay(7, '09:30'),
    endsAt: shanghaiDay(7, '11:00'),
    stationId: 'st-centre-canglang',
    capacity: 30,
    signUpBy: shanghaiDay(6, '17:00'),
    ...overrides,
  }
  const res = await call('POST', '/v1/admin/sessions', { body, headers: bearer(token) })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body
}

/** The sample sessions the test stack seeded: the same plan, from the same day, as the seed made. */
export function seededSessions(): PlannedSession[] {
  const series = v.parse(
    v.array(SessionSeries),
    JSON.parse(readFileSync(new URL('../../data/seed/sessions.json', import.meta.url), 'utf8')),
  )
  return planSampleSessions(series, shanghaiDate(new Date(inject('seededAt'))), BUNDLED_CALENDAR)
}
