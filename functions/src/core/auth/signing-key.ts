import { importPKCS8, type CryptoKey } from 'jose'
import { readSecureParameter } from '../aws/secure-parameter'
import { DEV_PRIVATE_KEY } from './dev-keys'
import { isLocalStage } from './stage'
import { TOKEN_ALGORITHM } from './verification-key'

let cached: Promise<CryptoKey> | undefined

/**
 * The private key that signs session tokens, used only by the sign-in functions: an SSM SecureString
 * (`JWT_PRIVATE_KEY_PARAM`) read once per container; locally the development key.
 */
export function signingKey(): Promise<CryptoKey> {
  cached ??= load().catch((error) => {
    cached = undefined
    throw error
  })
  return cached
}

async function load(): Promise<CryptoKey> {
  const parameter = process.env.JWT_PRIVATE_KEY_PARAM
  if (parameter) {
    return importPKCS8(await readSecureParameter(parameter), TOKEN_ALGORITHM)
  }
  if (!isLocalStage()) throw new Error('JWT_PRIVATE_KEY_PARAM is not set')
  return importPKCS8(DEV_PRIVATE_KEY, TOKEN_ALGORITHM)
}
