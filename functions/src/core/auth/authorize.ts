import type { APIGatewayProxyEventV2 } from 'aws-lambda'
import { ForbiddenError, UnauthorizedError } from '../http/errors'
import type { Access, Caller } from './caller'
import { verifySessionToken } from './tokens'

/** Reads the bearer token. On a public route a bad token just means anonymous; elsewhere it is a 401. */
export async function identify(event: APIGatewayProxyEventV2, access: Access): Promise<Caller> {
  const ip = event.requestContext?.http?.sourceIp ?? 'unknown'
  const header = event.headers?.authorization ?? event.headers?.Authorization
  const token = header?.match(/^Bearer\s+(\S+)$/i)?.[1]
  const claims = token ? await verifySessionToken(token) : undefined
  if (!claims) {
    if (access !== 'public') throw new UnauthorizedError(token ? '登录已过期，请重新登录' : '请先登录')
    return { kind: 'anonymous', ip }
  }
  return claims.kind === 'user'
    ? { kind: 'user', userId: claims.sub, ip }
    : { kind: 'staff', staffId: claims.sub, role: claims.role, scope: claims.scope, ip }
}

/** Route-level rule; object-level rules (owner, scope) live in the services, answering 404. */
export function authorize(access: Access, caller: Caller): void {
  if (access === 'public') return
  if (caller.kind === 'anonymous') throw new UnauthorizedError()
  if (access === 'signed-in') return
  if (access === 'user') {
    if (caller.kind !== 'user') throw new ForbiddenError('此功能供居民和企业使用')
    return
  }
  if (caller.kind !== 'staff' || !access.staff.includes(caller.role)) throw new ForbiddenError('此功能仅限相应岗位的工作人员')
}
