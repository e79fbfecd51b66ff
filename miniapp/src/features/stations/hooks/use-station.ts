import { useCallback, useEffect, useRef, useState } from 'react'
import type { Station } from '@doorstep/shared'
import { ApiError } from '@/shared/api/api-error'
import { useHttpClient } from '@/shared/api/http-client-context'
import { fetchStation } from '../api/stations-api'
import { toApiError } from './to-api-error'

type StationState =
  | { status: 'loading'; station?: undefined; error?: undefined }
  | { status: 'ready'; station: Station; error?: undefined }
  | { status: 'error'; station?: undefined; error: ApiError }

const MISSING_ID = new ApiError({ kind: 'http', status: 404, title: '缺少站点编号' })

/** One station's full record; an absent id is treated like an unknown one. */
export function useStation(id: string | undefined) {
  const client = useHttpClient()
  const [state, setState] = useState<StationState>({ status: 'loading' })
  const generation = useRef(0)

  const reload = useCallback(() => {
    const current = ++generation.current
    if (!id) {
      setState({ status: 'error', error: MISSING_ID })
      return
    }
    setState({ status: 'loading' })
    fetchStation(client, id).then(
      (station) => current === generation.current && setState({ status: 'ready', station }),
      (error: unknown) => current === generation.current && setState({ status: 'error', error: toApiError(error) }),
    )
  }, [client, id])

  useEffect(() => {
    reload()
    return () => {
      generation.current++
    }
  }, [reload])

  return { ...state, reload }
}
