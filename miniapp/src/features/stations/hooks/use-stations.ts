import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { LatLng, StationSummary, SubDistrictId } from '@doorstep/shared'
import type { ApiError } from '@/shared/api/api-error'
import { useHttpClient } from '@/shared/api/http-client-context'
import { fetchStationPage } from '../api/stations-api'
import { toApiError } from './to-api-error'

interface StationsState {
  status: 'loading' | 'ready' | 'error'
  stations: StationSummary[]
  nextCursor?: string
  error?: ApiError
  isLoadingMore: boolean
  loadMoreError?: ApiError
}

const LOADING: StationsState = { status: 'loading', stations: [], isLoadingMore: false }

export const STATIONS_PAGE_SIZE = 20

interface StationsQuery {
  street?: SubDistrictId
  /** Nearest first from here (the whole district fits in NEAR_ALL_RADIUS). */
  near?: LatLng
  openNow?: boolean
  pageSize?: number
}

/** Wide enough for every station of the district from anywhere inside it. */
export const NEAR_ALL_RADIUS = 10_000

/** The station list for one street (or all, or nearest first), page by page through the server's cursor. */
export function useStations({ street, near, openNow, pageSize = STATIONS_PAGE_SIZE }: StationsQuery) {
  const client = useHttpClient()
  const [state, setState] = useState<StationsState>(LOADING)
  const lat = near?.lat
  const lng = near?.lng
  const query = useMemo(
    () => ({
      street,
      openNow,
      limit: pageSize,
      ...(lat !== undefined && lng !== undefined ? { near: { lat, lng }, radius: NEAR_ALL_RADIUS } : {}),
    }),
    [street, openNow, pageSize, lat, lng],
  )
  // Bumped whenever the query changes, so answers to a superseded query are dropped.
  const generation = useRef(0)
  const loadingMore = useRef(false)

  const reload = useCallback(() => {
    const current = ++generation.current
    loadingMore.current = false
    setState(LOADING)
    fetchStationPage(client, query).then(
      (page) => {
        if (current === generation.current) {
          setState({ status: 'ready', stations: page.items, nextCursor: page.nextCursor, isLoadingMore: false })
        }
      },
      (error: unknown) => {
        if (current === generation.current) setState({ ...LOADING, status: 'error', error: toApiError(error) })
      },
    )
  }, [client, query])

  useEffect(() => {
    reload()
    return () => {
      generation.current++
    }
  }, [reload])

  const { nextCursor } = state
  const loadMore = useCallback(() => {
    if (!nextCursor || loadingMore.current) return
    const current = generation.current
    loadingMore.current = true
    setState((previous) => ({ ...previous, isLoadingMore: true, loadMoreError: undefined }))
    const settle = (update: (previous: StationsState) => StationsState) => {
      if (current !== generation.current) return
      loadingMore.current = false
      setState(update)
    }
    fetchStationPage(client, { ...query, cursor: nextCursor }).then(
      (page) =>
        settle((previous) => ({
          ...previous,
          stations: [...previous.stations, ...page.items],
          nextCursor: page.nextCursor,
          isLoadingMore: false,
        })),
      (error: unknown) => settle((previous) => ({ ...previous, isLoadingMore: false, loadMoreError: toApiError(error) })),
    )
  }, [client, query, nextCursor])

  return { ...state, hasMore: Boolean(nextCursor), loadMore, reload }
}
