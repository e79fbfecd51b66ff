import { logger } from '../core/log/logger'
import { overdueEscalation } from './wiring'

/** Runs on the `schedule` event in serverless.yml; locally `npm run messages:escalate` calls the same sweep. */
export async function escalateOverdue(): Promise<{ escalated: number }> {
  const { escalated } = await overdueEscalation.run(new Date())
  logger.info('overdue messages escalated', { count: escalated.length, ids: escalated })
  return { escalated: escalated.length }
}
