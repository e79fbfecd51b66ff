/** 用工管家 through HTTP on dynalite: assigning, a steward's own companies only, visits, steps and the dashboard. */
import { beforeAll, describe, expect, it } from 'vitest'
import { bearer, call, signInStaff, signInUser } from '../../test/http'
import { anEmployee, createCompany } from '../../test/companies'

let run = 0
const freshOwner = () => signInUser(`steward-owner-${Date.now()}-${run++}`)
const fieldsOf = (body: { errors?: Array<{ path: string }> }) => (body.errors ?? []).map((e) => e.path).sort()

let sujinDesk: string
let bankDesk: string
let steward: string
let otherGrid: string
let admin: string
beforeAll(async () => {
  const tokens = await Promise.all(
    ['desk.sujin', 'desk.boc', 'grid.pingjianglu', 'grid.guanqian', 'admin'].map(async (u) => (await signInStaff(u)).token),
  )
  ;[sujinDesk, bankDesk, steward, otherGrid, admin] = tokens as [string, string, string, string, string]
})

const inSujin = { subDistrict: 'sujin' as const, stationId: undefined }
const assign = (token: string, id: string, body: unknown) =>
  call('PUT', `/v1/admin/companies/${id}/steward`, { body, headers: bearer(token) })
const mine = async (token: string) =>
  (await call('GET', '/v1/admin/stewardships', { headers: bearer(token) })).body.items.map((c: { id: string }) => c.id)

describe('用工管家', () => {
  it('is assigned by desk staff in scope; the company sees the name and contact; only their own companies are theirs', async () => {
    const owner = await freshOwner()
    const company = await createCompany(owner.token, inSujin)

    expect((await assign(bankDesk, company.id, { staffId: 'grid.pingjianglu', contact: '13812345678' })).status).toBe(404)
    expect(fieldsOf((await assign(sujinDesk, company.id, { staffId: 'answerer.huqiu', contact: '13812345678' })).body)).toEqual([
      'body.staffId',
    ])
    expect(fieldsOf((await assign(sujinDesk, company.id, { staffId: 'nobody.here', contact: '13812345678' })).body)).toEqual([
      'body.staffId',
    ])
    expect((await assign(steward, company.id, { staffId: 'grid.pingjianglu', contact: '13812345678' })).status).toBe(403)

    const assigned = await assign(sujinDesk, company.id, { staffId: 'grid.pingjianglu', contact: '13812345678' })
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200)
    expect(assigned.body.steward).toMatchObject({
      staffId: 'grid.pingjianglu',
      name: '平江路社区第1网格网格员（示例）',
      contact: '13812345678',
    })
    const seenByOwner = await call('GET', `/v1/companies/${company.id}`, { headers: bearer(owner.token) })
    expect(seenByOwner.body.steward).toMatchObject({ name: '平江路社区第1网格网格员（示例）', contact: '13812345678' })

    expect(await mine(steward)).toContain(company.id)
    expect(await mine(otherGrid)).not.toContain(company.id)
    expect((await call('GET', `/v1/companies/${company.id}`, { headers: bearer(steward) })).status).toBe(200)
    expect((await call('GET', `/v1/companies/${company.id}`, { headers: bearer(otherGrid) })).status).toBe(404)
    expect(
      (await call('POST', `/v1/companies/${company.id}/visits`, { body: { did: ['contract'], text: '上门' }, headers: bearer(otherGrid) }))
        .status,
    ).toBe(404)
  })

  it('logs a visit, completes a step it helped with, and shows on the dashboard with how far its companies got', async () => {
    const owner = await freshOwner()
    const company = await createCompany(owner.token, inSujin)
    expect((await assign(admin, company.id, { staffId: 'grid.pingjianglu', contact: '0512-65123456' })).status).toBe(200)

    const visit = await call('POST', `/v1/companies/${company.id}/visits`, {
      body: { did: ['contract', 'roster'], text: '帮助企业起草劳动合同，建立职工名册' },
      headers: bearer(steward),
    })
    expect(visit.status, JSON.stringify(visit.body)).toBe(200)
    expect(visit.body.notes.at(-1)).toMatchObject({
      by: { kind: 'staff', id: 'grid.pingjianglu' },
      visit: { did: ['contract', 'roster'] },
      text: '走访：合同签订、职工名册。帮助企业起草劳动合同，建立职工名册',
    })
    expect(
      fieldsOf(
        (await call('POST', `/v1/companies/${company.id}/visits`, { body: { did: ['lunch'], text: 'x' }, headers: bearer(steward) })).body,
      ),
    ).toEqual(['body.did.0'])

    const employee = await call('POST', `/v1/companies/${company.id}/employees`, { body: anEmployee(), headers: bearer(steward) })
    expect(employee.status, JSON.stringify(employee.body)).toBe(201)
    const step = await call('POST', `/v1/companies/${company.id}/steps/labour-contract/complete`, { body: {}, headers: bearer(steward) })
    expect(step.status, JSON.stringify(step.body)).toBe(200)
    expect(step.body.steps.find((s: { id: string }) => s.id === 'labour-contract')).toMatchObject({
      status: 'done',
      completedBy: { id: 'grid.pingjianglu' },
    })

    const figures = await call('GET', '/v1/admin/companies/dashboard?subDistrict=sujin', { headers: bearer(sujinDesk) })
    const row = figures.body.stewards.find((r: { staffId: string }) => r.staffId === 'grid.pingjianglu')
    expect(row).toMatchObject({ name: '平江路社区第1网格网格员（示例）' })
    expect(row.companies).toBeGreaterThanOrEqual(2)
    expect(row.percent).toBeGreaterThan(0)
  })

  it('moves a company to the new steward’s list when it is handed over', async () => {
    const owner = await freshOwner()
    const company = await createCompany(owner.token, inSujin)
    expect((await assign(sujinDesk, company.id, { staffId: 'grid.pingjianglu', contact: '13812345678' })).status).toBe(200)
    expect((await assign(sujinDesk, company.id, { staffId: 'grid.guanqian', contact: '13812345679' })).status).toBe(200)
    expect(await mine(otherGrid)).toContain(company.id)
    expect(await mine(steward)).not.toContain(company.id)
    expect((await call('GET', `/v1/companies/${company.id}`, { headers: bearer(steward) })).status).toBe(404)
  })
})
