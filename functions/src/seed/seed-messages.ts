import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import type { MessageSample } from '@doorstep/shared'
import { CalendarRepository } from '../calendar/repository'
import { CalendarService } from '../calendar/service'
import type { Notifier } from '../inbox/notifier'
import { CombinedContentCheck } from '../messages/content-check/content-check'
import { LocalWordFilter } from '../messages/content-check/local-word-filter'
import { MessageRepository } from '../messages/repository'
import { MessageService, type StaffCaller } from '../messages/service'
import { MessageStaffActions } from '../messages/staff-actions'
import { StationRepository } from '../stations/repository'

const DAY_MS = 24 * 60 * 60 * 1000

/** Sample residents have no account: their messages show on the board as 居民 or 匿名居民, never a name. */
const sampleResident = (sample: MessageSample) => `sample-resident-${sample.id}`

/** The district admin answers the samples; sample residents have no inbox to notify. */
const SAMPLE_ANSWERER: StaffCaller = {
  kind: 'staff',
  staffId: 'admin',
  displayName: '区人社局管理员（示例）',
  role: 'admin',
  scope: { kind: 'district' },
  ip: '127.0.0.1',
}
const NO_ONE_TO_NOTIFY: Notifier = { notify: async () => {} }

/**
 * Sample answered public messages for `npm start`, written through the message service itself, so they are
 * stored exactly as a resident's message and a staff reply would be. Idempotent: each sample submits under its own
 * Idempotency-Key, and only a newly stored sample is answered, so a second start writes nothing.
 */
export async function seedSampleMessages(
  db: DynamoDBDocumentClient,
  tables: { messages: string; catalog: string },
  samples: readonly MessageSample[],
  now: Date,
): Promise<{ written: number; unchanged: number }> {
  const repository = new MessageRepository(db, tables.messages)
  const messages = new MessageService(
    repository,
    new CombinedContentCheck([new LocalWordFilter()]),
    new StationRepository(db, tables.catalog),
    new CalendarService(new CalendarRepository(db, tables.catalog)),
  )
  const staff = new MessageStaffActions(repository, NO_ONE_TO_NOTIFY)
  const counts = { written: 0, unchanged: 0 }
  for (const sample of samples) {
    const { id, daysAgo, answer, ...fields } = sample
    const askedAt = new Date(now.getTime() - daysAgo * DAY_MS)
    const { created, receipt } = await messages.submit(sampleResident(sample), `seed-${id}`, { ...fields, public: true }, askedAt)
    if (created) {
      await staff.act(receipt.id, SAMPLE_ANSWERER, { action: 'reply', answer }, new Date(askedAt.getTime() + DAY_MS))
    }
    counts[created ? 'written' : 'unchanged']++
  }
  return counts
}
