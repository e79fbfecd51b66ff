import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react'
import type { Lang } from '@/shared/i18n/lang'
import { appPreferencesStore, type PreferencesStore } from './preferences-store'

const PreferencesStoreContext = createContext<PreferencesStore>(appPreferencesStore)

/** Overrides the preferences store below it; tests give each render its own. */
export function PreferencesProvider({ store, children }: { store: PreferencesStore; children: ReactNode }) {
  return <PreferencesStoreContext.Provider value={store}>{children}</PreferencesStoreContext.Provider>
}

export function usePreferencesStore(): PreferencesStore {
  return useContext(PreferencesStoreContext)
}

export interface PreferencesApi {
  elder: boolean
  lang: Lang
  setElder(elder: boolean): void
  setLang(lang: Lang): void
}

/** The current display preferences, re-rendering when they change (on every page at once: one store). */
export function usePreferences(): PreferencesApi {
  const store = usePreferencesStore()
  const { elder, lang } = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot)
  return useMemo(
    () => ({
      elder,
      lang,
      setElder: (next: boolean) => store.update({ elder: next }),
      setLang: (next: Lang) => store.update({ lang: next }),
    }),
    [store, elder, lang],
  )
}
