import { STAFF_ROLES, type StaffRole, type StaffScope } from '@doorstep/shared'
import { jwtVerify } from 'jose'
import { TOKEN_ALGORITHM, verificationKey } from './verification-key'

export const ISSUER = 'doorstep'
export const AUDIENCE = 'doorstep-api'
/** A resident's token: two hours, renewed by signing in again silently through wx.login. */
export const USER_SESSION_SECONDS = 2 * 60 * 60
/** A staff token: fifteen minutes, renewed silently while the account is in good standing (POST /v1/auth/refresh). */
export const STAFF_SESSION_SECONDS = 15 * 60
/** How long renewals may carry a staff session from one password sign-in: a working day. */
export const STAFF_SESSION_MAX_SECONDS = 12 * 60 * 60

export type SessionClaims =
  | { kind: 'user'; sub: string }
  | {
      kind: 'staff'
      sub: string
      role: StaffRole
      scope: StaffScope
      /** The account's token version when issued: a password change or a disabled account moves it on. */
      ver: number
      /** When the password was typed (epoch seconds): renewals never carry a session past STAFF_SESSION_MAX_SECONDS. */
      sat: number
    }

export interface VerifiedToken {
  claims: SessionClaims
  /** Expiry, epoch seconds. */
  exp: number
}

/**
 * The claims of a valid token, or undefined for a forged, malformed or expired one. `expiredWithinSeconds` accepts
 * a token that expired at most that long ago (only the renewal route asks for it).
 */
export async function verifySessionToken(
  token: string,
  now = new Date(),
  options: { expiredWithinSeconds?: number } = {},
): Promise<SessionClaims | undefined> {
  return (await verifyToken(token, now, options))?.claims
}

export async function verifyToken(token: string, now = new Date(), { expiredWithinSeconds = 0 } = {}): Promise<VerifiedToken | undefined> {
  try {
    const { payload } = await jwtVerify(token, await verificationKey(), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: [TOKEN_ALGORITHM],
      currentDate: now,
      clockTolerance: expiredWithinSeconds,
    })
    if (typeof payload.sub !== 'string' || typeof payload.exp !== 'number') return undefined
    if (payload.kind === 'user') return { claims: { kind: 'user', sub: payload.sub }, exp: payload.exp }
    if (
      payload.kind === 'staff' &&
      STAFF_ROLES.includes(payload.role as StaffRole) &&
      isScope(payload.scope) &&
      Number.isSafeInteger(payload.ver) &&
      Number.isSafeInteger(payload.sat)
    ) {
      const claims = {
        kind: 'staff' as const,
        sub: payload.sub,
        role: payload.role as StaffRole,
        scope: payload.scope,
        ver: payload.ver as number,
        sat: payload.sat as number,
      }
      return { claims, exp: payload.exp }
    }
    return undefined
  } catch {
    return undefined
  }
}

/** By hand, not by the schema: this runs in every function, and the schema would bring valibot's variants to all. */
function isScope(value: unknown): value is StaffScope {
  if (typeof value !== 'object' || value === null) return false
  const { kind, id, stationId } = value as Record<string, unknown>
  if (kind === 'district') return true
  if (typeof id !== 'string') return false
  return kind === 'subDistrict' || kind === 'station' || (kind === 'grid' && typeof stationId === 'string')
}
