import {
  MAX_CASE_NOTES,
  VISIT_ITEM_NAMES,
  type CompanyCase,
  type CompanySummary,
  type OnboardingStepTemplate,
  type StewardAssignBody,
  type VisitLogBody,
} from '@doorstep/shared'
import type { AccountRepository } from '../auth/account-repository'
import type { StaffCaller } from '../core/auth/caller'
import { ConflictError, NotFoundError, ValidationError } from '../core/http/errors'
import { assertCanWorkOn, canWorkOn } from './case-access'
import type { CaseRepository } from './case-repository'
import { toCompanySummary } from './case-view'
import type { CompanyService } from './company-service'
import type { CaseRecord } from './keys'

/** The roles a 用工管家 may have: a desk (hiring steward, bank desk) or a grid worker. */
const STEWARD_ROLES: readonly string[] = ['desk', 'grid']

/**
 * 用工管家: district or sub-district staff assign a steward to a new company; the steward sees their companies, logs
 * each visit (contracts, roster, social-insurance help) and completes the steps they helped with (case-access.ts).
 */
export class StewardshipService {
  constructor(
    private readonly cases: Pick<CaseRepository, 'get' | 'assignSteward' | 'listBySteward' | 'appendNote'>,
    private readonly accounts: Pick<AccountRepository, 'getStaff'>,
    private readonly companies: Pick<CompanyService, 'get'>,
    private readonly template: readonly OnboardingStepTemplate[],
  ) {}

  /** Desk staff or the admin whose scope covers the case; the steward must be an active desk or grid account. */
  async assign(id: string, body: StewardAssignBody, caller: StaffCaller, now: Date): Promise<CompanyCase> {
    const record = await this.cases.get(id)
    if (!record || !this.coversByScope(caller, record)) throw new NotFoundError('没有找到这个开办事项')
    const account = await this.accounts.getStaff(body.staffId)
    if (!account || account.disabled || !STEWARD_ROLES.includes(account.role))
      throw new ValidationError([{ path: 'body.staffId', message: '请选择在岗的窗口人员或网格员' }])
    const steward = { staffId: account.username, name: account.displayName, contact: body.contact, assignedAt: now.toISOString() }
    if (!(await this.cases.assignSteward(record, steward))) throw new NotFoundError('没有找到这个开办事项')
    return this.companies.get(id, caller, now)
  }

  /** The steward's companies, newest first. */
  async mine(caller: StaffCaller, now: Date): Promise<{ items: CompanySummary[] }> {
    const records = await this.cases.listBySteward(caller.staffId)
    // a case handed to another steward may linger in this index for a moment: it is theirs now
    return { items: records.filter((r) => r.steward?.staffId === caller.staffId).map((r) => toCompanySummary(r, this.template, now)) }
  }

  /** A visit by the case's steward (or desk staff in scope): a note that says what was done. */
  async logVisit(id: string, body: VisitLogBody, caller: StaffCaller, now: Date): Promise<CompanyCase> {
    assertCanWorkOn(caller, await this.cases.get(id))
    const done = body.did.map((item) => VISIT_ITEM_NAMES[item])
    const note = {
      at: now.toISOString(),
      by: { kind: 'staff' as const, id: caller.staffId, name: caller.displayName },
      text: done.length ? `走访：${done.join('、')}。${body.text}` : `走访：${body.text}`,
      visit: { did: body.did },
    }
    if (!(await this.cases.appendNote(id, note, MAX_CASE_NOTES)))
      throw new ConflictError(`每个开办事项最多记录 ${MAX_CASE_NOTES} 条备注`, [{ path: 'body.text', message: '备注已满' }])
    return this.companies.get(id, caller, now)
  }

  /** Assigning is for desk staff and the admin whose scope covers the case, not for the steward it names. */
  private coversByScope(caller: StaffCaller, record: CaseRecord): boolean {
    return canWorkOn(caller, { ...record, steward: undefined })
  }
}
