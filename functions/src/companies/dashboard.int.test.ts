/**
 * The dashboard's onboarding figures over HTTP. Cases here are in 白洋湾街道, which no other integration test
 * uses for companies, so the figures are exact.
 */
import { addDays, shanghaiDate, shanghaiWeekStarts, type CompanyDashboard } from '@doorstep/shared'
import { beforeAll, expect, it } from 'vitest'
import { completeAllSteps, createCompany } from '../../test/companies'
import { bearer, call, signInStaff, signInUser } from '../../test/http'

let owner: string
let admin: string
beforeAll(async () => {
  owner = (await signInUser('dashboard-owner')).token
  admin = (await signInStaff('admin')).token
})

const dashboard = (query: string, token = admin) =>
  call<CompanyDashboard>('GET', `/v1/admin/companies/dashboard${query}`, { headers: bearer(token) })

it('counts opened and completed cases this week, the median desk time and overdue registrations', async () => {
  const place = { subDistrict: 'baiyangwan' as const, stationId: undefined }
  const today = shanghaiDate(new Date())
  await createCompany(owner, { ...place, foundedOn: addDays(today, -40) }) // registration overdue
  await createCompany(owner, { ...place, foundedOn: addDays(today, -10) })
  // as late, but registered: not overdue
  const registeredLate = await createCompany(owner, { ...place, foundedOn: addDays(today, -40) })
  for (const step of ['bank-account', 'social-insurance-account'])
    expect(
      (await call('POST', `/v1/companies/${registeredLate.id}/steps/${step}/complete`, { body: {}, headers: bearer(admin) })).status,
    ).toBe(200)
  const done = await completeAllSteps((await createCompany(owner, place)).id, admin)

  const res = await dashboard('?subDistrict=baiyangwan&weeks=4')
  expect(res.status).toBe(200)
  expect(res.body.weeks).toEqual(shanghaiWeekStarts(new Date(), 4))
  expect(res.body.perWeek).toHaveLength(4)
  expect(res.body.perWeek.at(-1)).toEqual({ week: res.body.weeks.at(-1), opened: 4, completed: 1 })
  expect(res.body.perWeek.slice(0, 3).every((w) => w.opened === 0 && w.completed === 0)).toBe(true)
  expect(res.body.completedCount).toBe(1)
  // one case: the median is its desk time (to one decimal of a minute; elapsedSeconds is rounded to the second)
  expect(Math.abs(res.body.medianCompleteMinutes! - done.timing.elapsedSeconds! / 60)).toBeLessThanOrEqual(0.1)
  expect(res.body.overdueRegistrations).toBe(1)

  // the whole district (the admin without a sub-district) holds at least these
  const district = await dashboard('')
  expect(district.body.weeks).toHaveLength(8)
  expect(district.body.perWeek.at(-1)!.opened).toBeGreaterThanOrEqual(4)
  expect(district.body.overdueRegistrations).toBeGreaterThanOrEqual(1)
})

it('keeps desks to their scope: another sub-district 404, a station desk choosing one 400, bad weeks 400', async () => {
  const sujinDesk = (await signInStaff('desk.sujin')).token
  expect((await dashboard('?subDistrict=baiyangwan', sujinDesk)).status).toBe(404)
  expect((await dashboard('', sujinDesk)).status).toBe(200)
  const bankDesk = (await signInStaff('desk.boc')).token
  expect((await dashboard('?subDistrict=canglang', bankDesk)).status).toBe(400)
  expect((await dashboard('', bankDesk)).status).toBe(200)
  const tooMany = await dashboard('?weeks=27')
  expect(tooMany.status).toBe(400)
  expect((tooMany.body as unknown as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(['query.weeks'])
  expect((await dashboard('', (await signInStaff('answerer.huqiu')).token)).status).toBe(403)
})
