import { createHash } from 'node:crypto'
import { ConflictError } from '../core/http/errors'

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/**
 * A v4-shaped id from the filer and their Idempotency-Key: the same two always name the same item, so a retried
 * request (a weak signal on a doorstep) finds the one it stored instead of filing a second.
 */
export function idFromKey(prefix: string, filer: string, idempotencyKey: string): string {
  const hash = sha256(`${filer}\n${idempotencyKey}`)
  return `${prefix}-${hash.slice(0, 8)}-${hash.slice(8, 12)}-4${hash.slice(13, 16)}-a${hash.slice(17, 20)}-${hash.slice(20, 32)}`
}

/**
 * Stores `record` once under its key-derived id: a first write → created; a repeat with the same body → the stored
 * one; another body under the same key → 409 naming the header (`what` says what the key was used for).
 */
export async function fileOnce<R extends { id: string; bodyHash: string }>(
  record: R,
  store: { put: (record: R) => Promise<boolean>; get: (id: string) => Promise<R | undefined> },
  what: string,
): Promise<{ created: boolean; stored: R }> {
  if (await store.put(record)) return { created: true, stored: record }
  const stored = await store.get(record.id)
  if (!stored) throw new Error(`${record.id} refused as a repeat but not found`)
  if (stored.bodyHash !== record.bodyHash)
    throw new ConflictError(`这个 Idempotency-Key 已用于另一条${what}`, [
      { path: 'header.Idempotency-Key', message: `已用于另一条${what}，请换一个` },
    ])
  return { created: false, stored }
}
