import { logger } from '../core/log/logger'
import { notifier } from '../inbox/wiring'
import { DeadlineReminders } from './deadline-reminders'
import { cases } from './wiring'

const deadlineReminders = new DeadlineReminders(cases, notifier)

/** Runs daily on the `schedule` event in serverless.yml; locally `npm run companies:remind` calls the same sweep. */
export async function remindDeadlines(): Promise<{ reminded: number }> {
  const { reminders } = await deadlineReminders.run(new Date())
  logger.info('registration deadline reminders', { count: reminders.length, cases: reminders.map((r) => `${r.caseId}:${r.stage}`) })
  return { reminded: reminders.length }
}
