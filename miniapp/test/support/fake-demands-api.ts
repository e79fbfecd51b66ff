import * as v from 'valibot'
import {
  DemandCreate,
  DemandDecision,
  DemandResultBody,
  endpoints,
  EnrollmentClaimBody,
  FieldDemandSubmit,
  OnBehalfEnrollmentBody,
  ReferralOutcomeBody,
  ReferralSubmit,
  type Referral,
  type StationSummary,
  type CompanySummary,
  type FieldDemand,
  type Me,
  type ServiceProject,
  type ServiceSession,
  type StaffDemand,
} from '@doorstep/shared'
import type { TransportRequest, TransportResponse } from '@/shared/api/transport'
import { NOW } from '../fixtures/messages'
import { createFakeTransport, invalid, methodAndPath, ok, problem, routeOf } from './fake-api'

interface Seed {
  people: Record<string, Me>
  services?: ServiceProject[]
  sessions?: ServiceSession[]
  tagged?: Array<{ id: string; trackingNo: string; title: string; category: 'social-security'; taggedAt: string }>
  stewardships?: CompanySummary[]
  stations?: Array<Pick<StationSummary, 'id' | 'name' | 'subDistrict'>>
}

/**
 * An in-memory stand-in for the demand loop's routes with the API's contract (docs/api.md): field demands once per
 * Idempotency-Key in the caller's grid, sign-ups on a resident's behalf with a claim code, grouping into demands,
 * decisions (409 out of turn), answering with a session (notified count), the public list and a steward's companies.
 */
