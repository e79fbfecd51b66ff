/** The roster's CSV import over HTTP, and its all-or-nothing promise when writes fail or race, on dynalite. */
import type { EmployeeImportResult, EmployeeListItem } from '@doorstep/shared'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { anEmployee, createCompany, rosterCsv } from '../../test/companies'
import { bearer, call, signInStaff, signInUser } from '../../test/http'
import type { Caller } from '../core/auth/caller'
import { createDocumentClient } from '../core/db/client'
import { CaseRepository } from './case-repository'
import { EmployeeRepository } from './employee-repository'
import { RosterImport } from './roster-import-service'
import { employeeIdsFromSsm } from './employee-ids'

let owner: { token: string; userId: string }
let bankDesk: string
beforeAll(async () => {
  owner = await signInUser('roster-import-owner')
  bankDesk = (await signInStaff('desk.boc')).token
})

const importCsv = (companyId: string, body: unknown, token: string, query = '', headers: Record<string, string> = {}) =>
  call<EmployeeImportResult & { errors?: { path: string; message: string }[]; detail?: string; status: number }>(
    'POST',
    `/v1/companies/${companyId}/employees/import${query}`,
    typeof body === 'string' ? { rawBody: body, headers: { ...bearer(token), ...headers } } : { body, headers: bearer(token) },
  )
const roster = async (companyId: string, token = owner.token) =>
  (await call<{ items: EmployeeListItem[] }>('GET', `/v1/companies/${companyId}/employees`, { headers: bearer(token) })).body.items

describe('importing the roster from CSV', () => {
  it('imports every row sent as JSON { csv }, in the file order, masked in the list like any employee', async () => {
    const company = await createCompany(owner.token)
    const people = [anEmployee({ name: '甲一' }), anEmployee({ name: '乙二', contractSigned: false, contractEndsOn: undefined })]
    const res = await importCsv(company.id, { csv: rosterCsv(people) }, owner.token)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      imported: 2,
      skipped: 0,
      rows: [
        { row: 2, ok: true },
        { row: 3, ok: true },
      ],
    })
    const items = await roster(company.id)
    expect(items.map((e) => e.name)).toEqual(['甲一', '乙二'])
    expect(items[1]).toMatchObject({ contractSigned: false, idNumberMasked: expect.stringContaining('**********') })
    expect(items[1]).not.toHaveProperty('contractEndsOn')
    expect(JSON.stringify(items)).not.toContain(people[0]!.idNumber)
    expect(items[0]).not.toHaveProperty('importId')
  })

  it('takes the body as text/csv with a BOM, at the desk', async () => {
    const company = await createCompany(owner.token)
    const res = await importCsv(company.id, `\uFEFF${rosterCsv([anEmployee()])}`, bankDesk, '', {
      'content-type': 'text/csv; charset=utf-8',
    })
    expect(res.status).toBe(200)
    expect(res.body.imported).toBe(1)
    expect(await roster(company.id)).toHaveLength(1)
  })

  it('imports nothing when any row is bad (mode=all), answering 422 with the row-by-row report', async () => {
    const company = await createCompany(owner.token)
    const onRoster = anEmployee({ name: '在册' })
    expect((await call('POST', `/v1/companies/${company.id}/employees`, { body: onRoster, headers: bearer(owner.token) })).status).toBe(201)
    const good = anEmployee({ name: '良好' })
    const csv = rosterCsv([good, anEmployee({ idNumber: '110105194912310021', phone: '123' }), onRoster, good])
    const res = await importCsv(company.id, { csv }, owner.token, '?mode=all')
    expect(res.status).toBe(422)
    expect(res.contentType).toMatch(/application\/problem\+json/)
    expect(res.body).toMatchObject({ status: 422, imported: 0, skipped: 4 })
    expect(res.body.rows).toEqual([
      { row: 2, ok: true },
      {
        row: 3,
        ok: false,
        errors: [
          { field: 'idNumber', detail: '身份证号码不正确，请核对' },
          { field: 'phone', detail: expect.any(String) },
        ],
      },
      { row: 4, ok: false, errors: [{ field: 'idNumber', detail: '已在名册中（在册）' }] },
      { row: 5, ok: false, errors: [{ field: 'idNumber', detail: '与第 2 行的身份证号码重复' }] },
    ])
    expect(res.body.errors!.map((e) => e.path)).toEqual(['rows.3.idNumber', 'rows.3.phone', 'rows.4.idNumber', 'rows.5.idNumber'])
    expect((await roster(company.id)).map((e) => e.name)).toEqual(['在册'])
  })

  it('imports the good rows and reports the bad ones with mode=valid', async () => {
    const company = await createCompany(owner.token)
    const csv = rosterCsv([anEmployee({ name: '好甲' }), anEmployee({ name: '', hiredOn: '2026-02-30x' }), anEmployee({ name: '好乙' })])
    const res = await importCsv(company.id, { csv }, owner.token, '?mode=valid')
    expect(res.status).toBe(200)
    expect(res.body.imported).toBe(2)
    expect(res.body.skipped).toBe(1)
    expect(res.body.rows[1]).toEqual({
      row: 3,
      ok: false,
      errors: [
        { field: 'name', detail: '不能为空' },
        { field: 'hiredOn', detail: '日期格式须为 YYYY-MM-DD' },
      ],
    })
    expect((await roster(company.id)).map((e) => e.name)).toEqual(['好甲', '好乙'])
  })

  it('puts an exported CSV back as it was: export from one case, import into another', async () => {
    const from = await createCompany(owner.token)
    for (const e of [anEmployee({ name: '=公式' }), anEmployee({ name: '王五', contractSigned: false, contractEndsOn: undefined })])
      await call('POST', `/v1/companies/${from.id}/employees`, { body: e, headers: bearer(owner.token) })
    const exported = (await call('GET', `/v1/companies/${from.id}/employees.csv`, { headers: bearer(owner.token) })).body as string
    const to = await createCompany(owner.token)
    expect((await importCsv(to.id, exported, owner.token, '', { 'content-type': 'text/csv' })).body.imported).toBe(2)
    const strip = (items: EmployeeListItem[]) => items.map(({ id: _id, addedAt: _at, ...rest }) => rest)
    expect(strip(await roster(to.id))).toEqual(strip(await roster(from.id)))
  })

  it('refuses a bad file as a whole (422 naming body.csv), another media type (415) and an oversized body (413)', async () => {
    const company = await createCompany(owner.token)
    const noColumns = await importCsv(company.id, { csv: '姓名\n李四' }, owner.token)
    expect(noColumns.status).toBe(422)
    expect(noColumns.body.errors).toEqual([{ path: 'body.csv', message: expect.stringContaining('表头缺少') }])
    expect(noColumns.body).not.toHaveProperty('rows')
    expect((await importCsv(company.id, { csv: 1 }, owner.token)).body.errors).toEqual([{ path: 'body.csv', message: expect.any(String) }])
    expect((await importCsv(company.id, rosterCsv([anEmployee()]), owner.token, '', { 'content-type': 'text/plain' })).status).toBe(415)
    expect((await importCsv(company.id, { csv: 'x'.repeat(300 * 1024) }, owner.token)).status).toBe(413)
    expect((await importCsv(company.id, { csv: rosterCsv([anEmployee()]) }, owner.token, '?mode=some')).status).toBe(400)
    expect(await roster(company.id)).toEqual([])
  })

  it('answers 404 to another owner and to a desk out of scope', async () => {
    const company = await createCompany(owner.token)
    const other = await signInUser('roster-import-other')
    expect((await importCsv(company.id, { csv: rosterCsv([anEmployee()]) }, other.token)).status).toBe(404)
    expect((await importCsv(company.id, { csv: rosterCsv([anEmployee()]) }, (await signInStaff('desk.sujin')).token)).status).toBe(404)
  })
})

