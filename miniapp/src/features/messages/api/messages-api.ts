import { endpoints, pathTo } from '@doorstep/shared'
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

/** The public board: answered public messages, newest answer first, or by relevance to `q`. */
export const fetchPublicMessages = (client: HttpClient, query: { q?: string; category?: MessageCategoryId; cursor?: string }) =>
  client.get<Page<PublicMessage>>(pathTo(endpoints.messagesBoard), {
    public: 1,
    q: query.q,
    category: query.category,
    limit: 20,
    cursor: query.cursor,
  })

/** Public messages like the one being typed: answered ones may already answer it, open ones invite a me-too. */
export const fetchSimilarMessages = (client: HttpClient, text: string, category?: MessageCategoryId) =>
  client.get<{ items: SimilarMessage[] }>(pathTo(endpoints.messagesSimilar), { text, category })

/** The key is made once per draft: a double tap or a retry after a lost answer stores one message. */
export const submitMessage = (client: HttpClient, idempotencyKey: string, body: MessageSubmit) =>
  client.post<MessageReceipt>(pathTo(endpoints.messagesSubmit), body, { headers: { 'Idempotency-Key': idempotencyKey } })

export const fetchMyMessages = (client: HttpClient) => client.get<{ items: ResidentMessage[] }>(pathTo(endpoints.messagesMine))

/** The author reads a ResidentMessage; board staff in scope read the StaffMessage. */
export const fetchMessage = <T extends ResidentMessage = ResidentMessage>(client: HttpClient, id: string) =>
  client.get<T>(pathTo(endpoints.messagesGet, { id }))

export const rateMessage = (client: HttpClient, id: string, rating: MessageRating) =>
  client.post<ResidentMessage>(pathTo(endpoints.messagesRate, { id }), rating)

export const confirmSolved = (client: HttpClient, id: string) =>
  client.post<ResidentMessage>(pathTo(endpoints.messagesConfirmSolved, { id }), {})

export const reopenMessage = (client: HttpClient, id: string, reason: string) =>
  client.post<ResidentMessage>(pathTo(endpoints.messagesReopen, { id }), { reason })

export const addFollowUp = (client: HttpClient, id: string, text: string) =>
  client.post<ResidentMessage>(pathTo(endpoints.messagesFollowUp, { id }), { text })

export const meToo = (client: HttpClient, id: string) =>
  client.post<{ meToo: number; mine: true }>(pathTo(endpoints.messagesMeToo, { id }), {})
