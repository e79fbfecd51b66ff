/** Sign-ups on a resident's behalf through HTTP on dynalite: by a grid worker, claimed later into the resident's account. */
import { beforeAll, describe, expect, it } from 'vitest'
import { bearer, call, signInStaff, signInUser } from '../../test/http'
import { idempotencyKey } from '../../test/messages'
import { createSession } from '../../test/sessions'

let run = 0
const freshResident = () => signInUser(`on-behalf-${Date.now()}-${run++}`)
const fieldsOf = (body: { errors?: Array<{ path: string }> }) => (body.errors ?? []).map((e) => e.path).sort()

let grid: string
let answerer: string
let admin: string
beforeAll(async () => {
  const tokens = await Promise.all(['grid.pingjianglu', 'answerer.pingjiang', 'admin'].map(async (u) => (await signInStaff(u)).token))
  ;[grid, answerer, admin] = tokens as [string, string, string]
})

const resident = { residentName: '王秀英', residentPhone: '137-1234-0969', consent: true }
const signUpFor = (token: string, sessionId: string, body: unknown, key = idempotencyKey()) =>
  call('POST', `/v1/admin/sessions/${sessionId}/enrollments`, { body, headers: { ...bearer(token), 'idempotency-key': key } })
const claim = (token: string, body: unknown) => call('POST', '/v1/me/enrollments/claim', { body, headers: bearer(token) })

describe('signing a resident up on their behalf', () => {
  it('takes a seat in the resident’s name, once per Idempotency-Key, with a code to claim it by', async () => {
    const session = await createSession({ title: '代报名场次', capacity: 5 })
    const key = idempotencyKey()
    const first = await signUpFor(grid, session.id, resident, key)
    expect(first.status, JSON.stringify(first.body)).toBe(201)
    expect(first.body).toMatchObject({ status: 'confirmed', residentName: '王秀英', residentPhone: '13712340969' })
    expect(first.body.claimCode).toMatch(/^\d{6}$/)

    const again = await signUpFor(grid, session.id, resident, key)
    expect(again.status).toBe(200)
    expect(again.body).toMatchObject({ id: first.body.id, claimCode: first.body.claimCode })
    expect(fieldsOf((await signUpFor(grid, session.id, { ...resident, residentName: '李四' }, key)).body)).toEqual([
      'header.Idempotency-Key',
    ])
    expect(fieldsOf((await signUpFor(grid, session.id, { residentName: '王秀英', residentPhone: '13712340969' })).body)).toEqual([
      'body.consent',
    ])
    expect((await signUpFor(answerer, session.id, resident)).status).toBe(403)

    const roster = await call('GET', `/v1/admin/sessions/${session.id}/roster`, { headers: bearer(admin) })
    expect(roster.body.entries.map((e: { displayName: string }) => e.displayName)).toEqual(['王秀英'])
    expect(roster.body.session.confirmed).toBe(1)
  })

  it('is claimed by the resident with the code and their phone, then listed and cancellable in their account', async () => {
    const session = await createSession({ title: '代报名领取场次', capacity: 5 })
    const made = (await signUpFor(grid, session.id, resident)).body
    const [owner, stranger] = await Promise.all([freshResident(), freshResident()])

    expect(fieldsOf((await claim(owner.token, { code: made.claimCode, phone: '13700000000' })).body)).toEqual(['body.code'])
    const wrongCode = made.claimCode === '000000' ? '000001' : '000000'
    expect((await claim(owner.token, { code: wrongCode, phone: '13712340969' })).status).toBe(422)

    const claimed = await claim(owner.token, { code: made.claimCode, phone: '13712340969' })
    expect(claimed.status, JSON.stringify(claimed.body)).toBe(200)
    expect(claimed.body).toMatchObject({ id: made.id, status: 'confirmed' })
    expect((await claim(owner.token, { code: made.claimCode, phone: '137 1234 0969' })).status).toBe(200)
    expect((await claim(stranger.token, { code: made.claimCode, phone: '13712340969' })).status).toBe(409)

    const mine = await call('GET', '/v1/me/enrollments', { headers: bearer(owner.token) })
    expect(mine.body.items.map((e: { id: string }) => e.id)).toContain(made.id)
    expect((await call('DELETE', `/v1/enrollments/${made.id}`, { headers: bearer(stranger.token) })).status).toBe(404)
    const cancelled = await call('DELETE', `/v1/enrollments/${made.id}`, { headers: bearer(owner.token) })
    expect(cancelled.status).toBe(200)
    expect(cancelled.body).toMatchObject({ status: 'cancelled', session: { confirmed: 0 } })
  })
})
