import type { Actor, CompanyStep } from '../schemas/company'
import type { OnboardingStepTemplate, StepPlace } from './onboarding-template'

export type StepStatus = 'open' | 'done'

/** What stands in the way of completing a step: open prerequisite steps and missing employees. */
export interface Blockers {
  steps: OnboardingStepTemplate[]
  employeesMissing: number
}

export function blockersOf(
  step: OnboardingStepTemplate,
  template: readonly OnboardingStepTemplate[],
  statusOf: (stepId: string) => StepStatus,
  employeeCount: number,
): Blockers {
  return {
    steps: step.requires.filter((id) => statusOf(id) !== 'done').map((id) => template.find((s) => s.id === id)!),
    employeesMissing: Math.max(0, (step.minEmployees ?? 0) - employeeCount),
  }
}

export const isBlocked = (b: Blockers) => b.steps.length > 0 || b.employeesMissing > 0

/**
 * A template's structural faults: unknown prerequisites, duplicate ids and cycles (each cycle reported as
 * the path that closes it). Empty means the steps form a DAG.
 */
export function templateFaults(template: readonly OnboardingStepTemplate[]): string[] {
  const faults: string[] = []
  const byId = new Map<string, OnboardingStepTemplate>()
  for (const step of template) {
    if (byId.has(step.id)) faults.push(`duplicate step ${step.id}`)
    byId.set(step.id, step)
  }
  for (const step of template)
    for (const required of step.requires) if (!byId.has(required)) faults.push(`${step.id} requires unknown ${required}`)

  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (id: string, path: string[]) => {
    if (state.get(id) === 'done' || !byId.has(id)) return
    if (state.get(id) === 'visiting') {
      faults.push(`cycle ${[...path.slice(path.indexOf(id)), id].join(' → ')}`)
      return
    }
    state.set(id, 'visiting')
    for (const required of byId.get(id)!.requires) visit(required, [...path, id])
    state.set(id, 'done')
  }
  for (const step of template) visit(step.id, [])
  return faults
}

/** What a case records of a done step. */
export interface DoneStep {
  completedAt: string
  completedBy?: Actor
  note?: string
}

/** The checklist as a case shows it: each step open or done, desk steps at the case's own desk. */
export function caseSteps(
  template: readonly OnboardingStepTemplate[],
  done: Readonly<Record<string, DoneStep>>,
  desk: StepPlace,
): CompanyStep[] {
  return template.map((step) => {
    const where = step.where.kind === 'desk' ? desk : step.where
    const entry = done[step.id]
    return entry ? { ...step, where, status: 'done', ...entry } : { ...step, where, status: 'open' }
  })
}
