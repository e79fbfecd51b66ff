import { SignJWT } from 'jose'
import { signingKey } from './signing-key'
import { AUDIENCE, ISSUER, STAFF_SESSION_SECONDS, USER_SESSION_SECONDS, type SessionClaims } from './tokens'
import { TOKEN_ALGORITHM } from './verification-key'

/**
 * Our own short-lived session token; WeChat's session_key never leaves the server. Kept apart from
 * verification so that functions which only verify never bundle the private key's SSM client.
 */
export async function issueSessionToken(claims: SessionClaims, now = new Date()): Promise<{ token: string; expiresAt: string }> {
  const issuedAt = Math.floor(now.getTime() / 1000)
  const exp = issuedAt + (claims.kind === 'staff' ? STAFF_SESSION_SECONDS : USER_SESSION_SECONDS)
  const { sub, ...rest } = claims
  const token = await new SignJWT(rest)
    .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(exp)
    .sign(await signingKey())
  return { token, expiresAt: new Date(exp * 1000).toISOString() }
}
