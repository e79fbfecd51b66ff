/** Weapp: always a phone. */
export function useWideScreen(): boolean {
  return false
}
