import {
  addDays,
  caseSteps,
  daysBetween,
  ONBOARDING_PROMISE_MINUTES,
  REGISTRATION_DUE_DAYS,
  REGISTRATION_STEP_ID,
  shanghaiDate,
  type CompanyCase,
  type CompanySummary,
  type OnboardingStepTemplate,
  type OnboardingTiming,
  type RegistrationDeadline,
  type StepPlace,
} from '@doorstep/shared'
import { isCompleted, type CaseRecord } from './keys'

/** `desk`: the station the company chose (CompanyService.deskOf), named where the template says "at the desk". */
export function toCompanyCase(
  record: CaseRecord,
  template: readonly OnboardingStepTemplate[],
  employeeCount: number,
  now: Date,
  desk: StepPlace,
): CompanyCase {
  const { ownerId: _owner, version: _version, steps: done, deskStartedAt, completedAt, notes = [], ...company } = record
  const steps = caseSteps(template, done, desk)
  return {
    ...company,
    status: isCompleted(record) ? 'completed' : 'active',
    ...(completedAt ? { completedAt } : {}),
    steps,
    progress: progressOf(record, template),
    employeeCount,
    notes,
    timing: timingOf(deskStartedAt, completedAt, now),
    deadline: deadlineOf(record, now),
  }
}

export function toCompanySummary(record: CaseRecord, template: readonly OnboardingStepTemplate[], now: Date): CompanySummary {
  const { id, name, creditCode, subDistrict, stationId, createdAt, completedAt, steward } = record
  return {
    id,
    status: isCompleted(record) ? 'completed' : 'active',
    name,
    creditCode,
    subDistrict,
    ...(stationId ? { stationId } : {}),
    createdAt,
    ...(completedAt ? { completedAt } : {}),
    progress: progressOf(record, template),
    deadline: deadlineOf(record, now),
    ...(steward ? { steward } : {}),
  }
}

function progressOf(record: CaseRecord, template: readonly OnboardingStepTemplate[]) {
  const done = template.filter((s) => record.steps[s.id]).length
  return { done, total: template.length, percent: Math.round((done / template.length) * 100) }
}

/** The desk's clock runs from its first step; completing the case stops it for good. */
function timingOf(deskStartedAt: string | undefined, completedAt: string | undefined, now: Date): OnboardingTiming {
  const timing: OnboardingTiming = { promiseMinutes: ONBOARDING_PROMISE_MINUTES, deskStartedAt, completedAt }
  if (!deskStartedAt) return timing
  const until = completedAt ? Date.parse(completedAt) : now.getTime()
  const elapsedSeconds = Math.max(0, Math.round((until - Date.parse(deskStartedAt)) / 1000))
  return { ...timing, elapsedSeconds, withinPromise: elapsedSeconds <= ONBOARDING_PROMISE_MINUTES * 60 }
}

function deadlineOf(record: CaseRecord, now: Date): RegistrationDeadline {
  const dueOn = addDays(record.foundedOn, REGISTRATION_DUE_DAYS)
  const done = Boolean(record.steps[REGISTRATION_STEP_ID])
  const daysLeft = daysBetween(shanghaiDate(now), dueOn)
  return { dueOn, done, daysLeft, overdue: !done && daysLeft < 0 }
}
