import type { Enrollment, Roster } from '@doorstep/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { bearer, call, signInStaff, signInUser } from '../../test/http'
import { createSession, shanghaiDay } from '../../test/sessions'

let admin: string
beforeAll(async () => {
  admin = (await signInStaff('admin')).token
})

const enroll = (sessionId: string, token: string) =>
  call<Enrollment>('POST', `/v1/sessions/${sessionId}/enrollments`, { headers: bearer(token) })
const roster = async (sessionId: string, token = admin) =>
  (await call<Roster>('GET', `/v1/admin/sessions/${sessionId}/roster`, { headers: bearer(token) })).body

describe('signing up as a resident', () => {
  it('confirms, answers a retry with the same enrollment, lists it in 我的报名, cancels and signs up again', async () => {
    const session = await createSession({ capacity: 2 })
    const wang = await signInUser('flow-wang')

    const first = await enroll(session.id, wang.token)
    expect(first.status).toBe(201)
    expect(first.body).toMatchObject({ id: `${session.id}.${wang.userId}`, status: 'confirmed', session: { id: session.id, confirmed: 1 } })
    const retry = await enroll(session.id, wang.token)
    expect(retry.status).toBe(200)
    expect(retry.body.id).toBe(first.body.id)

    const mine = await call<{ items: Enrollment[] }>('GET', '/v1/me/enrollments', { headers: bearer(wang.token) })
    expect(mine.body.items.map((e) => [e.session.id, e.status])).toContainEqual([session.id, 'confirmed'])

    const cancelled = await call<Enrollment>('DELETE', `/v1/enrollments/${first.body.id}`, { headers: bearer(wang.token) })
    expect(cancelled.status).toBe(200)
    expect(cancelled.body).toMatchObject({ status: 'cancelled', session: { confirmed: 0 } })

    const again = await enroll(session.id, wang.token)
    expect(again.status).toBe(201)
    expect(again.body).toMatchObject({ id: first.body.id, status: 'confirmed' })
  })

  it('waitlists when full, with a place in line, and moves the line up when a seat frees', async () => {
    const session = await createSession({ capacity: 1 })
    const [a, b, c] = await Promise.all(['line-a', 'line-b', 'line-c'].map(signInUser))
    expect((await enroll(session.id, a!.token)).body.status).toBe('confirmed')
    expect((await enroll(session.id, b!.token)).body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 })
    const third = await enroll(session.id, c!.token)
    expect(third.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 })

    await call('DELETE', `/v1/enrollments/${session.id}.${a!.userId}`, { headers: bearer(a!.token) })
    const entries = (await roster(session.id)).entries
    expect(entries.map((e) => [e.displayName, e.status])).toEqual([
      ['line-a', 'cancelled'],
      ['line-b', 'confirmed'],
      ['line-c', 'waitlisted'],
    ])
    const mine = await call<{ items: Enrollment[] }>('GET', '/v1/me/enrollments', { headers: bearer(c!.token) })
    expect(mine.body.items.find((e) => e.session.id === session.id)).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 })
  })

  it('says 报名已截止 after the deadline (Suzhou time), but still shows an existing enrollment', async () => {
    const closed = await createSession({ signUpBy: shanghaiDay(-1, '17:00') })
    const li = await signInUser('flow-li')
    const res = await call('POST', `/v1/sessions/${closed.id}/enrollments`, { headers: bearer(li.token) })
    expect(res.status).toBe(409)
    expect(res.body.detail).toBe('报名已截止')
  })

  it('404s an unknown session, 400s a malformed id, and hides other people’s enrollments', async () => {
    const zhao = await signInUser('flow-zhao')
    const qian = await signInUser('flow-qian')
    expect((await enroll('ses-nope', zhao.token)).status).toBe(404)
    const bad = await call('POST', '/v1/sessions/BAD_ID/enrollments', { headers: bearer(zhao.token) })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].path).toBe('path.id')

    const session = await createSession()
    const { body } = await enroll(session.id, zhao.token)
    expect((await call('DELETE', `/v1/enrollments/${body.id}`, { headers: bearer(qian.token) })).status).toBe(404)
    expect((await call('DELETE', '/v1/enrollments/not-an-id', { headers: bearer(qian.token) })).status).toBe(400)
  })
})

