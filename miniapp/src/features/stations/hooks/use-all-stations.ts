import { useCallback, useEffect, useRef, useState } from 'react'
import type { StationSummary } from '@doorstep/shared'
import type { ApiError } from '@/shared/api/api-error'
import { useHttpClient } from '@/shared/api/http-client-context'
import { fetchAllStations } from '../api/stations-api'
import { toApiError } from './to-api-error'

type AllStationsState =
  | { status: 'loading'; stations: StationSummary[]; error?: undefined }
  | { status: 'ready'; stations: StationSummary[]; error?: undefined }
  | { status: 'error'; stations: StationSummary[]; error: ApiError }

/** Every station in the district, for the map's markers. */
export function useAllStations() {
  const client = useHttpClient()
  const [state, setState] = useState<AllStationsState>({ status: 'loading', stations: [] })
  const generation = useRef(0)

  const reload = useCallback(() => {
    const current = ++generation.current
    setState({ status: 'loading', stations: [] })
    fetchAllStations(client).then(
      (stations) => current === generation.current && setState({ status: 'ready', stations }),
      (error: unknown) => current === generation.current && setState({ status: 'error', stations: [], error: toApiError(error) }),
    )
  }, [client])

  useEffect(() => {
    reload()
    return () => {
      generation.current++
    }
  }, [reload])

  return { ...state, reload }
}
