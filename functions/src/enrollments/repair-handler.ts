import { logger } from '../core/log/logger'
import { seatLedger } from './wiring'

/** A sign-up younger than this may still be in its own request's hands (placing it twice is harmless, only wasteful). */
const GRACE_MS = 5_000

/** Runs on the `schedule` event in serverless.yml (every minute); locally `npm run enrollments:repair`. */
export async function repairPending(): Promise<{ repaired: number }> {
  const repaired = await seatLedger.repairPending(new Date(Date.now() - GRACE_MS))
  if (repaired.length > 0)
    logger.warn('pending sign-ups placed by the sweep', { count: repaired.length, statuses: repaired.map((e) => e.status) })
  return { repaired: repaired.length }
}
