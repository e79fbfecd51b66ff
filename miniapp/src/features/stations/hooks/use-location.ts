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
      // not a DOM ref: bumping the counter is what makes a late answer of this request be ignored
      // eslint-disable-next-line react-hooks/exhaustive-deps
      generation.current++
    }
  }, [retry])

  return { ...state, retry }
}
