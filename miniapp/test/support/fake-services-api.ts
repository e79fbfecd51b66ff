import { endpoints } from '@doorstep/shared'
import type { Enrollment, ServiceDetail, ServiceProject, ServiceSession, StationSummary } from '@doorstep/shared'
import type { TransportResponse } from '@/shared/api/transport'
import { createFakeTransport, methodAndPath, ok, problem as problemWith, routeOf } from './fake-api'

interface Seat {
  userId: string
  status: Enrollment['status']
  signedUpAt: string
}

/**
 * An in-memory stand-in for the services and enrollment routes with the same contract: the catalogue, sessions,
 * sign-up (201 new / 200 existing; confirmed or waitlisted; 409 报名已截止), cancel with promotion, 我的报名.
 * Bearer tokens are looked up in `residents` (token → user id); anything else is a 401.
 */
export function createFakeServicesApi(data: {
  services: ServiceDetail[]
  sessions: ServiceSession[]
  stations?: StationSummary[]
  residents?: Record<string, string>
  now?: string
}) {
  const sessions = new Map(data.sessions.map((s) => [s.id, { ...s }]))
  const seats = new Map<string, Seat[]>()

  const view = (sessionId: string, seat: Seat): Enrollment => {
    const line = (seats.get(sessionId) ?? []).filter((s) => s.status === 'waitlisted')
    return {
      id: `${sessionId}.${seat.userId}`,
      status: seat.status,
      ...(seat.status === 'waitlisted' ? { waitlistPosition: line.indexOf(seat) + 1 } : {}),
      signedUpAt: seat.signedUpAt,
      session: { ...sessions.get(sessionId)! },
    }
  }

  return createFakeTransport(methodAndPath, (request, url) => {
    const on = routeOf(request, url)
    const token = request.headers.Authorization?.replace(/^Bearer /, '')
    const userId = token ? data.residents?.[token] : undefined

    if (on(endpoints.servicesList)) {
      const category = url.searchParams.get('category')
      const items: ServiceProject[] = data.services
        .filter((s) => !category || s.categoryId === category)
        .map(({ policies: _p, nextSession: _n, ...s }) => s)
      return ok({ items })
    }
    if (on(endpoints.stationsList)) {
      // the stations given are the ones offering the service asked about
      return ok({ items: url.searchParams.get('service') ? (data.stations ?? []) : [] })
    }
    const serviceOrSessions = on(endpoints.servicesGet) ?? on(endpoints.servicesSessions)
    if (serviceOrSessions) {
      const service = data.services.find((s) => s.id === serviceOrSessions.id)
      if (!service) return problem(404, '没有找到这个服务项目')
      return ok(on(endpoints.servicesSessions) ? { items: [...sessions.values()].filter((s) => s.serviceId === service.id) } : service)
    }
    if (!userId) return problem(401, '请先登录')
    const enrolling = on(endpoints.enrollmentsCreate)
    if (enrolling) {
      const session = sessions.get(enrolling.id)
      if (!session) return problem(404, '没有找到这场活动')
      const list = seats.get(session.id) ?? []
      const existing = list.find((s) => s.userId === userId && s.status !== 'cancelled')
      if (existing) return ok(view(session.id, existing))
      if ((data.now ?? '2026-11-25T10:00') >= session.signUpBy) return problem(409, '报名已截止')
      const full = session.confirmed >= session.capacity
      const seat: Seat = { userId, status: full ? 'waitlisted' : 'confirmed', signedUpAt: '2026-11-25T02:00:00.000Z' }
      if (!full) session.confirmed++
      seats.set(session.id, [...list.filter((s) => s.userId !== userId), seat])
      return ok(view(session.id, seat), 201)
    }
    // an enrollment's id is `<sessionId>.<userId>`
    const [sessionId, seatUser] = on(endpoints.enrollmentsCancel)?.id.split(/\.(.*)/) ?? []
    if (sessionId && seatUser) {
      const seat = (seats.get(sessionId) ?? []).find((s) => s.userId === seatUser)
      if (!seat || seat.userId !== userId) return problem(404, '没有找到这条报名')
      const session = sessions.get(sessionId)!
      if (seat.status === 'confirmed') {
        const next = seats.get(session.id)!.find((s) => s.status === 'waitlisted')
        if (next) next.status = 'confirmed'
        else session.confirmed--
      }
      seat.status = 'cancelled'
      return ok(view(session.id, seat))
    }
    if (on(endpoints.enrollmentsMine)) {
      const items = [...seats.entries()].flatMap(([sessionId, list]) =>
        list.filter((s) => s.userId === userId).map((s) => view(sessionId, s)),
      )
      return ok({ items })
    }
    return problem(404, '没有找到')
  })
}

const problem = (status: number, detail: string): TransportResponse =>
  problemWith(status, status === 409 ? '与当前状态冲突' : '出错了', detail)
