import {
  addDays,
  daysBetween,
  REGISTRATION_DUE_DAYS,
  REGISTRATION_STEP_ID,
  registrationReminderStage,
  shanghaiDate,
} from '@doorstep/shared'
import { notifySafely, type InboxNote, type Notifier } from '../inbox/notifier'
import type { CaseRepository } from './case-repository'
import type { CaseRecord } from './keys'

/** How far ahead the sweep looks: the first reminder goes out a week before the deadline. */
const FIRST_REMINDER_DAYS = 7

export interface Reminder {
  caseId: string
  stage: NonNullable<ReturnType<typeof registrationReminderStage>>
}

/**
 * The daily sweep of social-insurance registration deadlines (founding + 30 days): every active case whose
 * 单位社保开户 is still open and due within a week, or past due, tells its owner — once per stage (a week before,
 * the day before or on the day, overdue), because the inbox stores one note per dedupe key. Running it twice, or
 * from two places at once, reminds no one twice; a notification that fails is logged and sent by the next day's
 * run while the case is still in that stage.
 */
export class DeadlineReminders {
  constructor(
    private readonly cases: Pick<CaseRepository, 'registrationsDueBy'>,
    private readonly notifier: Notifier,
  ) {}

  async run(now: Date): Promise<{ reminders: Reminder[] }> {
    const today = shanghaiDate(now)
    const reminders: Reminder[] = []
    for (const record of await this.cases.registrationsDueBy(addDays(today, FIRST_REMINDER_DAYS))) {
      // the index entry goes in the same write as the step; this guards a record read from a stale index page
      if (record.completedAt || record.steps[REGISTRATION_STEP_ID]) continue
      const dueOn = addDays(record.foundedOn, REGISTRATION_DUE_DAYS)
      const daysLeft = daysBetween(today, dueOn)
      const stage = registrationReminderStage(daysLeft)
      if (!stage) continue
      await notifySafely(this.notifier, record.ownerId, reminderNote(record, stage, dueOn, daysLeft), now)
      reminders.push({ caseId: record.id, stage })
    }
    return { reminders }
  }
}

function reminderNote(record: CaseRecord, stage: Reminder['stage'], dueOn: string, daysLeft: number): InboxNote {
  const link = { kind: 'company', id: record.id } as const
  const dedupeKey = `company-deadline#${record.id}#${stage}`
  if (stage === 'overdue')
    return {
      kind: 'company-deadline',
      title: '单位社保开户已逾期',
      body: `「${record.name}」应在 ${dueOn} 前办理单位社保开户，已逾期 ${-daysLeft} 天，请尽快到服务站办理。`,
      link,
      dedupeKey,
    }
  const when = daysLeft === 0 ? '今天是最后一天' : `还剩 ${daysLeft} 天`
  return {
    kind: 'company-deadline',
    title: '单位社保开户即将到期',
    body: `「${record.name}」请在 ${dueOn} 前办理单位社保开户（${when}）。`,
    link,
    dedupeKey,
  }
}