describe('all or nothing without a transaction', () => {
  const db = createDocumentClient(inject('dynamoEndpoint'))
  const table = inject('stackEnv').COMPANIES_TABLE!
  const cases = new CaseRepository(db, table)
  const employees = new EmployeeRepository(db, table)
  const asOwner = (): Caller => ({ kind: 'user', userId: owner.userId, ip: '127.0.0.1' })

  /** The real repository, failing from the `failAt`-th write on (a throttled or lost connection mid-import). */
  function failingAfter(failAt: number, undoWorks = true): EmployeeRepository {
    let writes = 0
    return Object.assign(Object.create(employees), {
      addImported: (record: Parameters<EmployeeRepository['addImported']>[0]) => {
        if (++writes >= failAt) return Promise.reject(new Error('ProvisionedThroughputExceededException'))
        return employees.addImported(record)
      },
      // a crash: the process is gone before it can undo anything
      removeImported: undoWorks ? employees.removeImported.bind(employees) : () => Promise.resolve(),
    })
  }

  it('undoes its own writes when a write fails half-way, so the roster is as before', async () => {
    const company = await createCompany(owner.token)
    const csv = rosterCsv(Array.from({ length: 25 }, () => anEmployee()))
    await expect(
      new RosterImport(cases, failingAfter(14), employeeIdsFromSsm()).run(company.id, csv, 'all', asOwner(), new Date()),
    ).rejects.toThrow('Throughput')
    expect(await roster(company.id)).toEqual([])
  })

  it('finishes the same file when it is sent again after a crash, without duplicating the rows already in', async () => {
    const company = await createCompany(owner.token)
    const people = Array.from({ length: 25 }, (_, i) => anEmployee({ name: `员工${i}` }))
    await expect(
      new RosterImport(cases, failingAfter(14, false), employeeIdsFromSsm()).run(
        company.id,
        rosterCsv(people),
        'all',
        asOwner(),
        new Date(),
      ),
    ).rejects.toThrow()
    const left = (await roster(company.id)).length
    expect(left).toBeGreaterThan(0)
    expect(left).toBeLessThan(25)

    // the client saw an error, and sends the same file again (with a BOM this time: still the same rows)
    const retry = await importCsv(company.id, `\uFEFF${rosterCsv(people)}`, owner.token, '', { 'content-type': 'text/csv' })
    expect(retry.status).toBe(200)
    expect(retry.body).toMatchObject({ imported: 25, skipped: 0 })
    expect((await roster(company.id)).map((e) => e.name).sort()).toEqual(people.map((p) => p.name).sort())
  })

  it('takes the leftovers of a crashed attempt away when the same file is then refused', async () => {
    const company = await createCompany(owner.token)
    const people = Array.from({ length: 12 }, () => anEmployee())
    await expect(
      new RosterImport(cases, failingAfter(6, false), employeeIdsFromSsm()).run(
        company.id,
        rosterCsv(people),
        'all',
        asOwner(),
        new Date(),
      ),
    ).rejects.toThrow()
    expect((await roster(company.id)).length).toBeGreaterThan(0)
    // meanwhile the desk adds one of the people by hand: the same file is now refused, and leaves nothing of itself
    const byHand = people[11]!
    expect((await call('POST', `/v1/companies/${company.id}/employees`, { body: byHand, headers: bearer(bankDesk) })).status).toBe(201)
    const res = await importCsv(company.id, { csv: rosterCsv(people) }, owner.token)
    expect(res.status).toBe(422)
    expect(res.body.rows.filter((r) => !r.ok).map((r) => r.row)).toEqual([13])
    expect((await roster(company.id)).map((e) => e.name)).toEqual([byHand.name])
  })

  it('withdraws the whole file (409) when someone adds one of its people between the roster read and the writes', async () => {
    const company = await createCompany(owner.token)
    const [a, b, c] = [anEmployee({ name: '甲' }), anEmployee({ name: '乙' }), anEmployee({ name: '丙' })]
    // the roster as read before the desk's add landed
    const staleRead = Object.assign(Object.create(employees), { list: () => Promise.resolve([]) }) as EmployeeRepository
    expect((await call('POST', `/v1/companies/${company.id}/employees`, { body: c, headers: bearer(bankDesk) })).status).toBe(201)

    const error = await new RosterImport(cases, staleRead, employeeIdsFromSsm())
      .run(company.id, rosterCsv([a, b, c]), 'all', asOwner(), new Date())
      .catch((e) => e)
    expect(error).toMatchObject({ status: 409, extensions: { imported: 0, skipped: 3 } })
    expect(error.extensions.rows).toEqual([
      { row: 2, ok: true },
      { row: 3, ok: true },
      { row: 4, ok: false, errors: [{ field: 'idNumber', detail: '已在名册中（刚刚由他人添加）' }] },
    ])
    expect((await roster(company.id)).map((e) => e.name)).toEqual(['丙'])

    const valid = await new RosterImport(cases, staleRead, employeeIdsFromSsm()).run(
      company.id,
      rosterCsv([a, b, c]),
      'valid',
      asOwner(),
      new Date(),
    )
    expect(valid).toMatchObject({ imported: 2, skipped: 1 })
    expect((await roster(company.id)).map((e) => e.name).sort()).toEqual(['丙', '乙', '甲'].sort())
  })

  it('lands exactly one of two files racing for the same person, whole; the other leaves nothing', async () => {
    for (let round = 0; round < 4; round++) {
      const company = await createCompany(owner.token)
      const shared = anEmployee({ name: '共同' })
      const files = [0, 1].map((f) => [...Array.from({ length: 15 }, (_, i) => anEmployee({ name: `文件${f}-${i}` })), shared])
      const results = await Promise.all(
        files.map((people, f) => importCsv(company.id, { csv: rosterCsv(people) }, f ? bankDesk : owner.token)),
      )
      const statuses = results.map((r) => r.status).sort()
      expect(statuses[0]).toBe(200)
      expect([409, 422]).toContain(statuses[1])
      const loser = results.find((r) => r.status !== 200)!
      expect(loser.body).toMatchObject({
        imported: 0,
        rows: expect.arrayContaining([{ row: 17, ok: false, errors: [{ field: 'idNumber', detail: expect.any(String) }] }]),
      })
      const winner = files[results.findIndex((r) => r.status === 200)]!
      expect((await roster(company.id)).map((e) => e.name).sort()).toEqual(winner.map((p) => p.name).sort())
    }
  })
})
