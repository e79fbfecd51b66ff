/** The bank-branch desk's promise: a new company's social-insurance set-up in 15 minutes. */
export const ONBOARDING_PROMISE_MINUTES = 15
/** Social-insurance registration is due within 30 days of founding. */
export const REGISTRATION_DUE_DAYS = 30

const DAY_MS = 24 * 60 * 60 * 1000

/** `isoDate` + `days`, calendar arithmetic on YYYY-MM-DD. */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/** Whole days from `today` to `dueOn` (negative once past). */
export function daysBetween(today: string, dueOn: string): number {
  return Math.round((Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS)
}

/** The step whose completion is the social-insurance registration the 30-day deadline is about (单位社保开户). */
export const REGISTRATION_STEP_ID = 'social-insurance-account'

/** The owner is reminded a week before the registration deadline, again the day before (or on the day), and once overdue. */
export type RegistrationReminderStage = '7d' | '1d' | 'overdue'

export function registrationReminderStage(daysLeft: number): RegistrationReminderStage | undefined {
  if (daysLeft < 0) return 'overdue'
  if (daysLeft <= 1) return '1d'
  if (daysLeft <= 7) return '7d'
  return undefined
}
