import Taro, { useDidShow } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { rememberSearch } from '../recent-searches'

const STORAGE_KEY = 'doorstep.policies.recentSearches'

function load(): string[] {
  try {
    const stored: unknown = Taro.getStorageSync(STORAGE_KEY)
    return Array.isArray(stored) ? stored.filter((item): item is string => typeof item === 'string') : []
  } catch {
    return []
  }
}

/** Recent policy searches, kept on this device only (never sent anywhere). */
export function useRecentSearches() {
  const [recent, setRecent] = useState<string[]>(load)
  // Home stays mounted under the search page: show what was searched there when coming back.
  useDidShow(() => setRecent(load()))

  const save = (next: string[]) => {
    setRecent(next)
    try {
      Taro.setStorageSync(STORAGE_KEY, next)
    } catch {
      // Storage full or unavailable: the list still works for this visit.
    }
  }

  const remember = useCallback((query: string) => save(rememberSearch(load(), query)), [])
  const clear = useCallback(() => save([]), [])
  return { recent, remember, clear }
}
