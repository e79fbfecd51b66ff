import { blockersOf, type Blockers, type CompanyCase, type CompanyStep, type CompanySummary, type Me } from '@doorstep/shared'

export interface Duration {
  hours: number
  minutes: number
  seconds: number
}

export function splitDuration(totalSeconds: number): Duration {
  const whole = Math.max(0, Math.round(totalSeconds))
  return { hours: Math.floor(whole / 3600), minutes: Math.floor((whole % 3600) / 60), seconds: whole % 60 }
}

/** What stands in the way of each open step, from the case as the API sent it. */
export function blockersOfStep(company: Pick<CompanyCase, 'steps' | 'employeeCount'>, step: CompanyStep): Blockers {
  const statusOf = (id: string) => company.steps.find((s) => s.id === id)?.status ?? 'open'
  return blockersOf(step, company.steps, statusOf, company.employeeCount)
}

/** A case is closed once every step is done; its credit code is then free for a new case. */
export const isCompleted = (company: Pick<CompanySummary, 'status'>) => company.status === 'completed'

/** Who works the desk pages: desk staff and the district admin (the API refuses anyone else). */
export function isDeskStaff(me: Me): me is Extract<Me, { kind: 'staff' }> {
  return me.kind === 'staff' && (me.role === 'desk' || me.role === 'admin')
}
