/**
 * The promise of sign-ups: a class of 30 never takes 31. 300 people tap 报名 at once, many tap twice, some
 * retry later; then one confirmed person cancels. Real handlers over HTTP on dynalite, no transactions.
 */
import type { Enrollment, Roster } from '@doorstep/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { bearer, call, signInStaff, signInUser } from '../../test/http'
import { createSession } from '../../test/sessions'

const PEOPLE = 300
const CAPACITY = 30

let sessionId: string
let users: { token: string; userId: string }[]
let adminToken: string
const answers = new Map<number, { status: number; body: Enrollment }[]>()

/** Like the app: a request that got no real answer (5xx, or serverless-offline's Lambda timeout) is sent again. */
const MAX_ATTEMPTS = 6
let unanswered = 0
const enroll = async (person: number) => {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const res = await call<Enrollment>('POST', `/v1/sessions/${sessionId}/enrollments`, { headers: bearer(users[person]!.token) })
    if (res.status < 500 && res.body?.id) {
      answers.set(person, [...(answers.get(person) ?? []), { status: res.status, body: res.body }])
      return
    }
    unanswered++
  }
  throw new Error(`person ${person} got no answer in ${MAX_ATTEMPTS} attempts`)
}

const roster = async () => {
  const res = await call<Roster>('GET', `/v1/admin/sessions/${sessionId}/roster`, { headers: bearer(adminToken) })
  expect(res.status).toBe(200)
  return res.body
}

beforeAll(async () => {
  sessionId = (await createSession({ capacity: CAPACITY, title: '并发报名测试' })).id
  adminToken = (await signInStaff('admin')).token
  // Signing in is setup, not the thing under test: one first (the sign-in function's cold start reads its keys from
  // SSM), then in groups, so the local API is not flooded before the race.
  await signInUser('crowd-warm-up')
  users = []
  for (let first = 0; first < PEOPLE; first += 25) {
    users.push(...(await Promise.all(Array.from({ length: 25 }, (_, i) => signInUser(`crowd-${first + i}`)))))
  }
}, 120_000)

describe(`${PEOPLE} concurrent sign-ups for a ${CAPACITY}-seat session`, () => {
  it('confirms exactly 30, waitlists the rest in order, one enrollment per person, retries included', async () => {
    const started = performance.now()
    // Everyone at once; every third person taps twice at the same moment, every fifth retries once it answered.
    await Promise.all(
      users.map(async (_, person) => {
        await Promise.all(person % 3 === 0 ? [enroll(person), enroll(person)] : [enroll(person)])
        if (person % 5 === 0) await enroll(person)
      }),
    )
    const elapsedMs = performance.now() - started
    const answered = [...answers.values()].flat().length
    console.info(`${PEOPLE} people: ${answered} answered requests + ${unanswered} retried after a timeout, in ${Math.round(elapsedMs)} ms`)

    for (const [person, replies] of answers) {
      for (const reply of replies) expect([200, 201], `person ${person}: ${JSON.stringify(reply.body)}`).toContain(reply.status)
      // 201 once at most: when the creating request timed out, its retry finds the enrollment (200)
      expect(replies.filter((r) => r.status === 201).length, `person ${person} created more than once`).toBeLessThanOrEqual(1)
      expect(new Set(replies.map((r) => r.body.id)).size, `person ${person} got two enrollments`).toBe(1)
      for (const reply of replies) expect(['confirmed', 'waitlisted']).toContain(reply.body.status)
    }

    const { session, entries } = await roster()
    expect(entries).toHaveLength(PEOPLE)
    expect(new Set(entries.map((e) => e.enrollmentId)).size).toBe(PEOPLE)
    expect(entries.filter((e) => e.status === 'confirmed')).toHaveLength(CAPACITY)
    expect(entries.filter((e) => e.status === 'waitlisted')).toHaveLength(PEOPLE - CAPACITY)
    expect(session.confirmed).toBe(CAPACITY)
    expect(new Set(entries.map((e) => e.sequence)).size).toBe(PEOPLE)

    // The waitlist is in sign-up order: position n is the n-th lowest sequence among the waiting.
    const waiting = entries.filter((e) => e.status === 'waitlisted')
    const mine = await Promise.all(
      [0, 1, 2, waiting.length - 1].map(async (index) => {
        const person = users.findIndex((u) => waiting[index]!.enrollmentId.endsWith(u.userId))
        const res = await call<{ items: Enrollment[] }>('GET', '/v1/me/enrollments', { headers: bearer(users[person]!.token) })
        return res.body.items.find((e) => e.session.id === sessionId)!
      }),
    )
    expect(mine.map((e) => [e.status, e.waitlistPosition])).toEqual([
      ['waitlisted', 1],
      ['waitlisted', 2],
      ['waitlisted', 3],
      ['waitlisted', waiting.length],
    ])
  }, 180_000)

  it('promotes exactly one person, the first in line, when a confirmed person cancels', async () => {
    const before = await roster()
    const leaving = before.entries.find((e) => e.status === 'confirmed')!
    const firstInLine = before.entries.find((e) => e.status === 'waitlisted')!
    const owner = users.find((u) => leaving.enrollmentId.endsWith(u.userId))!

    // The cancel is retried at once too: still one promotion.
    const [cancelled, retried] = await Promise.all([
      call<Enrollment>('DELETE', `/v1/enrollments/${leaving.enrollmentId}`, { headers: bearer(owner.token) }),
      call<Enrollment>('DELETE', `/v1/enrollments/${leaving.enrollmentId}`, { headers: bearer(owner.token) }),
    ])
    expect([cancelled.status, retried.status]).toEqual([200, 200])
    expect(cancelled.body.status).toBe('cancelled')

    const after = await roster()
    const status = (id: string) => after.entries.find((e) => e.enrollmentId === id)!.status
    expect(status(leaving.enrollmentId)).toBe('cancelled')
    expect(status(firstInLine.enrollmentId)).toBe('confirmed')
    expect(after.entries.filter((e) => e.status === 'confirmed')).toHaveLength(CAPACITY)
    expect(after.entries.filter((e) => e.status === 'waitlisted')).toHaveLength(PEOPLE - CAPACITY - 1)
    expect(after.session.confirmed).toBe(CAPACITY)
  }, 60_000)
})
