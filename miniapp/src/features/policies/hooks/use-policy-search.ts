import { useCallback, useEffect, useRef, useState } from 'react'
import type { PolicyHit } from '@doorstep/shared'
import type { ApiError } from '@/shared/api/api-error'
import { useHttpClient } from '@/shared/api/http-client-context'
import { toApiError } from '@/shared/api/to-api-error'
import { searchPolicies } from '../api/policies-api'

interface SearchState {
  status: 'loading' | 'ready' | 'error'
  items: PolicyHit[]
  total: number
  suggestions: string[]
  nextCursor?: string
  error?: ApiError
  isLoadingMore: boolean
  loadMoreError?: ApiError
}

const LOADING: SearchState = { status: 'loading', items: [], total: 0, suggestions: [], isLoadingMore: false }
export const POLICY_PAGE_SIZE = 20

/** Search results for a query (all policies when empty), page by page; answers to a superseded query are dropped. */
export function usePolicySearch({ q, inForce }: { q: string; inForce?: boolean }) {
  const client = useHttpClient()
  const [state, setState] = useState<SearchState>(LOADING)
  const generation = useRef(0)

  const reload = useCallback(() => {
    const current = ++generation.current
    setState(LOADING)
    searchPolicies(client, { q, inForce, limit: POLICY_PAGE_SIZE }).then(
      (page) =>
        current === generation.current &&
        setState({
          status: 'ready',
          items: page.items,
          total: page.total,
          suggestions: page.suggestions ?? [],
          nextCursor: page.nextCursor,
          isLoadingMore: false,
        }),
      (error: unknown) => current === generation.current && setState({ ...LOADING, status: 'error', error: toApiError(error) }),
    )
  }, [client, q, inForce])

  useEffect(() => {
    reload()
    return () => {
      generation.current++
    }
  }, [reload])

  const { nextCursor, isLoadingMore } = state
  const loadMore = useCallback(() => {
    if (!nextCursor || isLoadingMore) return
    const current = generation.current
    setState((previous) => ({ ...previous, isLoadingMore: true, loadMoreError: undefined }))
    searchPolicies(client, { q, inForce, limit: POLICY_PAGE_SIZE, cursor: nextCursor }).then(
      (page) =>
        current === generation.current &&
        setState((previous) => ({ ...previous, items: [...previous.items, ...page.items], nextCursor: page.nextCursor, isLoadingMore: false })),
      (error: unknown) =>
        current === generation.current && setState((previous) => ({ ...previous, isLoadingMore: false, loadMoreError: toApiError(error) })),
    )
  }, [client, q, inForce, nextCursor, isLoadingMore])

  return { ...state, hasMore: Boolean(nextCursor), loadMore, reload }
}
