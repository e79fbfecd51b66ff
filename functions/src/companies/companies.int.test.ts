import type { CompanyCase, CompanySummary, EmployeeListItem, Problem } from '@doorstep/shared'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { anEmployee, companyAtBankDesk, createCompany } from '../../test/companies'
import { bearer, call, signInStaff, signInUser } from '../../test/http'

/** A case's `status` (active/completed) and a problem's (the HTTP status) share a name. */
type CaseOrProblem = Omit<CompanyCase, 'status'> & Problem

let owner: { token: string; userId: string }
let otherOwner: { token: string; userId: string }
let bankDesk: string
let sujinDesk: string
beforeAll(async () => {
  ;[owner, otherOwner] = await Promise.all([signInUser('company-owner'), signInUser('company-other')])
  bankDesk = (await signInStaff('desk.boc')).token
  sujinDesk = (await signInStaff('desk.sujin')).token
})

const complete = (id: string, stepId: string, token: string, body: unknown = {}) =>
  call<CaseOrProblem>('POST', `/v1/companies/${id}/steps/${stepId}/complete`, { body, headers: bearer(token) })
const getCase = (id: string, token: string) => call<CompanyCase>('GET', `/v1/companies/${id}`, { headers: bearer(token) })
const addEmployee = (id: string, token: string, body: unknown = anEmployee()) =>
  call<EmployeeListItem & Problem>('POST', `/v1/companies/${id}/employees`, { body, headers: bearer(token) })

describe('opening a case', () => {
  it('creates a case with the checklist, 营业执照 done, and the registration deadline 30 days after founding', async () => {
    const res = await call<CompanyCase>('POST', '/v1/companies', { body: companyAtBankDesk(), headers: bearer(owner.token) })
    expect(res.status).toBe(201)
    expect(res.headers.get('location')).toBe(`/v1/companies/${res.body.id}`)
    expect(res.body.steps.map((s) => [s.id, s.status])[0]).toEqual(['business-licence', 'done'])
    expect(res.body.steps.filter((s) => s.status === 'open')).toHaveLength(8)
    expect(res.body.progress).toEqual({ done: 1, total: 9, percent: 11 })
    expect(res.body.deadline).toMatchObject({ dueOn: '2026-12-20', done: false })
    expect(res.body.steps[1]).toMatchObject({
      title: '银行开户',
      where: { kind: 'station', stationId: 'fp-boc-gusu' },
      materials: expect.any(Array),
    })
    expect(res.body).not.toHaveProperty('ownerId')
  })

  it('sends a company that chose its sub-district’s steward to the sub-district centre for every desk step', async () => {
    const created = await createCompany(owner.token, { subDistrict: 'sujin', stationId: undefined })
    const atDesk = (await getCase(created.id, owner.token)).body.steps.filter((s) => s.where.kind === 'station').map((s) => s.where)
    expect(atDesk).toEqual(Array(7).fill({ kind: 'station', stationId: 'st-centre-sujin', name: '苏锦街道便民服务中心人社窗口' }))
  })

  it('answers 422 naming each bad field, a bad credit code check character among them', async () => {
    const body = {
      ...companyAtBankDesk(),
      creditCode: '91350100M000100Y44',
      contactPhone: '123',
      subDistrict: 'nowhere',
      expectedHeadcount: 0,
    }
    const res = await call('POST', '/v1/companies', { body, headers: bearer(owner.token) })
    expect(res.status).toBe(422)
    expect(res.contentType).toMatch(/application\/problem\+json/)
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(
      ['body.contactPhone', 'body.creditCode', 'body.expectedHeadcount', 'body.subDistrict'].sort(),
    )
  })

  it('answers 422 for a desk station that does not exist', async () => {
    const res = await call('POST', '/v1/companies', { body: companyAtBankDesk({ stationId: 'fp-nowhere' }), headers: bearer(owner.token) })
    expect(res.status).toBe(422)
    expect(res.body.errors).toEqual([{ path: 'body.stationId', message: expect.any(String) }])
  })

  it('keeps one active case per credit code, even for requests racing each other', async () => {
    const body = companyAtBankDesk()
    const results = await Promise.all(
      [owner, otherOwner, owner].map((who) => call('POST', '/v1/companies', { body, headers: bearer(who.token) })),
    )
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409])
    const conflict = results.find((r) => r.status === 409)!
    expect(conflict.body.errors).toEqual([{ path: 'body.creditCode', message: expect.any(String) }])
    // a lower-case repeat is the same code
    const again = await call('POST', '/v1/companies', {
      body: { ...body, creditCode: body.creditCode.toLowerCase() },
      headers: bearer(owner.token),
    })
    expect(again.status).toBe(409)
  })

  it('lists my cases newest first, and only mine', async () => {
    const first = await createCompany(owner.token, { name: '第一家' })
    const second = await createCompany(owner.token, { name: '第二家' })
    const mine = await call<{ items: CompanySummary[] }>('GET', '/v1/me/companies', { headers: bearer(owner.token) })
    expect(mine.status).toBe(200)
    const ids = mine.body.items.map((c) => c.id)
    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id))
    expect(mine.body.items.find((c) => c.id === first.id)).toMatchObject({ name: '第一家', progress: { percent: 11 } })
    const theirs = await call<{ items: CompanySummary[] }>('GET', '/v1/me/companies', { headers: bearer(otherOwner.token) })
    expect(theirs.body.items.map((c) => c.id)).not.toContain(first.id)
  })
})

