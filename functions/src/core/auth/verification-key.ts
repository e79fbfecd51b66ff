import { importSPKI, type CryptoKey } from 'jose'

export const TOKEN_ALGORITHM = 'ES256'

let cached: Promise<CryptoKey> | undefined

/**
 * Every function verifies session tokens with the public key alone (`JWT_PUBLIC_KEY`, resolved from SSM when the
 * stage is packaged), so no function but the sign-in ones can mint a token, and none needs an SSM client.
 */
export function verificationKey(): Promise<CryptoKey> {
  cached ??= (() => {
    const pem = process.env.JWT_PUBLIC_KEY
    if (!pem) return Promise.reject(new Error('JWT_PUBLIC_KEY is not set'))
    return importSPKI(pem, TOKEN_ALGORITHM)
  })()
  return cached
}
