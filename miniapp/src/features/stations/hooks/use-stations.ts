import { useCallback, useEffect, useRef, useState } from 'react'
import type { StationSummary, SubDistrictId } from '@doorstep/shared'
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

/** The station list for one street (or all), page by page through the server's cursor. */
export function useStations({ street, pageSize = STATIONS_PAGE_SIZE }: { street?: SubDistrictId; pageSize?: number }) {
  const client = useHttpClient()
  const [state, setState] = useState<StationsState>(LOADING)
  // Bumped whenever the query changes, so answers to a superseded query are dropped.
  const generation = useRef(0)
  const loadingMore = useRef(false)

  const reload = useCallback(() => {
    const current = ++generation.current
    loadingMore.current = false
    setState(LOADING)
    fetchStationPage(client, { street, limit: pageSize }).then(
      (page) => {
        if (current === generation.current) {
          setState({ status: 'ready', stations: page.items, nextCursor: page.nextCursor, isLoadingMore: false })
        }
      },
      (error: unknown) => {
        if (current === generation.current) setState({ ...LOADING, status: 'error', error: toApiError(error) })
      },
    )
  }, [client, street, pageSize])

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
    fetchStationPage(client, { street, limit: pageSize, cursor: nextCursor }).then(
      (page) =>
        settle((previous) => ({
          ...previous,
          stations: [...previous.stations, ...page.items],
          nextCursor: page.nextCursor,
          isLoadingMore: false,
        })),
      (error: unknown) => settle((previous) => ({ ...previous, isLoadingMore: false, loadMoreError: toApiError(error) })),
    )
  }, [client, street, pageSize, nextCursor])

  return { ...state, hasMore: Boolean(nextCursor), loadMore, reload }
}