describe('who may see a case', () => {
  it('shows it to its owner and the desk in scope; answers 404 to another owner, a desk out of scope and an answerer', async () => {
    const company = await createCompany(owner.token)
    expect((await getCase(company.id, owner.token)).status).toBe(200)
    expect((await getCase(company.id, bankDesk)).status).toBe(200)
    expect((await getCase(company.id, otherOwner.token)).status).toBe(404)
    expect((await getCase(company.id, sujinDesk)).status).toBe(404)
    expect((await getCase(company.id, (await signInStaff('answerer.pingjiang')).token)).status).toBe(404)
    expect((await complete(company.id, 'bank-account', otherOwner.token)).status).toBe(404)
    expect((await complete(company.id, 'bank-account', sujinDesk)).status).toBe(404)
    expect((await addEmployee(company.id, sujinDesk)).status).toBe(404)
  })

  it('lets a sub-district desk see cases of its sub-district', async () => {
    const company = await createCompany(owner.token, { subDistrict: 'sujin', stationId: undefined })
    expect((await getCase(company.id, sujinDesk)).status).toBe(200)
    expect((await getCase(company.id, bankDesk)).status).toBe(404)
  })

  it('answers 404 for a case that does not exist and 400 for a malformed id', async () => {
    expect((await getCase('00000000-0000-4000-8000-000000000000', owner.token)).status).toBe(404)
    expect((await getCase('not-a-uuid', owner.token)).status).toBe(400)
  })
})

