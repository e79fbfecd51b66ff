import { PublicBoard } from './board'
import { messageRepository } from './wiring'

/** The public set is re-read at most every BOARD_CACHE_SECONDS (serverless.yml: 60 in the cloud, 0 in tests). */
export const publicBoard = new PublicBoard(messageRepository, Number(process.env.BOARD_CACHE_SECONDS ?? 60) * 1000)
