import type {
  MessageCategoryId,
  MessageRating,
  MessageReceipt,
  MessageSubmit,
  Page,
  PublicMessage,
  ResidentMessage,
  SimilarMessage,
} from '@doorstep/shared'
import type { HttpClient } from '@/shared/api/http-client'

const path = (id: string, action = '') => `/v1/messages/${encodeURIComponent(id)}${action ? `/${action}` : ''}`

/** The public board: answered public messages, newest answer first, or by relevance to `q`. */
export const fetchPublicMessages = (client: HttpClient, query: { q?: string; category?: MessageCategoryId; cursor?: string }) =>
  client.get<Page<PublicMessage>>('/v1/messages', { public: 1, q: query.q, category: query.category, limit: 20, cursor: query.cursor })

/** Public messages like the one being typed: answered ones may already answer it, open ones invite a me-too. */
export const fetchSimilarMessages = (client: HttpClient, text: string, category?: MessageCategoryId) =>
  client.get<{ items: SimilarMessage[] }>('/v1/messages/similar', { text, category })

/** The key is made once per draft: a double tap or a retry after a lost answer stores one message. */
export const submitMessage = (client: HttpClient, idempotencyKey: string, body: MessageSubmit) =>
  client.post<MessageReceipt>('/v1/messages', body, { headers: { 'Idempotency-Key': idempotencyKey } })

export const fetchMyMessages = (client: HttpClient) => client.get<{ items: ResidentMessage[] }>('/v1/me/messages')

/** The author reads a ResidentMessage; board staff in scope read the StaffMessage. */
export const fetchMessage = <T extends ResidentMessage = ResidentMessage>(client: HttpClient, id: string) => client.get<T>(path(id))

export const rateMessage = (client: HttpClient, id: string, rating: MessageRating) => client.post<ResidentMessage>(path(id, 'rating'), rating)

export const confirmSolved = (client: HttpClient, id: string) => client.post<ResidentMessage>(path(id, 'solved'), {})

export const reopenMessage = (client: HttpClient, id: string, reason: string) => client.post<ResidentMessage>(path(id, 'reopen'), { reason })

export const addFollowUp = (client: HttpClient, id: string, text: string) => client.post<ResidentMessage>(path(id, 'follow-ups'), { text })

export const meToo = (client: HttpClient, id: string) => client.post<{ meToo: number; mine: true }>(path(id, 'me-too'), {})