describe('completing steps', () => {
  it('refuses a step whose prerequisites are open with a 409 naming them', async () => {
    const company = await createCompany(owner.token)
    const blocked = await complete(company.id, 'social-security-card', bankDesk)
    expect(blocked.status).toBe(409)
    expect(blocked.body.detail).toContain('员工参保登记')
    expect(blocked.body.errors).toEqual([{ path: 'steps.employee-enrolment', message: expect.stringContaining('员工参保登记') }])

    await complete(company.id, 'bank-account', bankDesk)
    await complete(company.id, 'social-insurance-account', bankDesk)
    const noEmployees = await complete(company.id, 'employee-enrolment', bankDesk)
    expect(noEmployees.status).toBe(409)
    expect(noEmployees.body.errors).toEqual([{ path: 'employees', message: expect.any(String) }])
  })

  it('answers 404 for an unknown step and 422 for a bad note', async () => {
    const company = await createCompany(owner.token)
    expect((await complete(company.id, 'no-such-step', owner.token)).status).toBe(404)
    const badNote = await complete(company.id, 'bank-account', owner.token, { note: 'x'.repeat(201) })
    expect(badNote.status).toBe(422)
    expect(badNote.body.errors).toEqual([{ path: 'body.note', message: expect.any(String) }])
  })

  it('lets exactly one of concurrent completions of a step win; the others see it done', async () => {
    const company = await createCompany(owner.token)
    // the owner and the desk tapping at the same moment, several times over, so the requests surely overlap
    const tokens = Array.from({ length: 10 }, (_, i) => (i % 2 ? bankDesk : owner.token))
    const results = await Promise.all(tokens.map((token) => complete(company.id, 'bank-account', token)))
    const statuses = results.map((r) => r.status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(9)
    const winner = results[statuses.indexOf(200)]!
    for (const loser of results.filter((r) => r.status === 409))
      expect(loser.body.detail).toMatch(/已于 (\d{4}年)?\d+月\d+日（周.）\d\d:\d\d 办结/)
    const now = await getCase(company.id, owner.token)
    const bank = now.body.steps.find((s) => s.id === 'bank-account')!
    expect(bank).toMatchObject({ status: 'done', completedAt: winner.body.steps.find((s) => s.id === 'bank-account')!.completedAt })
    expect(now.body.progress.done).toBe(2)
  })

  it('keeps every completion of different steps racing on one case', async () => {
    const company = await createCompany(owner.token)
    await complete(company.id, 'bank-account', bankDesk)
    const results = await Promise.all(['social-insurance-account', 'housing-fund'].map((s) => complete(company.id, s, bankDesk)))
    expect(results.map((r) => r.status)).toEqual([200, 200])
    expect((await getCase(company.id, owner.token)).body.progress.done).toBe(4)
  })

  it('walks the whole checklist at the desk to 100% with the elapsed time against the 15-minute promise', async () => {
    const company = await createCompany(owner.token)
    expect((await addEmployee(company.id, owner.token)).status).toBe(201)
    expect((await addEmployee(company.id, bankDesk)).status).toBe(201)
    let last: CaseOrProblem | undefined
    for (const step of company.steps.filter((s) => s.status === 'open')) {
      const res = await complete(company.id, step.id, bankDesk, { note: `${step.title} 已办` })
      expect(res.status, step.id).toBe(200)
      last = res.body
    }
    expect(last!.progress).toEqual({ done: 9, total: 9, percent: 100 })
    expect(last!.employeeCount).toBe(2)
    expect(last!.timing).toMatchObject({ promiseMinutes: 15, withinPromise: true, elapsedSeconds: expect.any(Number) })
    expect(last!.deadline.done).toBe(true)
    const seen = await getCase(company.id, owner.token)
    expect(seen.body.timing.completedAt).toBe(last!.timing.completedAt)
    expect(seen.body.steps.find((s) => s.id === 'medical-insurance')).toMatchObject({
      status: 'done',
      note: '医保登记 已办',
      completedBy: { kind: 'staff', id: 'desk.boc' },
    })
  })
})

describe('notes on a case', () => {
  const note = (id: string, token: string, body: unknown) =>
    call<CaseOrProblem>('POST', `/v1/companies/${id}/notes`, { body, headers: bearer(token) })

  it("keeps the desk's and the owner's notes in order, with who wrote them", async () => {
    const company = await createCompany(owner.token)
    expect((await note(company.id, bankDesk, { stepId: 'bank-account', text: '请带公章' })).status).toBe(200)
    const res = await note(company.id, owner.token, { text: '明天上午到' })
    expect(res.body.notes).toEqual([
      {
        at: expect.any(String),
        by: { kind: 'staff', id: 'desk.boc', name: '中国银行姑苏支行人社窗口（示例）' },
        stepId: 'bank-account',
        text: '请带公章',
      },
      { at: expect.any(String), by: { kind: 'owner', id: owner.userId }, text: '明天上午到' },
    ])
    expect((await getCase(company.id, bankDesk)).body.notes).toHaveLength(2)
  })

  it('answers 422 for an unknown step or empty text, 404 out of scope', async () => {
    const company = await createCompany(owner.token)
    const bad = await note(company.id, owner.token, { stepId: 'no-such-step', text: '  ' })
    expect(bad.status).toBe(422)
    expect(bad.body.errors!.map((e) => e.path)).toEqual(['body.text'])
    const unknownStep = await note(company.id, owner.token, { stepId: 'no-such-step', text: '备注' })
    expect(unknownStep.status).toBe(422)
    expect(unknownStep.body.errors).toEqual([{ path: 'body.stepId', message: expect.any(String) }])
    expect((await note(company.id, sujinDesk, { text: '备注' })).status).toBe(404)
  })

  it('loses no note when many arrive at once, and stops at 100 with a 409', async () => {
    const company = await createCompany(owner.token)
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => note(company.id, i % 2 ? bankDesk : owner.token, { text: `第${i}条` })),
    )
    expect(results.every((r) => r.status === 200)).toBe(true)
    expect((await getCase(company.id, owner.token)).body.notes).toHaveLength(100)
    const full = await note(company.id, owner.token, { text: '第101条' })
    expect(full.status).toBe(409)
    expect(full.body.errors).toEqual([{ path: 'body.text', message: expect.any(String) }])
  })
})

