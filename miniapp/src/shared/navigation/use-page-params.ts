import { useLoad, useRouter } from '@tarojs/taro'
import { useState } from 'react'

type PageParams = Record<string, string | undefined>

/**
 * The page's own query. `useRouter()` reads Taro's global `Current.router` at first render; on H5 a page still
 * finishing its load (e.g. one just reached by redirectTo) can set it back to itself while the next page renders, so
 * the next page briefly saw the previous page's `id`. Taro hands every page its own query in onLoad, which settles it.
 */
export function usePageParams(): PageParams {
  const first = useRouter().params as PageParams
  const [params, setParams] = useState(first)
  useLoad((own: PageParams = {}) => {
    setParams((shown) => (sameQuery(shown, own) ? shown : own))
  })
  return params
}

/** Taro adds a load timestamp of its own; only the page's query matters. */
const sameQuery = (a: PageParams, b: PageParams) => {
  const keys = (p: PageParams) => Object.keys(p).filter((key) => !key.startsWith('$taro'))
  return keys(a).length === keys(b).length && keys(a).every((key) => a[key] === b[key])
}