export function createFakeDemandsApi(seed: Seed) {
  const fieldDemands: FieldDemand[] = []
  const demands: StaffDemand[] = []
  const claims = new Map<string, { sessionId: string; phone: string }>()
  const referrals: Referral[] = []
  const byKey = new Map<string, unknown>()
  let serial = 0
  const uuid = () => `00000000-0000-4000-a000-${String(++serial).padStart(12, '0')}`

  const api = createFakeTransport(methodAndPath, (request, url) => route(request, url))

  function route(request: TransportRequest, url: URL): TransportResponse {
    const on = routeOf(request, url)
    const me = seed.people[request.headers.Authorization?.replace(/^Bearer /, '') ?? '']
    const staff = me?.kind === 'staff' ? me : undefined
    const key = request.headers['Idempotency-Key']
    if (on(endpoints.demandsPublic))
      return ok({
        items: demands
          .filter((d) => d.status !== 'assessing')
          .map(({ messageIds: _m, fieldDemandIds: _f, staffTrail: _s, notified: _n, ...d }) => d),
      })
    if (on(endpoints.servicesList)) return ok({ items: seed.services ?? [] })
    if (on(endpoints.stationsList))
      return ok({ items: (seed.stations ?? []).filter((s) => s.subDistrict === url.searchParams.get('street')) })
    const sessionsOf = on(endpoints.servicesSessions)
    if (sessionsOf) return ok({ items: (seed.sessions ?? []).filter((s) => s.serviceId === sessionsOf.id) })
    if (on(endpoints.enrollmentsClaim)) return me?.kind === 'user' ? claim(request.body) : problem(401, '未登录')
    if (!staff) return problem(401, '未登录')

    if (on(endpoints.demandsFieldFile)) {
      if (staff.scope.kind !== 'grid') return problem(403, '没有权限')
      const parsed = v.safeParse(FieldDemandSubmit, request.body)
      if (!parsed.success) return invalid(parsed.issues, 'body')
      const repeat = key && byKey.get(`${staff.staffId}:${key}`)
      if (repeat) return ok(repeat)
      const { resident, ...heard } = parsed.output
      const demand: FieldDemand = {
        id: `fd-${uuid()}`,
        gridId: staff.scope.id,
        stationId: staff.scope.stationId,
        subDistrict: staff.scope.subDistrict,
        ...heard,
        ...(resident ? { resident: { name: resident.name, ...(resident.phone ? { phone: resident.phone } : {}), masked: false } } : {}),
        filedBy: staff.staffId,
        filedAt: NOW,
      }
      fieldDemands.unshift(demand)
      if (key) byKey.set(`${staff.staffId}:${key}`, demand)
      return ok(demand, 201)
    }
    if (on(endpoints.demandsFieldList)) {
      const mine = staff.scope.kind === 'grid' ? fieldDemands.filter((f) => f.filedBy === staff.staffId) : fieldDemands
      return ok({ items: mine })
    }
    const behalf = on(endpoints.enrollmentsOnBehalf)
    if (behalf) {
      const parsed = v.safeParse(OnBehalfEnrollmentBody, request.body)
      if (!parsed.success) return invalid(parsed.issues, 'body')
      const session = (seed.sessions ?? []).find((s) => s.id === behalf.id)
      if (!session) return problem(404, '没有找到这场活动')
      const code = String(123456 + claims.size)
      claims.set(code, { sessionId: session.id, phone: parsed.output.residentPhone })
      return ok(
        {
          id: `${session.id}.${uuid()}`,
          status: 'confirmed',
          signedUpAt: NOW,
          session,
          residentName: parsed.output.residentName,
          residentPhone: parsed.output.residentPhone,
          claimCode: code,
        },
        201,
      )
    }
    if (on(endpoints.messagesDashboard)) return ok({ demands: seed.tagged ?? [] })
    if (on(endpoints.demandsList))
      return ok({
        items: demands,
        funnel: [{ subDistrict: 'all', demands: demands.length, decided: 0, adopted: 0, scheduled: 0, declined: 0 }],
      })
    if (on(endpoints.demandsCreate)) {
      const parsed = v.safeParse(DemandCreate, request.body)
      if (!parsed.success) return invalid(parsed.issues, 'body')
      const at = NOW
      const grouped = fieldDemands.filter((f) => parsed.output.fieldDemandIds.includes(f.id))
      for (const f of grouped) f.demandId = 'grouped'
      const demand: StaffDemand = {
        id: `dm-${uuid()}`,
        topic: parsed.output.topic,
        summary: parsed.output.summary,
        subDistrict: parsed.output.subDistrict ?? 'pingjiang',
        status: 'assessing',
        reports: parsed.output.messageIds.length + grouped.reduce((n, f) => n + f.households, 0),
        firstReportedAt: at,
        trail: [{ status: 'assessing', at }],
        messageIds: parsed.output.messageIds,
        fieldDemandIds: parsed.output.fieldDemandIds,
        staffTrail: [{ status: 'assessing', at, staffId: staff.staffId }],
      }
      demands.unshift(demand)
      return ok(demand, 201)
    }
    const decided = on(endpoints.demandsDecide)
    if (decided) {
      const demand = demands.find((d) => d.id === decided.id)
      if (!demand) return problem(404, '没有找到这条需求')
      const parsed = v.safeParse(DemandDecision, request.body)
      if (!parsed.success) return invalid(parsed.issues, 'body')
      if (demand.status !== 'assessing') return problem(409, '已决定')
      const note = parsed.output.decision === 'adopt' ? parsed.output.note : parsed.output.reason
      demand.status = parsed.output.decision === 'adopt' ? 'adopted' : 'declined'
      demand.trail.push({ status: demand.status, at: NOW, ...(note ? { note } : {}) })
      return ok(demand)
    }
    const answered = on(endpoints.demandsAnswer)
    if (answered) {
      const demand = demands.find((d) => d.id === answered.id)
      const parsed = v.safeParse(DemandResultBody, request.body)
      if (!demand) return problem(404, '没有找到这条需求')
      if (!parsed.success) return invalid(parsed.issues, 'body')
      if (demand.status !== 'adopted') return problem(409, '请先采纳这条需求')
      const body = parsed.output
      const session = body.kind === 'session' ? (seed.sessions ?? []).find((s) => s.id === body.sessionId) : undefined
      if (!session) return problem(422, '提交的内容有误', undefined, [{ path: 'body.sessionId', message: '没有这个场次' }])
      demand.status = 'scheduled'
      demand.result = {
        kind: 'session',
        sessionId: session.id,
        serviceId: session.serviceId,
        title: session.title,
        startsAt: session.startsAt,
      }
      demand.trail.push({ status: 'scheduled', at: NOW })
      demand.notified = demand.reports
      return ok(demand)
    }
    if (on(endpoints.companiesStewardList)) return ok({ items: seed.stewardships ?? [] })
    if (on(endpoints.demandsReferralFile)) {
      if (staff.scope.kind !== 'grid') return problem(403, '没有权限')
      const parsed = v.safeParse(ReferralSubmit, request.body)
      if (!parsed.success) return invalid(parsed.issues, 'body')
      const { resident, ...about } = parsed.output
      const referral: Referral = {
        id: `rf-${uuid()}`,
        ...about,
        subDistrict: staff.scope.subDistrict,
        resident: { name: resident.name, phone: resident.phone },
        filedBy: staff.staffId,
        gridId: staff.scope.id,
        filedAt: NOW,
        dueAt: '2026-11-30T15:59:59.999Z',
        overdue: false,
        status: 'open',
      }
      referrals.unshift(referral)
      return ok(referral, 201)
    }
    if (on(endpoints.demandsReferralList)) return ok({ items: referrals })
    const outcomeOf = on(endpoints.demandsReferralOutcome)
    if (outcomeOf) {
      const referral = referrals.find((r) => r.id === outcomeOf.id)
      if (!referral) return problem(404, '没有找到这条转介')
      const parsed = v.safeParse(ReferralOutcomeBody, request.body)
      if (!parsed.success) return invalid(parsed.issues, 'body')
      if (referral.status === 'closed') return problem(409, '这条转介已有结果')
      referral.status = 'closed'
      referral.outcome = { ...parsed.output, at: NOW, staffId: staff.staffId }
      return ok(referral)
    }
    return problem(404, 'Not Found')
  }

  /** A resident's claim of an on-behalf sign-up: right code and phone → 200, else 422 body.code. */
  function claim(body: unknown): TransportResponse {
    const parsed = v.safeParse(EnrollmentClaimBody, body)
    if (!parsed.success) return invalid(parsed.issues, 'body')
    const found = claims.get(parsed.output.code)
    if (!found || found.phone !== parsed.output.phone)
      return problem(422, '提交的内容有误', undefined, [{ path: 'body.code', message: '领取码或手机号不正确' }])
    return ok({ id: 'claimed', status: 'confirmed', signedUpAt: NOW, session: (seed.sessions ?? []).find((s) => s.id === found.sessionId) })
  }

  return { ...api, fieldDemands, demands, claims, referrals }
}