describe('the employee roster', () => {
  it('adds employees and lists them with ID numbers and phones masked', async () => {
    const company = await createCompany(owner.token)
    const employee = anEmployee({ idNumber: '11010519491231002x', phone: '13712340969' })
    const added = await addEmployee(company.id, owner.token, employee)
    expect(added.status).toBe(201)
    const list = await call<{ items: EmployeeListItem[] }>('GET', `/v1/companies/${company.id}/employees`, { headers: bearer(bankDesk) })
    expect(list.status).toBe(200)
    expect(list.body.items).toEqual([
      expect.objectContaining({ name: '李四', idNumberMasked: '1101**********002X', phoneMasked: '137****0969' }),
    ])
    const raw = JSON.stringify(list.body)
    expect(raw).not.toContain('11010519491231002')
    expect(raw).not.toContain('13712340969')
  })

  it('refuses the same person twice (409) and a bad ID number check digit (422)', async () => {
    const company = await createCompany(owner.token)
    const employee = anEmployee()
    expect((await addEmployee(company.id, owner.token, employee)).status).toBe(201)
    const twice = await addEmployee(company.id, owner.token, employee)
    expect(twice.status).toBe(409)
    expect(twice.body.errors).toEqual([{ path: 'body.idNumber', message: expect.any(String) }])
    const bad = await addEmployee(company.id, owner.token, anEmployee({ idNumber: '110105194912310021', hiredOn: '2026-13-01' }))
    expect(bad.status).toBe(422)
    expect(bad.body.errors!.map((e) => e.path).sort()).toEqual(['body.hiredOn', 'body.idNumber'])
  })

  it('exports the roster as RFC 4180 CSV with a BOM, unmasked, formula-like text defused', async () => {
    const company = await createCompany(owner.token)
    const first = anEmployee({
      name: '王五',
      idNumber: '11010519491231002X',
      phone: '13712340969',
      contractEndsOn: undefined,
      contractSigned: false,
    })
    await addEmployee(company.id, owner.token, first)
    await addEmployee(company.id, owner.token, anEmployee({ name: '=赵六', idNumber: '110101199003074477' }))
    const res = await call('GET', `/v1/companies/${company.id}/employees.csv`, { headers: bearer(bankDesk) })
    expect(res.status).toBe(200)
    expect(res.contentType).toMatch(/^text\/csv/)
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="employees-${company.creditCode}.csv"`)
    // fetch's text() drops the BOM: look at the bytes
    const raw = await fetch(`${inject('apiUrl')}/v1/companies/${company.id}/employees.csv`, { headers: bearer(owner.token) })
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(res.body).toBe(
      '序号,姓名,身份证号码,手机号码,入职日期,已签劳动合同,合同到期日\r\n' +
        '1,王五,11010519491231002X,13712340969,2026-11-21,否,\r\n' +
        "2,'=赵六,110101199003074477,13912345678,2026-11-21,是,2029-11-20\r\n",
    )
  })

  it('edits an employee (not the ID number) and removes one, at the desk', async () => {
    const company = await createCompany(owner.token)
    const employee = anEmployee()
    const added = await addEmployee(company.id, owner.token, employee)
    const path = `/v1/companies/${company.id}/employees/${added.body.id}`
    const { idNumber: _fixed, ...rest } = employee
    const edited = await call<EmployeeListItem>('PUT', path, {
      body: { ...rest, phone: '13800001111', contractEndsOn: undefined },
      headers: bearer(bankDesk),
    })
    expect(edited.status).toBe(200)
    expect(edited.body).toMatchObject({ phoneMasked: '138****1111', idNumberMasked: added.body.idNumberMasked })
    expect(edited.body).not.toHaveProperty('contractEndsOn')
    const withId = await call<Problem>('PUT', path, { body: { ...rest, idNumber: employee.idNumber }, headers: bearer(owner.token) })
    expect(withId.status).toBe(422)
    expect(withId.body.errors).toEqual([{ path: 'body.idNumber', message: expect.any(String) }])

    expect((await call('DELETE', path, { headers: bearer(bankDesk) })).status).toBe(204)
    expect((await call('DELETE', path, { headers: bearer(bankDesk) })).status).toBe(404)
    expect((await call('PUT', path, { body: rest, headers: bearer(owner.token) })).status).toBe(404)
    const list = await call<{ items: EmployeeListItem[] }>('GET', `/v1/companies/${company.id}/employees`, { headers: bearer(owner.token) })
    expect(list.body.items).toEqual([])
  })

  it('hides the roster from another owner (404)', async () => {
    const company = await createCompany(owner.token)
    expect((await call('GET', `/v1/companies/${company.id}/employees`, { headers: bearer(otherOwner.token) })).status).toBe(404)
    expect((await call('GET', `/v1/companies/${company.id}/employees.csv`, { headers: bearer(otherOwner.token) })).status).toBe(404)
  })
})
