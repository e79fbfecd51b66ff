import { createHash } from 'node:crypto'

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/**
 * A v4-shaped id from the filer and their Idempotency-Key: the same two always name the same item, so a retried
 * request (a weak signal on a doorstep) finds the one it stored instead of filing a second.
 */
export function idFromKey(prefix: string, filer: string, idempotencyKey: string): string {
  const hash = sha256(`${filer}\n${idempotencyKey}`)
  return `${prefix}-${hash.slice(0, 8)}-${hash.slice(8, 12)}-4${hash.slice(13, 16)}-a${hash.slice(17, 20)}-${hash.slice(20, 32)}`
}
