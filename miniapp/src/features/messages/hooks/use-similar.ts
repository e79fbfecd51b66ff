import { useEffect, useState } from 'react'
import type { MessageCategoryId, SimilarMessage } from '@doorstep/shared'
import { useHttpClient } from '@/shared/api/http-client-context'
import { fetchSimilarMessages } from '../api/messages-api'

/** Long enough to say what the question is about. */
const MIN_CHARS = 4
/** Ask once typing pauses, not on every key. */
export const SIMILAR_DELAY_MS = 500

/**
 * Public messages like the draft, looked up while the resident types. A failed lookup just shows nothing: it is a
 * hint, and must never stand between the resident and sending the message.
 */
export function useSimilar(text: string, category: MessageCategoryId | undefined) {
  const client = useHttpClient()
  const [items, setItems] = useState<SimilarMessage[]>([])
  const query = text.trim()

  useEffect(() => {
    if (query.length < MIN_CHARS) {
      setItems([])
      return
    }
    let current = true
    const timer = setTimeout(() => {
      fetchSimilarMessages(client, query.slice(0, 200), category).then(
        (page) => current && setItems(page.items),
        () => current && setItems([]),
      )
    }, SIMILAR_DELAY_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [client, query, category])

  return items
}
