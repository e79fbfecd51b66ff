import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react'
import type { ApiError } from '@/shared/api/api-error'
import { toApiError } from '@/shared/api/to-api-error'
import { isOfflineError, type OfflineSlot } from '@/shared/offline/offline-cache'

export type ResourceState<T> =
  | { status: 'loading'; data?: undefined; error?: undefined; offline?: undefined }
  /** `offline`: the request failed for lack of a connection and `data` is the answer kept from an earlier visit. */
  | { status: 'ready'; data: T; error?: undefined; offline: boolean }
  | { status: 'error'; data?: undefined; error: ApiError; offline?: undefined }

/** `reload` settles once the new answer (or failure) is shown: a pull-down refresh lets go of its spinner then. */
export type Resource<T> = ResourceState<T> & { reload: () => Promise<void> }

export interface ResourceOptions {
  /** Keep each successful answer here, and show it (offline: true) when a later request cannot reach the API. */
  offline?: OfflineSlot
}

const LOADING = { status: 'loading' } as const

/**
 * One request's state. `load` runs again whenever `deps` change (answers to a superseded request are dropped);
 * `reload` is for 重试 and for refreshing after a change — data already shown stays until the new answer arrives.
 * `load` undefined means there is nothing to ask yet (e.g. not signed in): the state stays `loading`.
 */
export function useResource<T>(load: (() => Promise<T>) | undefined, deps: DependencyList, options: ResourceOptions = {}): Resource<T> {
  const [state, setState] = useState<ResourceState<T>>(LOADING)
  const generation = useRef(0)
  const latest = useRef({ load, offline: options.offline })
  latest.current = { load, offline: options.offline }

  const reload = useCallback((): Promise<void> => {
    const current = ++generation.current
    const { load: run, offline } = latest.current
    if (!run) return Promise.resolve()
    setState((previous) => (previous.status === 'ready' && !previous.offline ? previous : LOADING))
    return run().then(
      (data) => {
        if (current !== generation.current) return
        offline?.cache.write(offline.key, data)
        setState({ status: 'ready', data, offline: false })
      },
      (reason: unknown) => {
        if (current !== generation.current) return
        const error = toApiError(reason)
        const kept = offline && isOfflineError(error) ? offline.cache.read<T>(offline.key) : undefined
        setState(kept ? { status: 'ready', data: kept.data, offline: true } : { status: 'error', error })
      },
    )
  }, [])

  useEffect(() => {
    setState(LOADING)
    void reload()
    return () => {
      // not a DOM ref: bumping the counter is what makes a late answer of this request be ignored
      // eslint-disable-next-line react-hooks/exhaustive-deps
      generation.current++
    }
    // The caller's deps say when `load` asks for something else.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps)

  return { ...state, reload }
}
