/** A case whose every step is done is completed: its clock stops, and its credit code may open a new case. */
import type { CompanyCase, CompanySummary } from '@doorstep/shared'
import { beforeAll, expect, it } from 'vitest'
import { companyAtBankDesk, completeAllSteps, createCompany } from '../../test/companies'
import { bearer, call, signInStaff, signInUser } from '../../test/http'

let owner: string
let other: string
let bankDesk: string
beforeAll(async () => {
  owner = (await signInUser('case-closing-owner')).token
  other = (await signInUser('case-closing-other')).token
  bankDesk = (await signInStaff('desk.boc')).token
})

const getCase = async (id: string) => (await call<CompanyCase>('GET', `/v1/companies/${id}`, { headers: bearer(owner) })).body
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

it('runs the desk clock while the case is active and freezes it once the last step is done', async () => {
  const company = await createCompany(owner)
  expect(company).toMatchObject({ status: 'active' })
  expect(company).not.toHaveProperty('completedAt')
  await call('POST', `/v1/companies/${company.id}/steps/bank-account/complete`, { body: {}, headers: bearer(bankDesk) })
  await sleep(1100)
  const running = await getCase(company.id)
  expect(running.status).toBe('active')
  expect(running.timing.elapsedSeconds).toBeGreaterThanOrEqual(1)

  const done = await completeAllSteps(company.id, bankDesk)
  expect(done).toMatchObject({ status: 'completed', completedAt: done.timing.completedAt, progress: { percent: 100 } })
  await sleep(1100)
  const later = await getCase(company.id)
  expect(later).toMatchObject({ status: 'completed', completedAt: done.completedAt })
  expect(later.timing.elapsedSeconds).toBe(done.timing.elapsedSeconds)

  const mine = await call<{ items: CompanySummary[] }>('GET', '/v1/me/companies', { headers: bearer(owner) })
  expect(mine.body.items.find((c) => c.id === company.id)).toMatchObject({ status: 'completed', completedAt: done.completedAt })
})

it("lets a completed case's credit code open a new case, which is again the one active case of that code", async () => {
  const body = companyAtBankDesk()
  const first = await call<CompanyCase>('POST', '/v1/companies', { body, headers: bearer(owner) })
  expect((await call('POST', '/v1/companies', { body, headers: bearer(owner) })).status).toBe(409)
  await completeAllSteps(first.body.id, owner)

  // two at once after completion: one opens the new case, the other finds it taken
  const racing = await Promise.all(
    [owner, other].map((token) => call<CompanyCase>('POST', '/v1/companies', { body, headers: bearer(token) })),
  )
  expect(racing.map((r) => r.status).sort()).toEqual([201, 409])
  const second = racing.find((r) => r.status === 201)!.body
  expect(second).toMatchObject({ status: 'active', creditCode: body.creditCode, progress: { done: 1 } })
  expect(second.id).not.toBe(first.body.id)
  expect((await call('POST', '/v1/companies', { body, headers: bearer(owner) })).status).toBe(409)
  // the finished case stays as it was
  expect(await getCase(first.body.id)).toMatchObject({ status: 'completed' })
})
