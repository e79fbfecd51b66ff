import { useCallback, useEffect, useRef, useState } from 'react'
import type { ApiError } from '@/shared/api/api-error'
import type { HttpClient } from '@/shared/api/http-client'
import { useHttpClient } from '@/shared/api/http-client-context'
import { toApiError } from '@/shared/api/to-api-error'

export type Loaded<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'ready'; data: T; error?: undefined }
  | { status: 'error'; data?: undefined; error: ApiError }

/**
 * One request's state, with `reload` for 重试. `load` is called again whenever `key` changes; answers to a
 * superseded request are dropped. `load` undefined means there is nothing to ask (e.g. not signed in).
 */
export function useLoad<T>(key: string, load: ((client: HttpClient) => Promise<T>) | undefined) {
  const client = useHttpClient()
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' })
  const generation = useRef(0)
  const latest = useRef(load)
  latest.current = load

  const reload = useCallback(() => {
    const current = ++generation.current
    const run = latest.current
    if (!run) return
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }))
    run(client).then(
      (data) => current === generation.current && setState({ status: 'ready', data }),
      (error: unknown) => current === generation.current && setState({ status: 'error', error: toApiError(error) }),
    )
  }, [client])

  useEffect(() => {
    setState({ status: 'loading' })
    reload()
    return () => {
      generation.current++
    }
  }, [reload, key])

  return { ...state, reload }
}
