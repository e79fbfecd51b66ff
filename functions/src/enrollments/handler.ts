import {
  EnrollmentClaimBody,
  endpoints,
  EnrollmentPathParams,
  IdempotencyHeaders,
  OnBehalfEnrollmentBody,
  SessionPathParams,
} from '@doorstep/shared'
import { defineRoute, reply } from '../core/http/route'
import { EnrollmentService } from './enrollment-service'
import { OnBehalfEnrollments } from './on-behalf-service'
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

const onBehalf = new OnBehalfEnrollments(sessionRepository, enrollmentRepository, seatLedger, enrollments)

/** A grid worker or desk signs a resident up (with consent): 201, or 200 with the same sign-up for a repeated key. */
export const enrollOnBehalf = defineRoute(endpoints.enrollmentsOnBehalf, {
  params: SessionPathParams,
  headers: IdempotencyHeaders,
  body: OnBehalfEnrollmentBody,
  handle: async ({ params, headers, body, ctx }) => {
    const { created, enrollment } = await onBehalf.enroll(ctx.caller, params.id, headers['idempotency-key'], body, ctx.now)
    return reply(created ? 201 : 200, enrollment)
  },
})

/** A resident takes a sign-up made for them into their own 我的报名, with its code and their phone. */
export const claim = defineRoute(endpoints.enrollmentsClaim, {
  body: EnrollmentClaimBody,
  handle: ({ body, ctx }) => onBehalf.claim(ctx.caller.userId, body, ctx.now),
})
