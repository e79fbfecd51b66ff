/** The overdue sweep through the real repository on dynalite, run at a chosen "now" (days after the deadlines). */
import { inject, expect, it } from 'vitest'
import { createDocumentClient } from '../core/db/client'
import { bearer, call, signInStaff, signInUser } from '../../test/http'
import { answeredMessage, submitMessage } from '../../test/messages'
import { OverdueEscalation } from './overdue-escalation'
import { MessageRepository } from './repository'

const escalation = new OverdueEscalation(
  new MessageRepository(createDocumentClient(inject('dynamoEndpoint')), inject('stackEnv').MESSAGES_TABLE!),
)
const DAY = 24 * 60 * 60 * 1000

it('flags each open message past its deadline once, and leaves answered and on-time ones alone', async () => {
  const { token } = await signInUser(`escalation-${Date.now()}`)
  const open = await submitMessage(token)
  const withoutPlace = await submitMessage(token, { subDistrict: undefined })
  const answered = await answeredMessage(token)

  expect((await escalation.run(new Date())).escalated).not.toContain(open)

  const later = new Date(Date.now() + 30 * DAY)
  const { escalated } = await escalation.run(later)
  expect(escalated).toEqual(expect.arrayContaining([open, withoutPlace]))
  expect(escalated).not.toContain(answered)
  expect((await escalation.run(later)).escalated).not.toContain(open)

  const admin = (await signInStaff('admin')).token
  const staffSees = (await call('GET', `/v1/messages/${open}`, { headers: bearer(admin) })).body
  expect(staffSees.escalatedAt).toBe(later.toISOString())
  expect(staffSees.audit.at(-1)).toMatchObject({ action: 'escalate', status: 'pending' })

  const residentSees = (await call('GET', `/v1/messages/${open}`, { headers: bearer(token) })).body
  expect(residentSees.escalatedAt).toBeUndefined()
  expect(residentSees.history).toHaveLength(1)
})
