import { importPKCS8, type CryptoKey } from 'jose'
import { readSecureParameter } from '../aws/secure-parameter'
import { ServiceUnavailableError } from '../http/errors'
import { logger } from '../log/logger'
import { TOKEN_ALGORITHM } from './verification-key'

let imported: { pem: string; key: Promise<CryptoKey> } | undefined

/**
 * The private key that signs session tokens, used only by the sign-in functions: an SSM SecureString
 * (`JWT_PRIVATE_KEY_PARAM`) read through the parameter cache, so a rotated key reaches warm containers and a
 * failed read is tried again on the next sign-in. The import is redone only when the PEM changes.
 */
export async function signingKey(): Promise<CryptoKey> {
  const parameter = process.env.JWT_PRIVATE_KEY_PARAM
  if (!parameter) throw new Error('JWT_PRIVATE_KEY_PARAM is not set')
  let pem: string
  try {
    pem = await readSecureParameter(parameter)
  } catch (error) {
    logger.error('session signing key unreadable', { error })
    throw new ServiceUnavailableError('登录服务暂时不可用，请稍后再试')
  }
  if (imported?.pem !== pem) imported = { pem, key: importPKCS8(pem, TOKEN_ALGORITHM) }
  return imported.key
}
