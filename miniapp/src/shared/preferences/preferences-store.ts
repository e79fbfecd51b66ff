import { DEFAULT_LANG, isLang, type Lang } from '@/shared/i18n/lang'
import { safeRead, safeWrite, taroStorage, type KeyValueStorage } from '@/shared/storage/key-value-storage'

/** Display preferences, remembered on this device (not in the account: a shared phone at the station keeps its own). */
export interface Preferences {
  /** 长辈模式: larger text and targets, higher contrast, a simpler home. */
  elder: boolean
  lang: Lang
}

export interface PreferencesStore {
  /** The same object until a preference changes (what useSyncExternalStore needs). */
  getSnapshot(): Preferences
  subscribe(listener: () => void): () => void
  update(change: Partial<Preferences>): void
}

export const PREFERENCES_STORAGE_KEY = 'doorstep.preferences'

export const DEFAULT_PREFERENCES: Preferences = { elder: false, lang: DEFAULT_LANG }

export function createPreferencesStore(storage: KeyValueStorage = taroStorage): PreferencesStore {
  let current: Preferences | undefined
  const listeners = new Set<() => void>()

  const snapshot = () => {
    // Read lazily: storage is only touched once a page asks.
    if (current === undefined) current = parseStored(safeRead(storage, PREFERENCES_STORAGE_KEY))
    return current
  }

  return {
    getSnapshot: snapshot,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    update(change) {
      const previous = snapshot()
      const next = { ...previous, ...change }
      if (next.elder === previous.elder && next.lang === previous.lang) return
      current = next
      safeWrite(storage, PREFERENCES_STORAGE_KEY, next)
      listeners.forEach((listener) => listener())
    },
  }
}

/** Whatever an older version or a broken write left behind falls back to the defaults, field by field. */
function parseStored(value: unknown): Preferences {
  if (typeof value !== 'object' || value === null) return DEFAULT_PREFERENCES
  const { elder, lang } = value as Partial<Record<keyof Preferences, unknown>>
  return {
    elder: typeof elder === 'boolean' ? elder : DEFAULT_PREFERENCES.elder,
    lang: isLang(lang) ? lang : DEFAULT_PREFERENCES.lang,
  }
}

/** The app's one set of preferences, shared by every page. */
export const appPreferencesStore = createPreferencesStore()
