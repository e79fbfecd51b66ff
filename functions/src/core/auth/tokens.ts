import { STAFF_ROLES, type StaffRole, type StaffScope } from '@doorstep/shared'
import { jwtVerify } from 'jose'
import { TOKEN_ALGORITHM, verificationKey } from './verification-key'

export const ISSUER = 'doorstep'
export const AUDIENCE = 'doorstep-api'
export const SESSION_TTL_SECONDS = 2 * 60 * 60

export type SessionClaims =
  | { kind: 'user'; sub: string }
  | { kind: 'staff'; sub: string; role: StaffRole; scope: StaffScope }

/** Returns the claims of a valid token, or undefined for a forged, expired or malformed one. */
export async function verifySessionToken(token: string, now = new Date()): Promise<SessionClaims | undefined> {
  try {
    const { payload } = await jwtVerify(token, await verificationKey(), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: [TOKEN_ALGORITHM],
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
