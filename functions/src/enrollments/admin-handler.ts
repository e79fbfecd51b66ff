import { AttendanceBody, endpoints, EnrollmentPathParams, SessionCreate, SessionEdit, SessionPathParams } from '@doorstep/shared'
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

export const createSession = defineRoute(endpoints.sessionsCreate, {
  body: SessionCreate,
  handle: async ({ body, ctx }) => reply(201, await staff.create(body, ctx.caller.scope)),
})

export const updateSession = defineRoute(endpoints.sessionsUpdate, {
  params: SessionPathParams,
  body: SessionEdit,
  handle: ({ params, body, ctx }) => staff.edit(params.id, body, ctx.caller.scope),
})

export const roster = defineRoute(endpoints.sessionsRoster, {
  params: SessionPathParams,
  handle: ({ params, ctx }) => staff.roster(params.id, ctx.caller.scope),
})

export const rosterCsv = defineRoute(endpoints.sessionsRosterCsv, {
  params: SessionPathParams,
  handle: async ({ params, ctx }) => {
    const { filename, csv } = await staff.rosterCsv(params.id, ctx.caller.scope)
    return fileReply(csv, CSV_CONTENT_TYPE, filename)
  },
})

export const markAttendance = defineRoute(endpoints.enrollmentsAttendance, {
  params: EnrollmentPathParams,
  body: AttendanceBody,
  handle: ({ params, body, ctx }) => staff.markAttendance(params.id, body.attended, ctx.caller.scope),
})
