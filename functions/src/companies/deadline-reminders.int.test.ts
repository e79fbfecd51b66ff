/**
 * The registration-deadline sweep through the real repositories on dynalite, its reminders read back from the
 * owner's inbox over HTTP. Each test has its own owner, so their inbox holds only these cases' reminders.
 */
import { addDays, shanghaiDate, type InboxPage } from '@doorstep/shared'
import { expect, inject, it } from 'vitest'
import { createCompany } from '../../test/companies'
import { bearer, call, signInStaff, signInUser } from '../../test/http'
import { createDocumentClient } from '../core/db/client'
import { InboxNotifier } from '../inbox/inbox-notifier'
import { InboxRepository } from '../inbox/repository'
import { CaseRepository } from './case-repository'
import { DeadlineReminders } from './deadline-reminders'

const db = createDocumentClient(inject('dynamoEndpoint'))
const env = inject('stackEnv')
const sweep = new DeadlineReminders(
  new CaseRepository(db, env.COMPANIES_TABLE!),
  new InboxNotifier(new InboxRepository(db, env.INBOX_TABLE!)),
)
const DAY = 24 * 60 * 60 * 1000
// 双塔街道: no other integration test opens cases there
const place = { subDistrict: 'shuangta' as const, stationId: undefined }

const deadlineNotes = async (token: string) =>
  (await call<InboxPage>('GET', '/v1/me/inbox?limit=50', { headers: bearer(token) })).body.items.filter(
    (n) => n.kind === 'company-deadline',
  )

it('reminds the owner of a case founded 25 days ago once, however often the sweep runs; a registered case not at all', async () => {
  // one instant for the whole test: under a shifted clock near midnight, "today" must not change halfway
  const now = new Date()
  const owner = await signInUser(`reminder-owner-${now.getTime()}`)
  const foundedOn = addDays(shanghaiDate(now), -25)
  const open = await createCompany(owner.token, { ...place, name: '待开户公司', foundedOn })
  const registered = await createCompany(owner.token, { ...place, name: '已开户公司', foundedOn })
  const desk = (await signInStaff('admin')).token
  for (const step of ['bank-account', 'social-insurance-account'])
    expect((await call('POST', `/v1/companies/${registered.id}/steps/${step}/complete`, { body: {}, headers: bearer(desk) })).status).toBe(
      200,
    )

  const first = await sweep.run(now)
  expect(first.reminders).toContainEqual({ caseId: open.id, stage: '7d' })
  expect(first.reminders.map((r) => r.caseId)).not.toContain(registered.id)
  await sweep.run(now)

  const notes = await deadlineNotes(owner.token)
  expect(notes).toEqual([
    {
      id: expect.any(String),
      at: now.toISOString(),
      kind: 'company-deadline',
      title: '单位社保开户即将到期',
      body: `「待开户公司」请在 ${addDays(foundedOn, 30)} 前办理单位社保开户（还剩 5 天）。`,
      link: { kind: 'company', id: open.id },
      read: false,
    },
  ])
})

it('reminds again the day before and once overdue; a case due later only once it is within a week', async () => {
  const now = Date.now()
  const owner = await signInUser(`reminder-stages-${now}`)
  const today = shanghaiDate(new Date(now))
  const soon = await createCompany(owner.token, { ...place, foundedOn: addDays(today, -25) })
  const later = await createCompany(owner.token, { ...place, foundedOn: addDays(today, -20) }) // due in 10 days

  const first = await sweep.run(new Date(now))
  expect(first.reminders).toContainEqual({ caseId: soon.id, stage: '7d' })
  expect(first.reminders.map((r) => r.caseId)).not.toContain(later.id)
  for (const days of [4, 5, 6, 7, 6]) await sweep.run(new Date(now + days * DAY))

  const notes = await deadlineNotes(owner.token)
  const ofSoon = notes.filter((n) => n.link.id === soon.id)
  expect(ofSoon.map((n) => n.title)).toEqual(['单位社保开户已逾期', '单位社保开户即将到期', '单位社保开户即将到期'])
  expect(ofSoon.map((n) => n.body)).toEqual([
    expect.stringContaining('已逾期 1 天'),
    expect.stringContaining('（还剩 1 天）'),
    expect.stringContaining('（还剩 5 天）'),
  ])
  // ten days out at first: reminded once it came within a week (6 days left on day 4), and only once since
  expect(notes.filter((n) => n.link.id === later.id).map((n) => n.body)).toEqual([expect.stringContaining('（还剩 6 天）')])
  expect(notes).toHaveLength(4)
})
