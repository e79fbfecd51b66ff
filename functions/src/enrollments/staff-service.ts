import { randomBytes } from 'node:crypto'
import {
  ENROLLMENT_STATUSES,
  scopeCovers,
  type Roster,
  type RosterEntry,
  type ServiceSession,
  type SessionCreate,
  type SessionEdit,
  type StaffScope,
  type Station,
} from '@doorstep/shared'
import { ConflictError, NotFoundError, ValidationError } from '../core/http/errors'
import type { ServiceRepository } from '../services/repository'
import type { StationRepository } from '../stations/repository'
import { toCsv } from '../core/csv/to-csv'
import { toServiceSession, type SessionRecord } from '../sessions/keys'
import type { SessionRepository } from '../sessions/repository'
import type { EnrollmentRepository } from './enrollment-repository'
import { enrollmentId, parseEnrollmentId } from './keys'
import type { SeatLedger } from './seat-ledger'

const STATUS_NAMES: Record<(typeof ENROLLMENT_STATUSES)[number], string> = {
  confirmed: '已报名',
  waitlisted: '候补',
  pending: '处理中',
  cancelled: '已取消',
}

/** Desk and admin staff: sessions at stations in their scope (anything else is a 404), rosters, attendance. */
export class SessionStaffService {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly enrollments: EnrollmentRepository,
    private readonly ledger: SeatLedger,
    private readonly services: ServiceRepository,
    private readonly stations: StationRepository,
  ) {}

  async create(body: SessionCreate, scope: StaffScope): Promise<ServiceSession> {
    const service = await this.services.get(body.serviceId)
    if (!service?.hasSessions) throw new ValidationError([{ path: 'body.serviceId', message: '没有这个可报名的服务项目' }])
    const station = await this.stationFor(body.stationId, body.serviceId, scope)
    const session: SessionRecord = {
      id: `ses-${randomBytes(6).toString('hex')}`,
      serviceId: service.id,
      serviceName: service.name,
      categoryId: service.categoryId,
      ...pickTimes(body),
      title: body.title,
      capacity: body.capacity,
      ...placeOf(station),
      confirmed: 0,
      seats: {},
      sample: false,
    }
    if (!(await this.sessions.create(session))) throw new ConflictError('编号冲突，请重试')
    return toServiceSession(session)
  }

  async edit(id: string, edit: SessionEdit, scope: StaffScope): Promise<ServiceSession> {
    const current = await this.sessionInScope(id, scope)
    const station = await this.stationFor(edit.stationId, current.serviceId, scope)
    const updated = await this.sessions.update(id, { ...pickTimes(edit), title: edit.title, capacity: edit.capacity, ...placeOf(station) })
    if (!updated)
      throw new ConflictError(`已有 ${(await this.sessions.get(id))?.confirmed ?? current.confirmed} 人报名，名额不能少于已报名人数`)
    // More seats: the waitlist moves up now.
    await this.ledger.settle(id)
    return toServiceSession((await this.sessions.get(id)) ?? updated)
  }

  /**
   * Everyone in sign-up order. First finishes what interrupted requests left: a sign-up still pending is placed
   * (never shown as 处理中), and a seat a cancelled enrollment still holds is released.
   */
  async roster(id: string, scope: StaffScope): Promise<Roster> {
    await this.sessionInScope(id, scope)
    for (const stuck of await this.enrollments.ofSession(id)) {
      if (stuck.status === 'pending') await this.ledger.place(stuck)
      if (stuck.status !== 'cancelled') continue
      const session = await this.sessions.get(id)
      if (session && stuck.userId in session.seats) await this.ledger.vacate(id, stuck.userId)
    }
    const session = (await this.sessions.get(id))!
    const entries: RosterEntry[] = (await this.enrollments.ofSession(id))
      .map((e) => ({
        enrollmentId: enrollmentId(e.sessionId, e.userId),
        displayName: e.displayName,
        status: e.status !== 'cancelled' && e.userId in session.seats ? 'confirmed' : e.status,
        sequence: e.sequence ?? Number.MAX_SAFE_INTEGER,
        signedUpAt: e.signedUpAt,
        attended: e.attended,
      }))
      .sort((a, b) => a.sequence - b.sequence)
    return { session: toServiceSession(session), entries }
  }

  /** The roster as CSV (with a BOM so spreadsheet programs read the Chinese as UTF-8). */
  async rosterCsv(id: string, scope: StaffScope): Promise<{ filename: string; csv: string }> {
    const { session, entries } = await this.roster(id, scope)
    const rows = entries.map((e, index) => [index + 1, e.displayName, STATUS_NAMES[e.status], e.signedUpAt, e.attended ? '已签到' : ''])
    return { filename: `roster-${session.id}.csv`, csv: `\uFEFF${toCsv([['序号', '姓名', '状态', '报名时间', '签到'], ...rows])}` }
  }

  async markAttendance(id: string, attended: boolean, scope: StaffScope): Promise<RosterEntry> {
    const { sessionId, userId } = parseEnrollmentId(id)
    await this.sessionInScope(sessionId, scope)
    const existing = await this.enrollments.get(sessionId, userId)
    if (!existing) throw new NotFoundError('没有找到这条报名')
    const marked = await this.enrollments.markAttendance(sessionId, userId, attended)
    if (!marked) throw new ConflictError('只有已报名（非候补、未取消）的人可以签到')
    return {
      enrollmentId: id,
      displayName: marked.displayName,
      status: marked.status,
      sequence: marked.sequence ?? 0,
      signedUpAt: marked.signedUpAt,
      attended: marked.attended,
    }
  }

  private async sessionInScope(id: string, scope: StaffScope): Promise<SessionRecord> {
    const session = await this.sessions.get(id)
    if (!session || !scopeCovers(scope, { stationId: session.stationId, subDistrict: session.subDistrict })) {
      throw new NotFoundError('没有找到这场活动')
    }
    return session
  }

  /** The station must be in scope (else 404, like any object outside it) and offer the service (else 422). */
  private async stationFor(stationId: string, serviceId: string, scope: StaffScope): Promise<Station> {
    const station = await this.stations.get(stationId)
    if (!station || !scopeCovers(scope, { stationId: station.id, subDistrict: station.subDistrict })) {
      throw new NotFoundError('没有找到这个服务站')
    }
    if (!station.serviceIds.includes(serviceId)) {
      throw new ValidationError([{ path: 'body.stationId', message: '这个服务站不提供该服务项目' }])
    }
    return station
  }
}

const pickTimes = ({ startsAt, endsAt, signUpBy }: SessionEdit) => ({ startsAt, endsAt, signUpBy })
const placeOf = (station: Station) => ({ stationId: station.id, stationName: station.name, subDistrict: station.subDistrict })
