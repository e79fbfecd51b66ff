import { describe, expect, it } from 'vitest'
import { blockersOf, isBlocked, templateFaults, type StepStatus } from './onboarding-checklist'
import { ONBOARDING_TEMPLATE, type OnboardingStepTemplate } from './onboarding-template'

const step = (id: string, requires: string[] = []): OnboardingStepTemplate => ({
  id,
  title: id,
  description: '',
  materials: [],
  where: { kind: 'online', name: '' },
  requires,
})
const find = (id: string) => ONBOARDING_TEMPLATE.find((s) => s.id === id)!

describe('the onboarding template', () => {
  it('is a DAG of known steps', () => {
    expect(templateFaults(ONBOARDING_TEMPLATE)).toEqual([])
  })

  it('lists each step after its prerequisites, so the desk can work top to bottom', () => {
    const seen = new Set<string>()
    for (const s of ONBOARDING_TEMPLATE) {
      for (const r of s.requires) expect(seen.has(r), `${s.id} before ${r}`).toBe(true)
      seen.add(s.id)
    }
  })

  it('has the nine steps of the issue, 营业执照 done at creation', () => {
    expect(ONBOARDING_TEMPLATE.map((s) => s.title)).toEqual([
      '营业执照',
      '银行开户',
      '单位社保开户',
      '医保登记',
      '公积金开户',
      '员工参保登记',
      '社会保障卡申领',
      '劳动合同签订',
      '职工名册',
    ])
    expect(ONBOARDING_TEMPLATE.filter((s) => s.doneAtCreation).map((s) => s.id)).toEqual(['business-licence'])
  })

  it('makes enrolment need the social-insurance account and an employee, and cards need enrolment', () => {
    expect(find('employee-enrolment')).toMatchObject({ requires: ['social-insurance-account'], minEmployees: 1 })
    expect(find('social-security-card').requires).toEqual(['employee-enrolment'])
  })
})

describe('templateFaults', () => {
  it('finds a cycle and names its path', () => {
    expect(templateFaults([step('a', ['c']), step('b', ['a']), step('c', ['b'])])).toEqual(['cycle a → c → b → a'])
  })

  it('finds a step requiring itself, an unknown step and a duplicate', () => {
    expect(templateFaults([step('a', ['a']), step('b', ['x']), step('b')])).toEqual(
      expect.arrayContaining(['cycle a → a', 'b requires unknown x', 'duplicate step b']),
    )
  })
})

describe('blockersOf', () => {
  const done = new Set(['business-licence', 'bank-account'])
  const statusOf = (id: string): StepStatus => (done.has(id) ? 'done' : 'open')

  it('names the open prerequisites and the missing employees', () => {
    const blockers = blockersOf(find('social-security-card'), ONBOARDING_TEMPLATE, statusOf, 0)
    expect(blockers.steps.map((s) => s.title)).toEqual(['员工参保登记'])
    expect(blockersOf(find('employee-enrolment'), ONBOARDING_TEMPLATE, statusOf, 0)).toMatchObject({
      steps: [{ title: '单位社保开户' }],
      employeesMissing: 1,
    })
  })

  it('lets a step through once its prerequisites are done and employees are on the roster', () => {
    done.add('social-insurance-account')
    expect(isBlocked(blockersOf(find('employee-enrolment'), ONBOARDING_TEMPLATE, statusOf, 1))).toBe(false)
    expect(isBlocked(blockersOf(find('employee-enrolment'), ONBOARDING_TEMPLATE, statusOf, 0))).toBe(true)
  })
})
