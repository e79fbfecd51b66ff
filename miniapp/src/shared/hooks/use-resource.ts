import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react'
import type { ApiError } from '@/shared/api/api-error'
import { toApiError } from '@/shared/api/to-api-error'

export type ResourceState<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'ready'; data: T; error?: undefined }
  | { status: 'error'; data?: undefined; error: ApiError }

export type Resource<T> = ResourceState<T> & { reload: () => void }

const LOADING = { status: 'loading' } as const

/**
 * One request's state. `load` runs again whenever `deps` change (answers to a superseded request are dropped);
 * `reload` is for 重试 and for refreshing after a change — data already shown stays until the new answer arrives.
 * `load` undefined means there is nothing to ask yet (e.g. not signed in): the state stays `loading`.
 */
export function useResource<T>(load: (() => Promise<T>) | undefined, deps: DependencyList): Resource<T> {
  const [state, setState] = useState<ResourceState<T>>(LOADING)
  const generation = useRef(0)
  const latestLoad = useRef(load)
  latestLoad.current = load

  const reload = useCallback(() => {
    const current = ++generation.current
    const run = latestLoad.current
    if (!run) return
    setState((previous) => (previous.status === 'ready' ? previous : LOADING))
    run().then(
      (data) => current === generation.current && setState({ status: 'ready', data }),
      (error: unknown) => current === generation.current && setState({ status: 'error', error: toApiError(error) }),
    )
  }, [])

  useEffect(() => {
    setState(LOADING)
    reload()
    return () => {
      generation.current++
    }
    // The caller's deps say when `load` asks for something else.
  }, deps)

  return { ...state, reload }
}
