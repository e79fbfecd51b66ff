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
