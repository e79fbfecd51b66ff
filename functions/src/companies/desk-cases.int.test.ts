import type { CompanySummary, Page } from '@doorstep/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { createCompany } from '../../test/companies'
import { bearer, call, signInStaff, signInUser } from '../../test/http'

let owner: string
let bankDesk: string
let sujinDesk: string
let admin: string
beforeAll(async () => {
  owner = (await signInUser('desk-list-owner')).token
  bankDesk = (await signInStaff('desk.boc')).token
  sujinDesk = (await signInStaff('desk.sujin')).token
  admin = (await signInStaff('admin')).token
})

const deskList = (token: string, query = '') => call<Page<CompanySummary>>('GET', `/v1/admin/companies${query}`, { headers: bearer(token) })

describe('the staff desk list', () => {
  it('shows a station desk the cases at its station, newest first, with progress', async () => {
    const older = await createCompany(owner, { name: '银行网点老户' })
    const newer = await createCompany(owner, { name: '银行网点新户', subDistrict: 'sujin' })
    const res = await deskList(bankDesk, '?limit=50')
    expect(res.status).toBe(200)
    const ids = res.body.items.map((c) => c.id)
    expect(ids.indexOf(newer.id)).toBeGreaterThanOrEqual(0)
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id))
    expect(res.body.items.every((c) => c.stationId === 'fp-boc-gusu')).toBe(true)
    expect(res.body.items.find((c) => c.id === newer.id)).toMatchObject({ subDistrict: 'sujin', progress: { done: 1, total: 9 } })
  })

  it('shows a sub-district desk its sub-district, wherever the company goes to the desk', async () => {
    const atBank = await createCompany(owner, { subDistrict: 'sujin' })
    const noStation = await createCompany(owner, { subDistrict: 'sujin', stationId: undefined })
    const elsewhere = await createCompany(owner, { subDistrict: 'pingjiang', stationId: undefined })
    const ids = (await deskList(sujinDesk, '?limit=50')).body.items.map((c) => c.id)
    expect(ids).toEqual(expect.arrayContaining([atBank.id, noStation.id]))
    expect(ids).not.toContain(elsewhere.id)
    expect((await deskList(sujinDesk, '?subDistrict=pingjiang')).status).toBe(404)
  })

  it('makes the district admin choose a sub-district, and pages with a cursor that cannot leave it', async () => {
    const missing = await deskList(admin)
    expect(missing.status).toBe(400)
    expect(missing.body).toMatchObject({ errors: [{ path: 'query.subDistrict' }] })
    await Promise.all([1, 2, 3].map((n) => createCompany(owner, { subDistrict: 'huqiu', stationId: undefined, name: `虎丘公司${n}` })))
    const first = await deskList(admin, '?subDistrict=huqiu&limit=2')
    expect(first.body.items).toHaveLength(2)
    expect(first.body.nextCursor).toBeDefined()
    const second = await deskList(admin, `?subDistrict=huqiu&limit=2&cursor=${first.body.nextCursor}`)
    expect(second.status).toBe(200)
    expect(second.body.items.map((c) => c.id)).not.toContain(first.body.items[0]!.id)
    // the same cursor handed to another sub-district's list
    const steered = await deskList(admin, `?subDistrict=sujin&limit=2&cursor=${first.body.nextCursor}`)
    expect(steered.status).toBe(400)
    expect(steered.body).toMatchObject({ errors: [{ path: 'query.cursor' }] })
  })

  it('refuses residents and answerers', async () => {
    expect((await deskList(owner)).status).toBe(403)
    expect((await deskList((await signInStaff('answerer.huqiu')).token, '?subDistrict=huqiu')).status).toBe(403)
  })
})
