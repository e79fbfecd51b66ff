import { randomUUID } from 'node:crypto'
import { type DemandCreate, type DemandResult, type DemandResultBody, type StaffDemand, type SubDistrictId } from '@doorstep/shared'
import type { StaffCaller } from '../core/auth/caller'
import { ConflictError, ValidationError } from '../core/http/errors'
import { notifySafely, type Notifier } from '../inbox/notifier'
import type { DemandRecord } from './keys'
import type { DemandRepository } from './repository'
import { statusName, type DemandDecisions } from './demand-decisions'
import { toStaffDemand } from './views'

/** What grouping reads of a board message: where it is, when it came, who raised it and who said me-too. */
export interface ReportedMessage {
  id: string
  subDistrict?: SubDistrictId
  submittedAt: string
  authorId: string
  meToo?: number
  meTooBy?: Set<string>
}

export interface DemandSources {
  message(id: string): Promise<ReportedMessage | undefined>
  session(id: string): Promise<{ id: string; serviceId: string; title: string; startsAt: string } | undefined>
  service(id: string): Promise<{ id: string; name: string } | undefined>
}

/** A walk-in resident filed by staff has no account to tell (keys.ts of messages: `walkin-<uuid>`). */
const hasAccount = (userId: string) => !userId.startsWith('walkin-')

/**
 * The closed loop's writes that reach beyond the demands table: group reports into a demand, and answer an adopted
 * one with a session or service project, telling everyone once. Reading and deciding are DemandDecisions'.
 */
export class DemandService {
  constructor(
    private readonly repository: DemandRepository,
    private readonly decisions: DemandDecisions,
    private readonly sources: DemandSources,
    private readonly notifier: Notifier,
  ) {}

  async create(staff: StaffCaller, body: DemandCreate, now: Date): Promise<StaffDemand> {
    const subDistrict = this.subDistrictFor(staff, body.subDistrict)
    const [messages, fieldDemands] = await Promise.all([
      Promise.all(body.messageIds.map((id) => this.sources.message(id))),
      this.repository.getFieldDemands(body.fieldDemandIds),
    ])
    const byId = new Map(fieldDemands.map((f) => [f.id, f]))
    const errors = [
      ...body.messageIds.flatMap((id, i) =>
        messages[i]?.subDistrict === subDistrict ? [] : [{ path: `body.messageIds.${i}`, message: '没有这条本街道的留言' }],
      ),
      ...body.fieldDemandIds.flatMap((id, i) =>
        byId.get(id)?.subDistrict === subDistrict ? [] : [{ path: `body.fieldDemandIds.${i}`, message: '没有这条本街道的走访需求' }],
      ),
    ]
    if (errors.length) throw new ValidationError(errors)
    const found = messages as ReportedMessage[]
    const fields = body.fieldDemandIds.map((id) => byId.get(id)!)

    const id = `dm-${randomUUID()}`
    await this.claimAll(id, body)
    const at = now.toISOString()
    const record: DemandRecord = {
      id,
      topic: body.topic,
      summary: body.summary,
      subDistrict,
      status: 'assessing',
      createdAt: at,
      firstReportedAt: [...found.map((m) => m.submittedAt), ...fields.map((f) => f.filedAt)].sort()[0]!,
      reports: found.reduce((n, m) => n + 1 + (m.meToo ?? 0), 0) + fields.reduce((n, f) => n + f.households, 0),
      messageIds: body.messageIds,
      fieldDemandIds: body.fieldDemandIds,
      trail: [{ status: 'assessing', at, staffId: staff.staffId }],
    }
    await this.repository.putDemand(record)
    await this.decisions.recordOutcome(record, fields)
    return toStaffDemand(record)
  }

  /** Each report joins one demand only; if any is taken, those this demand claimed are given back (409 names them). */
  private async claimAll(id: string, body: DemandCreate): Promise<void> {
    const members = [
      ...body.messageIds.map((memberId, i) => ({ memberId, path: `body.messageIds.${i}` })),
      ...body.fieldDemandIds.map((memberId, i) => ({ memberId, path: `body.fieldDemandIds.${i}` })),
    ]
    const claims = await Promise.all(members.map(({ memberId }) => this.repository.claimMember(memberId, id)))
    const taken = members.filter((_, i) => !claims[i]!.claimed)
    if (taken.length === 0) return
    await Promise.all(members.filter((_, i) => claims[i]!.claimed).map(({ memberId }) => this.repository.releaseMember(memberId, id)))
    throw new ConflictError(
      '有的留言或走访需求已归入另一条需求',
      taken.map(({ path }) => ({ path, message: '已归入另一条需求' })),
    )
  }

