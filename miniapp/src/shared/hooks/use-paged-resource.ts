import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react'
import type { Page } from '@doorstep/shared'
import type { ApiError } from '@/shared/api/api-error'
import { toApiError } from '@/shared/api/to-api-error'
import { isOfflineError, type OfflineSlot } from '@/shared/offline/offline-cache'

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
  /** The first page could not be fetched for lack of a connection; `items` is the first page kept from before. */
  offline: boolean
}

export interface PagedResourceOptions {
  /** Keep each first page here, and show it (offline: true) when a later request cannot reach the API. */
  offline?: OfflineSlot
}

function loading<Item, P extends Page<Item>>(): PagedState<Item, P> {
  return { status: 'loading', items: [], isLoadingMore: false, offline: false }
}

/**
 * A list loaded page by page through the server's cursor. `loadPage` runs again from the first page whenever `deps`
 * change; answers to a superseded query are dropped, and one "load more" is in flight at a time.
 */
export function usePagedResource<Item, P extends Page<Item> = Page<Item>>(
  loadPage: (cursor: string | undefined) => Promise<P>,
  deps: DependencyList,
  options: PagedResourceOptions = {},
) {
  const [state, setState] = useState<PagedState<Item, P>>(loading)
  const generation = useRef(0)
  const loadingMore = useRef(false)
  const latest = useRef({ loadPage, offline: options.offline })
  latest.current = { loadPage, offline: options.offline }

  /** Settles once the first page (or the failure) is shown. */
  const reload = useCallback((): Promise<void> => {
    const current = ++generation.current
    const { loadPage: load, offline } = latest.current
    loadingMore.current = false
    setState(loading())
    return load(undefined).then(
      (page) => {
        if (current !== generation.current) return
        offline?.cache.write(offline.key, page)
        setState({ status: 'ready', items: page.items, firstPage: page, nextCursor: page.nextCursor, isLoadingMore: false, offline: false })
      },
      (reason: unknown) => {
        if (current !== generation.current) return
        const error = toApiError(reason)
        const kept = offline && isOfflineError(error) ? offline.cache.read<P>(offline.key) : undefined
        // Kept data has no "more": its cursor belongs to a listing the API may no longer have.
        setState(
          kept
            ? { status: 'ready', items: kept.data.items, firstPage: kept.data, isLoadingMore: false, offline: true }
            : { status: 'error', items: [], isLoadingMore: false, error, offline: false },
        )
      },
    )
  }, [])

  useEffect(() => {
    void reload()
    return () => {
      // not a DOM ref: bumping the counter is what makes a late answer of this request be ignored
      // eslint-disable-next-line react-hooks/exhaustive-deps
      generation.current++
    }
    // The caller's deps say when `loadPage` asks for another list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
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
    latest.current.loadPage(nextCursor).then(
      (page) =>
        settle((previous) => ({
          ...previous,
          items: [...previous.items, ...page.items],
          nextCursor: page.nextCursor,
          isLoadingMore: false,
        })),
      (error: unknown) => settle((previous) => ({ ...previous, isLoadingMore: false, loadMoreError: toApiError(error) })),
    )
  }, [nextCursor])

  return { ...state, hasMore: Boolean(nextCursor), loadMore, reload }
}
