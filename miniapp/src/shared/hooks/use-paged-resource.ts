import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react'
import type { Page } from '@doorstep/shared'
import type { ApiError } from '@/shared/api/api-error'
import { toApiError } from '@/shared/api/to-api-error'

interface PagedState<Item, P extends Page<Item>> {
  status: 'loading' | 'ready' | 'error'
  /** Every item loaded so far, page after page. */
  items: Item[]
  /** The first page as the API sent it, for what comes with a list (a total, suggestions). */
  firstPage?: P
  nextCursor?: string
  error?: ApiError
  isLoadingMore: boolean
  loadMoreError?: ApiError
}

/**
 * A list loaded page by page through the server's cursor. `loadPage` runs again from the first page whenever `deps`
 * change; answers to a superseded query are dropped, and one "load more" is in flight at a time.
 */
export function usePagedResource<Item, P extends Page<Item> = Page<Item>>(
  loadPage: (cursor: string | undefined) => Promise<P>,
  deps: DependencyList,
) {
  const [state, setState] = useState<PagedState<Item, P>>({ status: 'loading', items: [], isLoadingMore: false })
  const generation = useRef(0)
  const loadingMore = useRef(false)
  const latestLoad = useRef(loadPage)
  latestLoad.current = loadPage

  const reload = useCallback(() => {
    const current = ++generation.current
    loadingMore.current = false
    setState({ status: 'loading', items: [], isLoadingMore: false })
    latestLoad.current(undefined).then(
      (page) =>
        current === generation.current &&
        setState({ status: 'ready', items: page.items, firstPage: page, nextCursor: page.nextCursor, isLoadingMore: false }),
      (error: unknown) =>
        current === generation.current && setState({ status: 'error', items: [], isLoadingMore: false, error: toApiError(error) }),
    )
  }, [])

  useEffect(() => {
    reload()
    return () => {
      generation.current++
    }
    // The caller's deps say when `loadPage` asks for another list.
  }, deps)

  const { nextCursor } = state
  const loadMore = useCallback(() => {
    if (!nextCursor || loadingMore.current) return
    const current = generation.current
    loadingMore.current = true
    setState((previous) => ({ ...previous, isLoadingMore: true, loadMoreError: undefined }))
    const settle = (update: (previous: PagedState<Item, P>) => PagedState<Item, P>) => {
      if (current !== generation.current) return
      loadingMore.current = false
      setState(update)
    }
    latestLoad.current(nextCursor).then(
      (page) =>
        settle((previous) => ({ ...previous, items: [...previous.items, ...page.items], nextCursor: page.nextCursor, isLoadingMore: false })),
      (error: unknown) => settle((previous) => ({ ...previous, isLoadingMore: false, loadMoreError: toApiError(error) })),
    )
  }, [nextCursor])

  return { ...state, hasMore: Boolean(nextCursor), loadMore, reload }
}
