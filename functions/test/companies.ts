import {
  creditCodeCheckCharacter,
  idNumberCheckCharacter,
  ONBOARDING_TEMPLATE,
  type CompanyCase,
  type CompanyCreate,
} from '@doorstep/shared'
import { bearer, call } from './http'

let serial = 0
const unique = () => `${Date.now()}${process.pid}${serial++}`

/** A credit code no other test uses, with a correct GB 32100 check character. */
export function freshCreditCode(): string {
  const first17 = `913205${unique().slice(-11).padStart(11, '0')}`
  return first17 + creditCodeCheckCharacter(first17)
}

/** A Suzhou ID number no other test uses, with a correct GB 11643 check digit. */
export function freshIdNumber(): string {
  const first17 = `320508199${String(serial % 10)}0101${unique().slice(-3)}`.slice(0, 17)
  serial++
  return first17 + idNumberCheckCharacter(first17)
}

/** At the bank-branch desk (station fp-boc-gusu, 沧浪街道): desk.boc's scope. */
export const companyAtBankDesk = (overrides: Partial<CompanyCreate> = {}): CompanyCreate => ({
  name: '苏州示例科技有限公司',
  creditCode: freshCreditCode(),
  legalRepresentative: '张三',
  subDistrict: 'canglang',
  stationId: 'fp-boc-gusu',
  address: '苏州市姑苏区人民路 100 号',
  contactPhone: '13712340969',
  foundedOn: '2026-11-20',
  expectedHeadcount: 5,
  ...overrides,
})

export async function createCompany(token: string, overrides: Partial<CompanyCreate> = {}): Promise<CompanyCase> {
  const res = await call<CompanyCase>('POST', '/v1/companies', { body: companyAtBankDesk(overrides), headers: bearer(token) })
  if (res.status !== 201) throw new Error(`create company failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body
}

export const anEmployee = (overrides: Record<string, unknown> = {}) => ({
  name: '李四',
  idNumber: freshIdNumber(),
  phone: '13912345678',
  hiredOn: '2026-11-21',
  contractSigned: true,
  contractEndsOn: '2029-11-20',
  ...overrides,
})

/** A fresh case of `token`'s owner with one employee: that employee's path and what was sent. */
export async function employeeOf(token: string): Promise<{ path: string; employee: ReturnType<typeof anEmployee> }> {
  const company = await createCompany(token)
  const employee = anEmployee()
  const res = await call('POST', `/v1/companies/${company.id}/employees`, { body: employee, headers: bearer(token) })
  if (res.status !== 201) throw new Error(`add employee failed: ${res.status} ${JSON.stringify(res.body)}`)
  return { path: `/v1/companies/${company.id}/employees/${res.body.id}`, employee }
}

type Employee = ReturnType<typeof anEmployee>

/** The import's CSV for these people (header as the export, without 序号). */
export function rosterCsv(employees: readonly Employee[]): string {
  const header = '姓名,身份证号码,手机号码,入职日期,已签劳动合同,合同到期日'
  const lines = employees.map((e) =>
    [e.name, e.idNumber, e.phone, e.hiredOn, e.contractSigned ? '是' : '否', e.contractEndsOn ?? ''].join(','),
  )
  return `${[header, ...lines].join('\r\n')}\r\n`
}

/** Completes every open step of a case in template order as `token` (adding an employee first if needed): the last answer. */
export async function completeAllSteps(companyId: string, token: string): Promise<CompanyCase> {
  const employees = await call('GET', `/v1/companies/${companyId}/employees`, { headers: bearer(token) })
  if (employees.body.items.length === 0) {
    const added = await call('POST', `/v1/companies/${companyId}/employees`, { body: anEmployee(), headers: bearer(token) })
    if (added.status !== 201) throw new Error(`add employee failed: ${added.status}`)
  }
  let last = (await call<CompanyCase>('GET', `/v1/companies/${companyId}`, { headers: bearer(token) })).body
  for (const step of ONBOARDING_TEMPLATE) {
    if (last.steps.find((s) => s.id === step.id)?.status === 'done') continue
    const res = await call<CompanyCase>('POST', `/v1/companies/${companyId}/steps/${step.id}/complete`, {
      body: {},
      headers: bearer(token),
    })
    if (res.status !== 200) throw new Error(`complete ${step.id} failed: ${res.status} ${JSON.stringify(res.body)}`)
    last = res.body
  }
  return last
}
