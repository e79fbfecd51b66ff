import { IdempotencyKey } from '@doorstep/shared'
import * as v from 'valibot'
import type { Caller } from '../core/auth/caller'
import { BadRequestError } from '../core/http/errors'
import type { RequestContext } from '../core/http/route'
import type { StaffCaller } from './service'

/** Small helpers the handler modules share (kept apart so no handler module imports another one's routes). */
export function idempotencyKeyOf(ctx: RequestContext): string {
  const result = v.safeParse(IdempotencyKey, ctx.event.headers?.['idempotency-key'])
  if (result.success) return result.output
  throw new BadRequestError('请求须带有效的 Idempotency-Key', [{ path: 'header.Idempotency-Key', message: result.issues[0].message }])
}

/** For `access: 'user'` routes: the edge has already refused anyone else. */
export function userIdOf(caller: Caller): string {
  if (caller.kind !== 'user') throw new Error('a user route was reached by a non-user caller')
  return caller.userId
}

/** For staff routes: the edge has already refused anyone else. */
export function staffOf(caller: Caller): StaffCaller {
  if (caller.kind !== 'staff') throw new Error('a staff route was reached by a non-staff caller')
  return caller
}
