import { EnrollmentPathParams, SessionPathParams } from '@doorstep/shared'
import type { Caller } from '../core/auth/caller'
import { defineRoute, reply } from '../core/http/route'
import { EnrollmentService } from './enrollment-service'
import { accountRepository, enrollmentRepository, seatLedger, sessionRepository } from './wiring'

const enrollments = new EnrollmentService(sessionRepository, enrollmentRepository, seatLedger, accountRepository)

/** 201 with a new enrollment; 200 with the existing one when this person is already signed up. */
export const enroll = defineRoute({
  name: 'enrollments.create',
  access: 'user',
  params: SessionPathParams,
  handle: async ({ params, ctx }) => {
    const { created, enrollment } = await enrollments.enroll(params.id, userIdOf(ctx.caller), ctx.now)
    return reply(created ? 201 : 200, enrollment)
  },
})

export const cancel = defineRoute({
  name: 'enrollments.cancel',
  access: 'user',
  params: EnrollmentPathParams,
  handle: ({ params, ctx }) => enrollments.cancel(params.id, userIdOf(ctx.caller), ctx.now),
})

export const mine = defineRoute({
  name: 'enrollments.mine',
  access: 'user',
  handle: ({ ctx }) => enrollments.mine(userIdOf(ctx.caller)),
})

/** These routes are `access: 'user'`, so the edge has already refused anyone else. */
function userIdOf(caller: Caller): string {
  if (caller.kind !== 'user') throw new Error('a user route was reached by a non-user caller')
  return caller.userId
}
