/** Referrals through HTTP on dynalite: a grid worker sends a resident to a station; the station's staff answer it. */
import { beforeAll, describe, expect, it } from 'vitest'
import { bearer, call, signInStaff } from '../../test/http'
import { idempotencyKey } from '../../test/messages'

const fieldsOf = (body: { errors?: Array<{ path: string }> }) => (body.errors ?? []).map((e) => e.path).sort()

let grid: string
let otherGrid: string
let pingjiang: string
let huqiu: string
let bankDesk: string
let admin: string
beforeAll(async () => {
  const tokens = await Promise.all(
    ['grid.pingjianglu', 'grid.guanqian', 'answerer.pingjiang', 'answerer.huqiu', 'desk.boc', 'admin'].map(
      async (u) => (await signInStaff(u)).token,
    ),
  )
  ;[grid, otherGrid, pingjiang, huqiu, bankDesk, admin] = tokens as [string, string, string, string, string, string]
})

const referral = (overrides: Record<string, unknown> = {}) => ({
  stationId: 'st-pingjiang-pingjianglu',
  topic: '失业登记',
  text: '居民刚失业，想问失业金怎么领，请站里专员联系。',
  resident: { name: '赵先生', phone: '13800001111', consent: true },
  ...overrides,
})
const refer = (token: string, body: unknown, key = idempotencyKey()) =>
  call('POST', '/v1/admin/referrals', { body, headers: { ...bearer(token), 'idempotency-key': key } })
const list = (token: string, query = '') => call('GET', `/v1/admin/referrals${query}`, { headers: bearer(token) })
const answer = (token: string, id: string, body: unknown) =>
  call('POST', `/v1/admin/referrals/${id}/outcome`, { body, headers: bearer(token) })
const ids = async (token: string, query = '') => (await list(token, query)).body.items.map((r: { id: string }) => r.id)

describe('referrals', () => {
  it('land in the station’s sub-district queue with a deadline, once per Idempotency-Key, and only with consent', async () => {
    const key = idempotencyKey()
    const made = await refer(grid, referral(), key)
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    expect(made.body).toMatchObject({ subDistrict: 'pingjiang', status: 'open', overdue: false, gridId: 'st-pingjiang-pingjianglu-w01' })
    expect(Date.parse(made.body.dueAt)).toBeGreaterThan(Date.now() + 24 * 3600_000)
    expect((await refer(grid, referral(), key)).body.id).toBe(made.body.id)
    expect((await refer(grid, referral({ topic: '别的事' }), key)).status).toBe(409)
    expect(fieldsOf((await refer(grid, referral({ resident: { name: '赵先生', phone: '13800001111' } }))).body)).toEqual([
      'body.resident.consent',
    ])
    expect(fieldsOf((await refer(grid, referral({ stationId: 'no-such-station' }))).body)).toEqual(['body.stationId'])
    expect((await refer(pingjiang, referral())).status).toBe(403)

    expect(await ids(pingjiang)).toContain(made.body.id)
    expect(await ids(grid)).toContain(made.body.id)
    expect(await ids(otherGrid)).not.toContain(made.body.id)
    expect(await ids(huqiu)).not.toContain(made.body.id)
    expect(await ids(bankDesk)).not.toContain(made.body.id)
    expect((await list(huqiu, '?subDistrict=pingjiang')).status).toBe(404)
    expect(fieldsOf((await list(admin)).body)).toEqual(['query.subDistrict'])
    expect(await ids(admin, '?subDistrict=pingjiang')).toContain(made.body.id)
  })

  it('are answered once by staff reaching the station, and the outcome comes back to the grid worker', async () => {
    const { body } = await refer(grid, referral())
    expect((await answer(huqiu, body.id, { outcome: 'resolved', note: '不是我们的' })).status).toBe(404)
    expect((await answer(bankDesk, body.id, { outcome: 'resolved', note: '不是我们的' })).status).toBe(404)
    expect(fieldsOf((await answer(pingjiang, body.id, { outcome: 'maybe', note: 'x' })).body)).toEqual(['body.outcome'])

    const closed = await answer(pingjiang, body.id, { outcome: 'resolved', note: '已电话联系，约好周三来站里办理失业登记' })
    expect(closed.status).toBe(200)
    expect(closed.body).toMatchObject({ status: 'closed', outcome: { outcome: 'resolved', staffId: 'answerer.pingjiang' } })
    expect((await answer(admin, body.id, { outcome: 'unreachable', note: '晚了' })).status).toBe(409)

    const seen = (await list(grid)).body.items.find((r: { id: string }) => r.id === body.id)
    expect(seen).toMatchObject({ status: 'closed', outcome: { outcome: 'resolved', note: '已电话联系，约好周三来站里办理失业登记' } })
  })
})
