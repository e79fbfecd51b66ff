import { endpoints, EnrollmentPathParams, SessionPathParams } from '@doorstep/shared'
import { defineRoute, reply } from '../core/http/route'
import { EnrollmentService } from './enrollment-service'
import { accountRepository, enrollmentRepository, seatLedger, sessionRepository } from './wiring'

const enrollments = new EnrollmentService(sessionRepository, enrollmentRepository, seatLedger, accountRepository)

/** 201 with a new enrollment; 200 with the existing one when this person is already signed up. */
export const enroll = defineRoute(endpoints.enrollmentsCreate, {
  params: SessionPathParams,
  handle: async ({ params, ctx }) => {
    const { created, enrollment } = await enrollments.enroll(params.id, ctx.caller.userId, ctx.now)
    return reply(created ? 201 : 200, enrollment)
  },
})

export const cancel = defineRoute(endpoints.enrollmentsCancel, {
  params: EnrollmentPathParams,
  handle: ({ params, ctx }) => enrollments.cancel(params.id, ctx.caller.userId, ctx.now),
})

export const mine = defineRoute(endpoints.enrollmentsMine, {
  handle: ({ ctx }) => enrollments.mine(ctx.caller.userId),
})
