/**
 * Two completions of one step racing inside one process, through the real service and repositories on
 * dynalite: both read the case before either writes, so only the version condition can keep one out.
 * (Over HTTP the local API may serve requests one after another, which would hide a missing condition.)
 */
import { ONBOARDING_TEMPLATE } from '@doorstep/shared'
import { inject, it, expect } from 'vitest'
import { createDocumentClient } from '../core/db/client'
import { HttpError } from '../core/http/errors'
import { StationRepository } from '../stations/repository'
import { companyAtBankDesk } from '../../test/companies'
import { CaseRepository } from './case-repository'
import { CompanyService } from './company-service'
import { EmployeeRepository } from './employee-repository'

const db = createDocumentClient(inject('dynamoEndpoint'))
const table = inject('stackEnv').COMPANIES_TABLE!
const cases = new CaseRepository(db, table)
const service = new CompanyService(
  cases,
  new EmployeeRepository(db, table),
  new StationRepository(db, inject('stackEnv').CATALOG_TABLE!),
  ONBOARDING_TEMPLATE,
)

const owner = { kind: 'user', userId: 'race-owner', ip: '127.0.0.1' } as const
const desk = {
  kind: 'staff',
  staffId: 'desk.boc',
  displayName: '中国银行姑苏支行人社窗口（示例）',
  role: 'desk',
  scope: { kind: 'station', id: 'fp-boc-gusu', subDistrict: 'canglang' },
  ip: '127.0.0.1',
} as const

it('lets exactly one of two completions that read the same version win; the other is told it is done', async () => {
  const company = await service.create(companyAtBankDesk(), owner.userId, new Date())
  const outcomes = await Promise.allSettled([
    service.completeStep(company.id, 'bank-account', undefined, owner, new Date()),
    service.completeStep(company.id, 'bank-account', '现场办结', desk, new Date()),
  ])
  expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected'])
  const lost = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult
  expect(lost.reason).toBeInstanceOf(HttpError)
  expect(lost.reason).toMatchObject({ status: 409, message: expect.stringContaining('已于') })
  const stored = await cases.get(company.id)
  expect(stored!.version).toBe(2)
  expect(Object.keys(stored!.steps).sort()).toEqual(['bank-account', 'business-licence'])
})

it('refuses a write against a version that has moved on', async () => {
  const company = await service.create(companyAtBankDesk(), owner.userId, new Date())
  const step = { completedAt: new Date().toISOString(), completedBy: { kind: 'owner', id: owner.userId } } as const
  expect(await cases.saveStep(company.id, 'bank-account', step, 1, {})).toBe(true)
  expect(await cases.saveStep(company.id, 'housing-fund', step, 1, {})).toBe(false)
})
