import { randomUUID } from 'node:crypto'
import {
  blockersOf,
  isBlocked,
  MAX_CASE_NOTES,
  type Actor,
  type CaseNoteBody,
  type CompanyCase,
  type CompanyCreate,
  type CompanySummary,
  type OnboardingStepTemplate,
  type StepPlace,
  shanghaiDate,
  subDistrictDeskId,
} from '@doorstep/shared'
import { formatDateTime } from '@doorstep/shared/time/display'
import type { Caller } from '../core/auth/caller'
import { ConflictError, NotFoundError, ValidationError } from '../core/http/errors'
import type { StationRepository } from '../stations/repository'
import { assertCanWorkOn } from './case-access'
import type { CaseRepository } from './case-repository'
import { toCompanyCase, toCompanySummary } from './case-view'
import type { EmployeeRepository } from './employee-repository'
import { isCompleted, type CaseRecord, type StepRecord } from './keys'

/** Optimistic writes re-read and retry this often when other steps of the same case land in between. */
const MAX_STEP_ATTEMPTS = 5

export class CompanyService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly employees: EmployeeRepository,
    private readonly stations: Pick<StationRepository, 'get'>,
    private readonly template: readonly OnboardingStepTemplate[],
  ) {}

  /**
   * Two single-item writes, no transaction: claim the credit code, then write the case. A crash in between
   * leaves a claim without a case, which the next attempt for that code takes over; so is a claim whose case
   * is completed, which is how a company opens a new case after finishing one.
   */
  async create(input: CompanyCreate, ownerId: string, now: Date): Promise<CompanyCase> {
    if (input.stationId !== undefined && !(await this.stations.get(input.stationId)))
      throw new ValidationError([{ path: 'body.stationId', message: '没有这个服务站' }])

    const claim = { companyId: randomUUID(), ownerId }
    if (!(await this.cases.claimCreditCode(input.creditCode, claim))) await this.takeOverClaim(input.creditCode, claim)

    const createdAt = now.toISOString()
    const opening: Record<string, StepRecord> = Object.fromEntries(
      this.template
        .filter((s) => s.doneAtCreation)
        .map((s) => [s.id, { completedAt: createdAt, completedBy: { kind: 'owner', id: ownerId } }]),
    )
    const record: CaseRecord = { ...input, id: claim.companyId, ownerId, createdAt, steps: opening, version: 1 }
    await this.cases.create(record)
    return this.view(record, 0, now)
  }

  private async view(record: CaseRecord, employeeCount: number, now: Date): Promise<CompanyCase> {
    return toCompanyCase(record, this.template, employeeCount, now, await this.deskOf(record))
  }

  /**
   * The desk the company chose: its station, or (no station chosen) its sub-district's steward at the sub-district
   * centre. A station since taken out of the catalogue still shows by id, so the link says what it was.
   */
  private async deskOf(record: Pick<CaseRecord, 'stationId' | 'subDistrict'>): Promise<StepPlace> {
    const stationId = record.stationId ?? subDistrictDeskId(record.subDistrict)
    const station = await this.stations.get(stationId)
    return { kind: 'station', stationId, name: station?.name ?? stationId }
  }

  /**
   * The code is claimed: by an active case (409), or by a case that is completed or was never written (a crash
   * between the two writes) — then the claim passes to the new case, conditional on it still naming the old one.
   */
  private async takeOverClaim(code: string, claim: { companyId: string; ownerId: string }) {
    const existing = await this.cases.creditCodeClaim(code)
    const taken = () =>
      new ConflictError('这家企业已有进行中的开办事项', [{ path: 'body.creditCode', message: '该统一社会信用代码已有进行中的开办事项' }])
    if (!existing) throw taken()
    const holder = await this.cases.get(existing.companyId)
    if (holder && !isCompleted(holder)) throw taken()
    if (!(await this.cases.takeOverClaim(code, existing, claim))) throw taken()
  }

  async get(id: string, caller: Caller, now: Date): Promise<CompanyCase> {
    const record = await this.cases.get(id)
    assertCanWorkOn(caller, record)
    return this.view(record, await this.employees.count(id), now)
  }

  async mine(userId: string, now: Date): Promise<{ items: CompanySummary[] }> {
    const records = await this.cases.listByOwner(userId)
    return { items: records.map((r) => toCompanySummary(r, this.template, now)) }
  }

  /**
   * Marks a step done if its prerequisites are. The write is conditional on the case's version, so of two
   * concurrent completions of one step exactly one wins; the other re-reads, finds it done and gets a 409
   * naming who did it.
   */
  async completeStep(id: string, stepId: string, note: string | undefined, caller: Caller, now: Date): Promise<CompanyCase> {
    const step = this.template.find((s) => s.id === stepId)
    for (let attempt = 0; attempt < MAX_STEP_ATTEMPTS; attempt++) {
      const record = await this.cases.get(id)
      assertCanWorkOn(caller, record)
      if (!step) throw new NotFoundError('没有这个办理步骤')
      const already = record.steps[stepId]
      if (already)
        throw new ConflictError(`「${step.title}」已于 ${formatDateTime(already.completedAt, 'zh', shanghaiDate(now))} 办结`, [
          { path: 'stepId', message: '该步骤已办结' },
        ])

      const employeeCount = step.minEmployees ? await this.employees.count(id) : 0
      this.assertUnblocked(step, record, employeeCount)

      const at = now.toISOString()
      const entry: StepRecord = { completedAt: at, completedBy: actorOf(caller), ...(note ? { note } : {}) }
      const allDone = this.template.every((s) => s.id === stepId || record.steps[s.id])
      const milestones = {
        deskStartedAt: !record.deskStartedAt && caller.kind === 'staff' ? at : undefined,
        completedAt: allDone ? at : undefined,
      }
      if (await this.cases.saveStep(id, stepId, entry, record.version, milestones)) {
        const saved: CaseRecord = {
          ...record,
          steps: { ...record.steps, [stepId]: entry },
          version: record.version + 1,
          deskStartedAt: record.deskStartedAt ?? milestones.deskStartedAt,
          completedAt: milestones.completedAt,
        }
        return this.view(saved, employeeCount || (await this.employees.count(id)), now)
      }
    }
    throw new ConflictError('这个开办事项正被同时修改，请稍后重试')
  }

  async addNote(id: string, body: CaseNoteBody, caller: Caller, now: Date): Promise<CompanyCase> {
    assertCanWorkOn(caller, await this.cases.get(id))
    if (body.stepId !== undefined && !this.template.some((s) => s.id === body.stepId))
      throw new ValidationError([{ path: 'body.stepId', message: '没有这个办理步骤' }])
    const note = { at: now.toISOString(), by: actorOf(caller), ...body }
    const saved = await this.cases.appendNote(id, note, MAX_CASE_NOTES)
    if (!saved) throw new ConflictError(`每个开办事项最多记录 ${MAX_CASE_NOTES} 条备注`, [{ path: 'body.text', message: '备注已满' }])
    return this.view(saved, await this.employees.count(id), now)
  }

  private assertUnblocked(step: OnboardingStepTemplate, record: CaseRecord, employeeCount: number) {
    const blockers = blockersOf(step, this.template, (s) => (record.steps[s] ? 'done' : 'open'), employeeCount)
    if (!isBlocked(blockers)) return
    const reasons = [
      ...(blockers.steps.length ? [`请先完成：${blockers.steps.map((s) => s.title).join('、')}`] : []),
      ...(blockers.employeesMissing ? [`请先在员工名册中添加至少 ${step.minEmployees} 名员工`] : []),
    ]
    throw new ConflictError(`「${step.title}」还不能办理。${reasons.join('；')}`, [
      ...blockers.steps.map((s) => ({ path: `steps.${s.id}`, message: `「${s.title}」尚未完成` })),
      ...(blockers.employeesMissing ? [{ path: 'employees', message: `还差 ${blockers.employeesMissing} 名员工` }] : []),
    ])
  }
}

function actorOf(caller: Caller): Actor {
  if (caller.kind === 'user') return { kind: 'owner', id: caller.userId }
  if (caller.kind === 'staff') return { kind: 'staff', id: caller.staffId, name: caller.displayName }
  throw new Error('an anonymous caller reached a signed-in route')
}
