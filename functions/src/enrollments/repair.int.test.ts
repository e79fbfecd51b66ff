/**
 * A sign-up killed between its writes (the Lambda times out, the container dies) is written here exactly as the
 * request leaves it at each step, on the test dynalite; then the staff roster, and the sweep the schedule runs
 * every minute, must each finish it: nobody stays 处理中, no seat is lost or doubled.
 */
import type { Roster } from '@doorstep/shared'
import { describe, expect, inject, it } from 'vitest'
import { bearer, call, signInStaff, signInUser } from '../../test/http'
import { createSession } from '../../test/sessions'
import { createDocumentClient } from '../core/db/client'
import { EnrollmentRepository } from './enrollment-repository'
import { SeatLedger } from './seat-ledger'
import { SessionRepository } from '../sessions/repository'

const db = createDocumentClient(inject('dynamoEndpoint'))
const table = inject('stackEnv').ENROLLMENTS_TABLE!
const sessions = new SessionRepository(db, table)
const enrollments = new EnrollmentRepository(db, table)
const ledger = new SeatLedger(sessions, enrollments)

type Crash = 'after the enrollment' | 'after the sequence' | 'after the seat'

/** The state a sign-up's request leaves when killed after the named step (seat-ledger.ts, steps 1–3). */
async function crashedSignUp(sessionId: string, userId: string, crash: Crash, signedUpAt = new Date()): Promise<void> {
  await enrollments.createPending({ sessionId, userId, displayName: `中断-${crash}`, signedUpAt: signedUpAt.toISOString() })
  if (crash === 'after the enrollment') return
  const sequence = await enrollments.keepSequence(sessionId, userId, await sessions.drawSequence(sessionId))
  if (crash === 'after the sequence') return
  expect(await sessions.takeSeat(sessionId, userId, sequence)).not.toBe('full')
}

async function people(count: number) {
  return Promise.all(Array.from({ length: count }, async (_, i) => (await signInUser(`repair-${Date.now()}-${i}`)).userId))
}

const statusesOf = async (sessionId: string, userIds: string[]) =>
  Promise.all(userIds.map(async (userId) => (await enrollments.get(sessionId, userId))?.status))

describe('sign-ups a crash left pending', () => {
  it('are placed by the next roster read: seats taken stay, free seats fill, the rest wait; none shows 处理中', async () => {
    const { id } = await createSession({ capacity: 2, title: '中断报名（名单）' })
    const [seated, bare, late] = await people(3)
    await crashedSignUp(id, seated!, 'after the seat')
    await crashedSignUp(id, bare!, 'after the enrollment')
    await crashedSignUp(id, late!, 'after the sequence')

    const res = await call<Roster>('GET', `/v1/admin/sessions/${id}/roster`, { headers: bearer((await signInStaff('admin')).token) })
    expect(res.status).toBe(200)
    const byName = Object.fromEntries(res.body.entries.map((e) => [e.displayName, e.status]))
    expect(byName).toEqual({
      '中断-after the seat': 'confirmed',
      '中断-after the enrollment': expect.any(String),
      '中断-after the sequence': expect.any(String),
    })
    expect(res.body.entries.map((e) => e.status).sort()).toEqual(['confirmed', 'confirmed', 'waitlisted'])
    expect(res.body.session.confirmed).toBe(2)
    expect(await statusesOf(id, [seated!, bare!, late!])).not.toContain('pending')
  })

  it('are placed by the sweep, older ones only, and each leaves the pending list', async () => {
    const { id } = await createSession({ capacity: 1, title: '中断报名（巡检）' })
    const [first, second, fresh] = await people(3)
    const minuteAgo = new Date(Date.now() - 60_000)
    await crashedSignUp(id, first!, 'after the sequence', minuteAgo)
    await crashedSignUp(id, second!, 'after the enrollment', minuteAgo)
    await crashedSignUp(id, fresh!, 'after the enrollment')

    const repaired = await ledger.repairPending(new Date(Date.now() - 5_000))
    const mine = repaired.filter((e) => e.sessionId === id)
    expect(mine.map((e) => [e.userId, e.status])).toEqual([
      [first, 'confirmed'],
      [second, 'waitlisted'],
    ])
    expect(await statusesOf(id, [first!, second!, fresh!])).toEqual(['confirmed', 'waitlisted', 'pending'])
    const stillListed = (await enrollments.pendingSince(new Date(Date.now() + 1000).toISOString(), 1000)).filter((e) => e.sessionId === id)
    expect(stillListed).toEqual([{ sessionId: id, userId: fresh }])
    expect((await sessions.get(id))!.confirmed).toBe(1)
    expect((await ledger.repairPending(new Date(Date.now() - 5_000))).filter((e) => e.sessionId === id)).toEqual([])
  })

  it('lists a cancelled sign-up taken up again as pending until it is placed', async () => {
    const { id } = await createSession({ capacity: 5, title: '中断报名（重新报名）' })
    const [person] = await people(1)
    await crashedSignUp(id, person!, 'after the seat')
    await ledger.place((await enrollments.get(id, person!))!)
    await ledger.cancel(id, person!)
    await enrollments.reopen(id, person!, new Date(Date.now() - 60_000))

    expect((await enrollments.pendingSince(new Date().toISOString(), 1000)).filter((e) => e.sessionId === id)).toEqual([
      { sessionId: id, userId: person },
    ])
    await ledger.repairPending(new Date(Date.now() - 5_000))
    expect(await statusesOf(id, [person!])).toEqual(['confirmed'])
  })
})
