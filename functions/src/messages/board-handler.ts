import { endpoints, PublicBoardQuery, SimilarMessagesQuery } from '@doorstep/shared'
import { defineRoute } from '../core/http/route'
import { publicBoard } from './board-wiring'

/** The public board: answered public messages, newest answer first, or searched with `q`. */
export const board = defineRoute(endpoints.messagesBoard, {
  query: PublicBoardQuery,
  handle: ({ query, ctx }) => publicBoard.list(query, ctx.cursors),
})

/** Public messages like the one being typed: answered ones (可能已有答复) and open ones (我也有这个问题). */
export const similar = defineRoute(endpoints.messagesSimilar, {
  query: SimilarMessagesQuery,
  handle: ({ query }) => publicBoard.similar(query),
})
