import type { ApiError } from '@/shared/api/api-error'
import { safeRead, safeWrite, taroStorage, type KeyValueStorage } from '@/shared/storage/key-value-storage'

interface Entry {
  key: string
  savedAt: string
  data: unknown
}

/**
 * The last successful answers of one kind (policy searches, station lists …), kept on the device so a page can show
 * them when the network is gone. One storage key per kind, newest first, at most `maxEntries` answers, so the
 * cache cannot grow without end (wx storage allows 1 MB per key, 10 MB in all).
 */
export interface OfflineCache {
  read<T>(key: string): { data: T; savedAt: string } | undefined
  write(key: string, data: unknown): void
}

export const OFFLINE_STORAGE_PREFIX = 'doorstep.offline.'

export function createOfflineCache(
  name: string,
  {
    maxEntries = 10,
    storage = taroStorage,
    now = () => new Date(),
  }: { maxEntries?: number; storage?: KeyValueStorage; now?: () => Date } = {},
): OfflineCache {
  const storageKey = OFFLINE_STORAGE_PREFIX + name
  const entries = (): Entry[] => {
    const stored = safeRead(storage, storageKey)
    return Array.isArray(stored) ? stored.filter(isEntry) : []
  }
  return {
    read<T>(key: string) {
      const found = entries().find((entry) => entry.key === key)
      return found && { data: found.data as T, savedAt: found.savedAt }
    },
    write(key, data) {
      const next = [{ key, savedAt: now().toISOString(), data }, ...entries().filter((entry) => entry.key !== key)].slice(0, maxEntries)
      safeWrite(storage, storageKey, next)
    },
  }
}

function isEntry(value: unknown): value is Entry {
  if (typeof value !== 'object' || value === null) return false
  const { key, savedAt } = value as Partial<Entry>
  return typeof key === 'string' && typeof savedAt === 'string' && 'data' in value
}

/** Only a failed connection falls back to kept data; an answer from the API (404, 400 …) is shown as it is. */
export function isOfflineError(error: ApiError): boolean {
  return error.kind === 'network' || error.kind === 'timeout'
}

/** Where a resource keeps its last answer: the cache and this request's key in it. */
export interface OfflineSlot {
  cache: OfflineCache
  key: string
}
