import { shanghaiDate, shanghaiWeekStart, shanghaiWeekStarts } from '../time/shanghai'
import { addDays, REGISTRATION_DUE_DAYS } from './onboarding-timing'

/** What the figures need of one case. */
export interface CaseFacts {
  createdAt: string
  foundedOn: string
  deskStartedAt?: string
  completedAt?: string
  /** 单位社保开户 done. */
  registered: boolean
  /** Its 用工管家, and how many of its steps are done. */
  steward?: { staffId: string; name: string }
  stepsDone: number
}

/** How far a 用工管家's companies have got. */
export interface StewardRow {
  staffId: string
  name: string
  companies: number
  completed: number
  /** Steps done over all steps of their companies, in percent. */
  percent: number
}

/** GET /v1/admin/companies/dashboard. */
export interface CompanyDashboard {
  /** The Monday (Asia/Shanghai) of each ISO week, oldest first, the current week last. */
  weeks: string[]
  perWeek: { week: string; opened: number; completed: number }[]
  /** Median desk time (first desk step → last step) of the cases completed in these weeks; null when none was timed. */
  medianCompleteMinutes: number | null
  /** Cases completed in these weeks. */
  completedCount: number
  /** Active cases past founding + 30 days without 单位社保开户 — whenever they were opened. */
  overdueRegistrations: number
  /** Companies per steward, most companies first. */
  stewards: StewardRow[]
}

/**
 * The staff dashboard's onboarding figures, from the cases in a desk's scope. Weeks are ISO weeks on the Suzhou
 * calendar, so a case opened at 23:30 UTC on a Sunday counts in the Monday's week.
 */
export function onboardingFigures(cases: readonly CaseFacts[], now: Date, weekCount: number, stepCount = 1): CompanyDashboard {
  const weeks = shanghaiWeekStarts(now, weekCount)
  const perWeek = new Map(weeks.map((week) => [week, { week, opened: 0, completed: 0 }]))
  const deskMinutes: number[] = []
  let completedCount = 0
  let overdueRegistrations = 0
  const today = shanghaiDate(now)

  for (const c of cases) {
    const opened = perWeek.get(shanghaiWeekStart(new Date(c.createdAt)))
    if (opened) opened.opened++
    if (c.completedAt) {
      const completed = perWeek.get(shanghaiWeekStart(new Date(c.completedAt)))
      if (completed) {
        completed.completed++
        completedCount++
        if (c.deskStartedAt) deskMinutes.push((Date.parse(c.completedAt) - Date.parse(c.deskStartedAt)) / 60_000)
      }
    } else if (!c.registered && addDays(c.foundedOn, REGISTRATION_DUE_DAYS) < today) {
      overdueRegistrations++
    }
  }
  return {
    weeks,
    perWeek: [...perWeek.values()],
    medianCompleteMinutes: median(deskMinutes),
    completedCount,
    overdueRegistrations,
    stewards: stewardRows(cases, stepCount),
  }
}

/** Every steward with at least one company in the cases read: how many, how many completed, how far overall. */
export function stewardRows(cases: readonly CaseFacts[], stepCount: number): StewardRow[] {
  const rows = new Map<string, { row: StewardRow; steps: number }>()
  for (const c of cases) {
    if (!c.steward) continue
    const entry = rows.get(c.steward.staffId) ?? {
      row: { staffId: c.steward.staffId, name: c.steward.name, companies: 0, completed: 0, percent: 0 },
      steps: 0,
    }
    entry.row.companies++
    if (c.completedAt) entry.row.completed++
    entry.steps += c.stepsDone
    rows.set(c.steward.staffId, entry)
  }
  return [...rows.values()]
    .map(({ row, steps }) => ({ ...row, percent: Math.round((100 * steps) / (row.companies * Math.max(1, stepCount))) }))
    .sort((a, b) => b.companies - a.companies || a.staffId.localeCompare(b.staffId))
}

/** The middle value (the mean of the two middle ones for an even count), to one decimal. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const value = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
  return Math.round(value * 10) / 10
}
