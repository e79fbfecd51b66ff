import { useCallback, useRef, useState } from 'react'
import type { ApiError } from '@/shared/api/api-error'
import { toApiError } from '@/shared/api/to-api-error'

type ActionState<T> =
  | { status: 'idle' | 'busy'; result?: undefined; error?: undefined }
  | { status: 'done'; result: T; error?: undefined }
  | { status: 'failed'; error: ApiError; result?: undefined }

/** One button's request: a single one in flight (a double tap sends once), then its result or its problem. */
export function useAction<Args extends unknown[], T>(action: (...args: Args) => Promise<T>, onDone?: (result: T) => void) {
  const [state, setState] = useState<ActionState<T>>({ status: 'idle' })
  const inFlight = useRef(false)
  const latest = useRef({ action, onDone })
  latest.current = { action, onDone }

  const run = useCallback(async (...args: Args) => {
    if (inFlight.current) return
    inFlight.current = true
    setState({ status: 'busy' })
    try {
      const result = await latest.current.action(...args)
      setState({ status: 'done', result })
      latest.current.onDone?.(result)
    } catch (error) {
      setState({ status: 'failed', error: toApiError(error) })
    } finally {
      inFlight.current = false
    }
  }, [])

  const reset = useCallback(() => setState({ status: 'idle' }), [])
  return { ...state, busy: state.status === 'busy', run, reset }
}