describe('staff and sessions', () => {
  it('names each bad field when creating a session', async () => {
    const res = await call('POST', '/v1/admin/sessions', {
      headers: bearer(admin),
      body: {
        serviceId: 'svc-senior-school',
        title: '',
        startsAt: '2026-13-01T09:00',
        endsAt: 'x',
        stationId: 'st-centre-canglang',
        capacity: 0,
        signUpBy: 'y',
      },
    })
    expect(res.status).toBe(422)
    expect([...new Set(res.body.errors.map((e: { path: string }) => e.path))].sort()).toEqual(
      ['body.capacity', 'body.endsAt', 'body.signUpBy', 'body.startsAt', 'body.title'].sort(),
    )
  })

  it('refuses a station that does not offer the service (422) and one outside the desk’s scope (404)', async () => {
    const base = {
      serviceId: 'svc-talent-experience',
      title: '体验日',
      startsAt: shanghaiDay(5, '09:00'),
      endsAt: shanghaiDay(5, '12:00'),
      capacity: 10,
      signUpBy: shanghaiDay(4, '12:00'),
    }
    const offNot = await call('POST', '/v1/admin/sessions', { headers: bearer(admin), body: { ...base, stationId: 'st-centre-canglang' } })
    expect(offNot.status).toBe(422)
    expect(offNot.body.errors[0].path).toBe('body.stationId')
    const { token: bocDesk } = await signInStaff('desk.boc')
    const outside = await call('POST', '/v1/admin/sessions', {
      headers: bearer(bocDesk),
      body: { ...base, stationId: 'fp-talent-station' },
    })
    expect(outside.status).toBe(404)
  })

  it('will not shrink a session below the seats taken, and promotes when seats are added', async () => {
    const session = await createSession({ capacity: 2 })
    const people = await Promise.all(['cap-a', 'cap-b', 'cap-c'].map(signInUser))
    for (const person of people) await enroll(session.id, person.token)
    const {
      id: _id,
      serviceId: _s,
      serviceName: _n,
      categoryId: _c,
      stationName: _sn,
      subDistrict: _sd,
      confirmed: _cf,
      sample: _sa,
      ...edit
    } = session
    const shrink = await call('PUT', `/v1/admin/sessions/${session.id}`, { headers: bearer(admin), body: { ...edit, capacity: 1 } })
    expect(shrink.status).toBe(409)
    const grow = await call('PUT', `/v1/admin/sessions/${session.id}`, { headers: bearer(admin), body: { ...edit, capacity: 3 } })
    expect(grow.status).toBe(200)
    expect(grow.body.confirmed).toBe(3)
    expect((await roster(session.id)).entries.every((e) => e.status === 'confirmed')).toBe(true)
  })

  it('marks attendance for confirmed people only, and exports the roster as RFC 4180 CSV', async () => {
    const session = await createSession({ capacity: 1 })
    const [sun, zhou] = await Promise.all(['attend-sun', 'attend-zhou'].map(signInUser))
    const confirmed = (await enroll(session.id, sun!.token)).body
    const waiting = (await enroll(session.id, zhou!.token)).body
    const mark = (id: string) => call('PUT', `/v1/admin/enrollments/${id}/attendance`, { headers: bearer(admin), body: { attended: true } })
    expect((await mark(confirmed.id)).status).toBe(200)
    expect((await mark(waiting.id)).status).toBe(409)

    const csv = await call('GET', `/v1/admin/sessions/${session.id}/roster.csv`, { headers: bearer(admin) })
    expect(csv.status).toBe(200)
    expect(csv.contentType).toBe('text/csv; charset=utf-8')
    // (fetch's text() drops the byte-order mark the export starts with)
    expect(csv.body).toBe(
      '序号,姓名,状态,报名时间,签到\r\n' +
        `1,attend-sun,已报名,${confirmed.signedUpAt},已签到\r\n` +
        `2,attend-zhou,候补,${waiting.signedUpAt},\r\n`,
    )
  })
})