  /**
   * An adopted demand answered by a session or a service project: the demand moves to 已排期 first (one conditional
   * write), then everyone who raised it or said me-too is told once — the note's dedupe key is the demand, so a
   * retried request (or one that crashed half-way through telling) tells only those not yet told.
   */
  async answer(staff: StaffCaller, id: string, body: DemandResultBody, now: Date): Promise<StaffDemand> {
    const demand = await this.decisions.inScope(staff, id)
    const result = await this.resultOf(body)
    const step = { status: 'scheduled' as const, at: now.toISOString(), staffId: staff.staffId }
    let updated: DemandRecord
    if (demand.status === 'scheduled' && sameResult(demand.result, result)) {
      updated = demand
    } else if (await this.repository.changeStatus(id, 'adopted', step, result)) {
      updated = { ...demand, status: 'scheduled', trail: [...demand.trail, step], result }
    } else {
      const now = await this.decisions.inScope(staff, id)
      throw new ConflictError(now.status === 'assessing' ? '请先采纳这条需求' : `这条需求已${statusName(now.status)}，不能再排期`, [
        { path: 'path.id', message: statusName(now.status) },
      ])
    }
    const notified = await this.tellEveryone(updated, result, now)
    await this.decisions.recordOutcome(updated)
    await this.repository.setNotified(id, notified)
    return toStaffDemand({ ...updated, notified })
  }

  private async tellEveryone(demand: DemandRecord, result: DemandResult, now: Date): Promise<number> {
    const messages = (await Promise.all(demand.messageIds.map((id) => this.sources.message(id)))).filter((m) => m !== undefined)
    const people = new Set(messages.flatMap((m) => [m.authorId, ...(m.meTooBy ?? [])]).filter(hasAccount))
    const what = result.kind === 'session' ? `已安排「${result.title}」，点此报名` : `已开设服务「${result.name}」，点此查看`
    await Promise.all(
      [...people].map((userId) =>
        notifySafely(
          this.notifier,
          userId,
          {
            kind: 'demand-result',
            title: `您提的需求已办：${demand.topic}`,
            body: `您反映的“${demand.topic}”，${what}。`,
            link: { kind: 'service', id: result.serviceId },
            dedupeKey: `demand-result:${demand.id}`,
          },
          now,
        ),
      ),
    )
    return people.size
  }

  private async resultOf(body: DemandResultBody): Promise<DemandResult> {
    if (body.kind === 'session') {
      const session = await this.sources.session(body.sessionId)
      if (!session) throw new ValidationError([{ path: 'body.sessionId', message: '没有这个场次' }])
      return { kind: 'session', sessionId: session.id, serviceId: session.serviceId, title: session.title, startsAt: session.startsAt }
    }
    const service = await this.sources.service(body.serviceId)
    if (!service) throw new ValidationError([{ path: 'body.serviceId', message: '没有这个服务项目' }])
    return { kind: 'service', serviceId: service.id, name: service.name }
  }

  private subDistrictFor(staff: StaffCaller, named: SubDistrictId | undefined): SubDistrictId {
    const scope = staff.scope
    if (scope.kind === 'district') {
      if (!named) throw new ValidationError([{ path: 'body.subDistrict', message: '请选择街道' }])
      return named
    }
    const own = scope.kind === 'subDistrict' ? scope.id : scope.subDistrict
    if (named && named !== own) throw new ValidationError([{ path: 'body.subDistrict', message: '只能在本街道归集需求' }])
    return own
  }
}

function sameResult(a: DemandResult | undefined, b: DemandResult): boolean {
  if (!a || a.kind !== b.kind) return false
  return a.kind === 'session' ? a.sessionId === (b as typeof a).sessionId : a.serviceId === b.serviceId
}
