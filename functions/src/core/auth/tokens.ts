import { STAFF_ROLES, type StaffRole, type StaffScope } from '@doorstep/shared'
import { SignJWT, jwtVerify } from 'jose'
import { signingKey } from './signing-key'

const ISSUER = 'doorstep'
const AUDIENCE = 'doorstep-api'
export const SESSION_TTL_SECONDS = 2 * 60 * 60

export type SessionClaims =
  | { kind: 'user'; sub: string }
  | { kind: 'staff'; sub: string; role: StaffRole; scope: StaffScope }

/** Our own short-lived session token; WeChat's session_key never leaves the server. */
export async function issueSessionToken(claims: SessionClaims, now = new Date()): Promise<{ token: string; expiresAt: string }> {
  const issuedAt = Math.floor(now.getTime() / 1000)
  const exp = issuedAt + SESSION_TTL_SECONDS
  const { sub, ...rest } = claims
  const token = await new SignJWT(rest)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(exp)
    .sign(await signingKey())
  return { token, expiresAt: new Date(exp * 1000).toISOString() }
}

/** Returns the claims of a valid token, or undefined for a forged, expired or malformed one. */
export async function verifySessionToken(token: string, now = new Date()): Promise<SessionClaims | undefined> {
  try {
    const { payload } = await jwtVerify(token, await signingKey(), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
      currentDate: now,
    })
    if (typeof payload.sub !== 'string') return undefined
    if (payload.kind === 'user') return { kind: 'user', sub: payload.sub }
    if (payload.kind === 'staff' && STAFF_ROLES.includes(payload.role as StaffRole) && isScope(payload.scope)) {
      return { kind: 'staff', sub: payload.sub, role: payload.role as StaffRole, scope: payload.scope }
    }
    return undefined
  } catch {
    return undefined
  }
}

function isScope(value: unknown): value is StaffScope {
  if (typeof value !== 'object' || value === null) return false
  const kind = (value as { kind?: unknown }).kind
  return kind === 'district' || ((kind === 'subDistrict' || kind === 'station') && typeof (value as { id?: unknown }).id === 'string')
}
