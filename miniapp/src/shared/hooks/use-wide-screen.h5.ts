import { useSyncExternalStore } from 'react'

/** A desk's browser window: wide enough for a list and its detail side by side. */
const WIDE = '(min-width: 1024px)'

const subscribe = (change: () => void) => {
  const query = window.matchMedia?.(WIDE)
  query?.addEventListener('change', change)
  return () => query?.removeEventListener('change', change)
}
const isWide = () => window.matchMedia?.(WIDE).matches ?? false

/** H5: true on a desktop-width window, and follows it when the window is resized. */
export function useWideScreen(): boolean {
  return useSyncExternalStore(subscribe, isWide, () => false)
}
