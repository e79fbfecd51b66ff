import type { APIGatewayProxyEventV2 } from 'aws-lambda'
import { db } from '../db/client'
import { tableName } from '../db/tables'
import { ForbiddenError, UnauthorizedError } from '../http/errors'
import type { Access, Caller } from './caller'
import { StaffStatus, type StaffStanding } from './staff-status'
import { verifySessionToken, type SessionClaims } from './tokens'

const staffStatus = new StaffStatus(db, () => tableName('accounts'), Number(process.env.STAFF_STATUS_CACHE_SECONDS ?? 30) * 1000)

/** The bearer token of a request, if it carries one. */
export function bearerOf(event: APIGatewayProxyEventV2): string | undefined {
  const header = event.headers?.authorization ?? event.headers?.Authorization
  return header?.match(/^Bearer\s+(\S+)$/i)?.[1]
}

/**
 * Reads the bearer token. On a public route a bad token just means anonymous; elsewhere it is a 401. A staff token
 * must also agree with its account: disabled, or older than the last password change, and it is refused.
 */
export async function identify(event: APIGatewayProxyEventV2, access: Access): Promise<Caller> {
  const ip = event.requestContext?.http?.sourceIp ?? 'unknown'
  const token = bearerOf(event)
  const claims = token ? await verifySessionToken(token) : undefined
  const standing = claims?.kind === 'staff' ? await staffStatus.standing(claims.sub) : undefined
  const refusal = claims ? refusalOf(claims, standing) : token ? '登录已过期，请重新登录' : '请先登录'
  if (refusal || !claims) {
    if (access !== 'public') throw new UnauthorizedError(refusal ?? '请先登录')
    return { kind: 'anonymous', ip }
  }
  if (claims.kind === 'user') return { kind: 'user', userId: claims.sub, ip }
  const displayName = standing?.displayName || claims.sub
  return { kind: 'staff', staffId: claims.sub, displayName, role: claims.role, scope: claims.scope, ip }
}

/** Why a staff token no longer stands (undefined when it does, and for residents' tokens). */
export async function staffRefusal(claims: SessionClaims): Promise<string | undefined> {
  return claims.kind === 'staff' ? refusalOf(claims, await staffStatus.standing(claims.sub)) : undefined
}

function refusalOf(claims: SessionClaims, standing: StaffStanding | undefined): string | undefined {
  if (claims.kind !== 'staff') return undefined
  if (!standing || standing.disabled) return '账号已停用，请联系管理员'
  if (standing.tokenVersion !== claims.ver) return '密码已更改，请重新登录'
  return undefined
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
