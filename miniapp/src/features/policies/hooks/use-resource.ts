import { useCallback, useEffect, useRef, useState } from 'react'
import type { ApiError } from '@/shared/api/api-error'
import { toApiError } from '@/shared/api/to-api-error'

export type ResourceState<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'ready'; data: T; error?: undefined }
  | { status: 'error'; data?: undefined; error: ApiError }

/** Loads one thing when `load` changes (memoise it), with reload for 重试; stale answers are dropped. */
export function useResource<T>(load: () => Promise<T>) {
  const [state, setState] = useState<ResourceState<T>>({ status: 'loading' })
  const generation = useRef(0)

  const reload = useCallback(() => {
    const current = ++generation.current
    setState({ status: 'loading' })
    load().then(
      (data) => current === generation.current && setState({ status: 'ready', data }),
      (error: unknown) => current === generation.current && setState({ status: 'error', error: toApiError(error) }),
    )
  }, [load])

  useEffect(() => {
    reload()
    return () => {
      generation.current++
    }
  }, [reload])

  return { ...state, reload }
}
