import { AttendanceBody, EnrollmentPathParams, SessionCreate, SessionEdit, SessionPathParams, type StaffScope } from '@doorstep/shared'
import type { Caller } from '../core/auth/caller'
import { db } from '../core/db/client'
import { tableName } from '../core/db/tables'
import { CSV_CONTENT_TYPE, defineRoute, fileReply, reply } from '../core/http/route'
import { ServiceRepository } from '../services/repository'
import { StationRepository } from '../stations/repository'
import { SessionStaffService } from './staff-service'
import { enrollmentRepository, seatLedger, sessionRepository } from './wiring'

const staff = new SessionStaffService(
  sessionRepository,
  enrollmentRepository,
  seatLedger,
  new ServiceRepository(db, tableName('catalog')),
  new StationRepository(db, tableName('catalog')),
)

const STAFF = { staff: ['desk', 'admin'] } as const

export const createSession = defineRoute({
  name: 'sessions.create',
  access: STAFF,
  body: SessionCreate,
  handle: async ({ body, ctx }) => reply(201, await staff.create(body, scopeOf(ctx.caller))),
})

export const updateSession = defineRoute({
  name: 'sessions.update',
  access: STAFF,
  params: SessionPathParams,
  body: SessionEdit,
  handle: ({ params, body, ctx }) => staff.edit(params.id, body, scopeOf(ctx.caller)),
})

export const roster = defineRoute({
  name: 'sessions.roster',
  access: STAFF,
  params: SessionPathParams,
  handle: ({ params, ctx }) => staff.roster(params.id, scopeOf(ctx.caller)),
})

export const rosterCsv = defineRoute({
  name: 'sessions.rosterCsv',
  access: STAFF,
  params: SessionPathParams,
  handle: async ({ params, ctx }) => {
    const { filename, csv } = await staff.rosterCsv(params.id, scopeOf(ctx.caller))
    return fileReply(csv, CSV_CONTENT_TYPE, filename)
  },
})

export const markAttendance = defineRoute({
  name: 'enrollments.attendance',
  access: STAFF,
  params: EnrollmentPathParams,
  body: AttendanceBody,
  handle: ({ params, body, ctx }) => staff.markAttendance(params.id, body.attended, scopeOf(ctx.caller)),
})

/** These routes are staff-only, so the edge has already refused anyone else. */
function scopeOf(caller: Caller): StaffScope {
  if (caller.kind !== 'staff') throw new Error('a staff route was reached by a non-staff caller')
  return caller.scope
}
