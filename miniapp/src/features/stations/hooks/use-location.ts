import { useCallback, useEffect, useRef, useState } from 'react'
import { locate } from '../location/locate'
import type { LocateResult } from '../location/locate-result'

export type LocationState = { kind: 'locating' } | LocateResult

/** Asks for the position once on arrival; `retry` asks again (after someone changed their mind). */
export function useLocation() {
  const [state, setState] = useState<LocationState>({ kind: 'locating' })
  const generation = useRef(0)

  const retry = useCallback(() => {
    const current = ++generation.current
    setState({ kind: 'locating' })
    locate().then((result) => current === generation.current && setState(result))
  }, [])

  useEffect(() => {
    retry()
    return () => {
      generation.current++
    }
  }, [retry])

  return { ...state, retry }
}
